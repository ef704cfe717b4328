/**
 * Turning an article file's bytes into text, or a clear refusal: empty files, binary files and text in an
 * encoding that is neither UTF-8 (with or without BOM), UTF-16 with BOM, GB18030/GBK nor Big5 are refused by name.
 *
 * GB18030 and Big5 are both two-byte encodings over the same byte ranges, so Big5 bytes nearly always "decode"
 * as GB18030 without an error, into gibberish (今年5月 → さ5る). Which of the two was meant is decided by how
 * much of each reading is everyday Chinese (的, 年, 月, 投资/投資 …): the gibberish has almost none.
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
 * Characters every Chinese news text is full of, in simplified and traditional forms, and the words of this
 * domain (常州, 项目/項目, 投资/投資, 亿元/億元).
 */
const EVERYDAY = new Set(
  "的一是在不了有和人这這中大为為上个個国國我以要他时時来來用们們生到作地于於出就分对對成会會可主发發年动動同工也能下过過子说說产產种種面而方后後多定行学學法所民得经經十三之进進着著等部度家电電力里裡如水化高自二理起小物现現实實加量都两兩体體制机機当當使点點从從业業本去把性好应應开開它合还還因由其些然前外天政四日那社义義事平形相全表间間样樣与與关關各重新线線内內数數正心反明看原又么麼利比或但质質气氣第向道命此变變条條只没沒结結解问問意建月公无無系军軍很情者最立代想已通并並提直题題程展五果位入常文总總次品式活设設及管特件长長求老头頭基资資边邊流路级級少图圖山统統接知较較将將组組见見计計别別手角期根论論运運指几幾九区區强強放决決西被做必先回则則任取据據处處府研州市投项項目亿億元签簽约約署省县縣镇鎮园園科技企集团團限司",
);

/** The share of a text's non-ASCII characters that are everyday Chinese; gibberish scores near 0. */
function everydayShare(text: string): number {
  let nonAscii = 0;
  let everyday = 0;
  // A sample is enough to tell, and keeps a 20 MB article cheap.
  for (const ch of text.slice(0, 100_000)) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (EVERYDAY.has(ch)) everyday++;
  }
  return nonAscii === 0 ? 0 : everyday / nonAscii;
}

/** Below this share a two-byte reading is not Chinese prose (a Big5 article read as GB18030 scores about 0.02). */
const MIN_EVERYDAY_SHARE = 0.1;

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
  const big5 = tryDecode(bytes, "big5");
  // Big5 only when it reads as Chinese prose and better than GB18030 does; otherwise GB18030, as before.
  if (big5 !== null && /[\u4e00-\u9fff]/.test(big5)) {
    const big5Share = everydayShare(big5);
    if (big5Share >= MIN_EVERYDAY_SHARE && (gb === null || big5Share > everydayShare(gb)))
      return checkText(big5, "big5");
  }
  if (gb !== null && /[\u4e00-\u9fff]/.test(gb)) return checkText(gb, "gb18030");
  return {
    ok: false,
    message:
      "is not valid UTF-8, GB18030/GBK or Big5 text: save it as UTF-8 (the encoding could not be recognised)",
  };
}

function checkText(text: string, encoding: string): Decoded {
  if (text.trim() === "") return { ok: false, message: "is empty: there is no text to read" };
  return { ok: true, text, encoding };
}
