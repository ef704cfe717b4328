/**
 * A page's bytes to text by the charset it declares — a byte-order mark, the server's Content-Type header, or a
 * <meta charset> / <meta http-equiv="Content-Type"> in its first 1024 bytes (where browsers look) — and, when
 * it declares none or declares wrongly (a gb2312 page that is really UTF-8 is common), by what its bytes are,
 * which the caller's own sniffing decides (UTF-8, GB18030, Big5).
 *
 * TextDecoder knows the WHATWG labels (gb2312 and gbk read as GBK, big5, utf-8 …) in browsers and in Node.
 */

export interface DecodedPage {
  text: string;
  /** The encoding the text was read in. */
  encoding: string;
  /** Said when the declared charset was not the page's: what was declared and what was read instead. */
  note: string | null;
}

export type Sniff = (
  bytes: Uint8Array,
) => { ok: true; text: string; encoding: string } | { ok: false; message: string };

const PRESCAN_BYTES = 1024;

/** The charset in a Content-Type value (`text/html; charset=GBK` → "gbk"), or null. */
export function charsetOf(contentType: string | null | undefined): string | null {
  const m = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType ?? "");
  return m ? m[1]!.toLowerCase() : null;
}

/** The charset a <meta> in the page's first 1024 bytes declares, or null. */
export function metaCharset(bytes: Uint8Array): string | null {
  // Latin-1 maps every byte to one character: the ASCII of the markup reads the same in any of these encodings.
  let head = "";
  for (let i = 0; i < Math.min(bytes.length, PRESCAN_BYTES); i++) head += String.fromCharCode(bytes[i]!);
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return null;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return null;
}

/** Decodes strictly in `label`; null when the label is unknown or the bytes are not in that encoding. */
function strictly(bytes: Uint8Array, label: string): { text: string; encoding: string } | null {
  try {
    const decoder = new TextDecoder(label, { fatal: true });
    return { text: decoder.decode(bytes), encoding: decoder.encoding };
  } catch {
    return null;
  }
}

/**
 * Decodes a page; `contentType` is the server's header (none for a file). Refuses with the sniffer's message
 * when the bytes are no text it knows.
 * @example decodePage(gbkBytes, "text/html; charset=gb2312", decodeArticle) // { ok: true, text: "…", encoding: "gbk", note: null }
 */
export function decodePage(
  bytes: Uint8Array,
  contentType: string | null,
  sniff: Sniff,
): ({ ok: true } & DecodedPage) | { ok: false; message: string } {
  const declared = bomEncoding(bytes) ?? charsetOf(contentType) ?? metaCharset(bytes);
  if (declared !== null) {
    const read = strictly(bytes, declared);
    if (read !== null && read.text.trim() !== "")
      return { ok: true, text: read.text.replace(/^\ufeff/, ""), encoding: read.encoding, note: null };
  }
  const sniffed = sniff(bytes);
  if (!sniffed.ok) return sniffed;
  const note =
    declared === null
      ? null
      : `declares the charset '${declared}' but is not in it: read as ${sniffed.encoding}`;
  return { ok: true, text: sniffed.text, encoding: sniffed.encoding, note };
}
