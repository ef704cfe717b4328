/**
 * Checks on a text an analyst pastes or drops before the pipeline reads it: each refusal is a typed error
 * with a message in Chinese and in English, so the pane can show it as it is and nothing gets written.
 */
import { utf8Length } from "../core/utf8";

/** Why an addition was refused. */
export type AdditionErrorCode =
  | "empty"
  | "binary"
  | "tooLarge"
  | "traditional"
  | "nothingFound"
  | "metadata"
  | "duplicate"
  | "curation"
  | "invalid";

export class AdditionError extends Error {
  constructor(
    readonly code: AdditionErrorCode,
    readonly zh: string,
    readonly en: string,
  ) {
    super(`${zh} / ${en}`);
    this.name = "AdditionError";
  }
}

/**
 * Larger pastes are refused: the biggest real report is well under 100 KB, and the workbook stores additions as
 * base64 in one request, which Excel on the web limits to about 5 MB (2 MB of text is 2.7 MB stored).
 */
export const MAX_ADDITION_BYTES = 2 * 1024 * 1024;
const LIMIT_MB = MAX_ADDITION_BYTES / 1024 / 1024;

/**
 * Characters written only in traditional Chinese (their simplified forms differ), among the most frequent in
 * government reports. A simplified text has none of them except in a quoted name; a traditional one is full of them.
 */
export const TRADITIONAL_ONLY = new Set(
  "這個們來為與開區園電發產業項資億國會時實現經濟設計進過還動長條總書號萬東車線網體學對點務協議簽約廠營運" +
    "縣鎮劃規備術數據歲內場關單機構團質達標級處際環顯續積極戰擴導輛碼館鐵銀錢陽陳劉張樓廣鄉灣臺華語認識說話" +
    "請讓從後裡並將農醫藥療護幣賽購買賣價貨貿費員問題見親觀視覺聽聲響頭風飛馬魚鳥龍門間當應歷歸圖義氣爭檢測驗鋼優勢軟",
);

/** Share of traditional-only characters among the Han characters, and how many there are. */
export function traditionalShare(text: string): { count: number; han: number; share: number } {
  let han = 0;
  let count = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if (c < 0x3400 || c > 0x9fff) continue;
    han++;
    if (TRADITIONAL_ONLY.has(ch)) count++;
  }
  return { count, han, share: han === 0 ? 0 : count / han };
}

/** A text reads as traditional when at least 5 % of its Han characters (and at least 5 of them) are traditional-only. */
export function looksTraditional(text: string): boolean {
  const { count, share } = traditionalShare(text);
  return count >= 5 && share >= 0.05;
}

/**
 * A decoded binary file: NUL characters, or more than 1 % control characters or U+FFFD (bytes that were not
 * UTF-8). Tabs and line breaks are text.
 */
export function looksBinary(text: string): boolean {
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || (c >= 0x7f && c <= 0x9f) || c === 0xfffd)
      bad++;
  }
  return bad > 0 && bad / text.length > 0.01;
}

/** Throws the first reason a text cannot be an addition; the cheap size check runs before any scan. */
export function checkAdditionText(text: string): void {
  const bytes = utf8Length(text);
  if (bytes > MAX_ADDITION_BYTES) {
    const mb = (bytes / 1024 / 1024).toFixed(1);
    throw new AdditionError(
      "tooLarge",
      `文本过大（${mb} MB），上限为 ${LIMIT_MB} MB：请只粘贴报道正文。`,
      `The text is too large (${mb} MB; the limit is ${LIMIT_MB} MB): paste only the report itself.`,
    );
  }
  if (text.trim() === "")
    throw new AdditionError(
      "empty",
      "文本为空：请粘贴报道正文。",
      "The text is empty: paste the report's text.",
    );
  if (looksBinary(text))
    throw new AdditionError(
      "binary",
      "这不是文本文件（含有二进制内容）：请粘贴报道正文，或拖入 .txt / .html 文件。",
      "This is not a text file (it holds binary content): paste the report's text or drop a .txt or .html file.",
    );
  if (looksTraditional(text))
    throw new AdditionError(
      "traditional",
      "文本为繁体中文：提取流程只读取简体中文，请先转换为简体。",
      "The text is in traditional Chinese characters: the pipeline reads simplified Chinese; convert it first.",
    );
}
