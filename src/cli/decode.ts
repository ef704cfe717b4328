/**
 * Turning an article file's bytes into text, or a clear refusal: empty files, binary files and text in an
 * encoding that is neither UTF-8 (with or without BOM), UTF-16 with BOM nor GB18030/GBK are refused by name.
 */
export type Decoded = { ok: true; text: string; encoding: string } | { ok: false; message: string };

function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  return control > sample.length * 0.05;
}

function tryDecode(bytes: Uint8Array, encoding: string): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * Decodes an article.
 * @example decodeArticle(readFileSync("data/sources/seed-article.txt")) // { ok: true, text: "11?2日起,…", encoding: "utf-8" }
 */
export function decodeArticle(bytes: Uint8Array): Decoded {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  ) {
    const encoding = bytes[0] === 0xff ? "utf-16le" : "utf-16be";
    const text = tryDecode(bytes.subarray(2), encoding);
    if (text !== null) return checkText(text, encoding);
  }
  if (looksBinary(bytes)) return { ok: false, message: "is a binary file, not an article's text" };
  const utf8 = tryDecode(bytes, "utf-8");
  if (utf8 !== null) return checkText(utf8.replace(/^\ufeff/, ""), "utf-8");
  const gb = tryDecode(bytes, "gb18030");
  if (gb !== null && /[\u4e00-\u9fff]/.test(gb)) return checkText(gb, "gb18030");
  return {
    ok: false,
    message:
      "is not valid UTF-8 or GB18030/GBK text: save it as UTF-8 (the encoding could not be recognised)",
  };
}

function checkText(text: string, encoding: string): Decoded {
  if (text.trim() === "") return { ok: false, message: "is empty: there is no text to read" };
  return { ok: true, text, encoding };
}
