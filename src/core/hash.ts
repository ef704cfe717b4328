/** Content hashes for ids and versions: pure JavaScript SHA-256, so the same id comes out in Node, the browser and Excel. */
import { sha256 } from "@noble/hashes/sha256";
import { bytesToHex, utf8ToBytes } from "@noble/hashes/utils";

/** Hex SHA-256 of a string's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** Hex SHA-256 of raw bytes (a source file as stored). */
export function sha256Bytes(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}

/**
 * A stable id from content: the prefix says what it is, the hash makes it independent of order.
 * @example contentId("prj", "seed-article", "动车组检修基地") // "prj-3f1c0a9b2e"
 */
export function contentId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${sha256Hex(parts.join("\u0000")).slice(0, 10)}`;
}
