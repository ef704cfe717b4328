/**
 * A downloaded or saved web page read in Node: its bytes decoded by their declared or sniffed charset, parsed by
 * linkedom (a small DOM), and read by the same code as the pane (src/ingest/html/readHtmlPage).
 */
import { parseHTML } from "linkedom";
import { decodePage } from "../ingest/html/htmlCharset";
import { type PageReading, readHtmlPage } from "../ingest/html/readHtmlPage";
import { decodeArticle } from "./decode";

export type PageRead =
  { ok: true; reading: PageReading; encoding: string; note: string | null } | { ok: false; message: string };

/** Parses HTML text into a Document (linkedom's, which Readability reads like a browser's). */
export function parseHtml(text: string): Document {
  return parseHTML(text).document as unknown as Document;
}

/**
 * Reads a page's bytes; `contentType` is the server's header (null for a saved file), `url` where it came from.
 * @example readPageBytes(readFileSync("page.html"), null, null) // { ok: true, reading: { text: "…", title: … }, encoding: "utf-8", note: null }
 */
export function readPageBytes(bytes: Uint8Array, contentType: string | null, url: string | null): PageRead {
  const decoded = decodePage(bytes, contentType, decodeArticle);
  if (!decoded.ok) return decoded;
  if (!/<(html|body|head|p|div|meta|title|table)\b/i.test(decoded.text))
    return { ok: false, message: "is not an HTML page (no <html>, <body> or <p> in it)" };
  const reading = readHtmlPage(parseHtml(decoded.text), { url });
  return { ok: true, reading, encoding: decoded.encoding, note: decoded.note };
}
