/**
 * Cleaning: turn an article as published (possibly with HTML remnants, run-together paragraphs and encoding
 * damage) into text the parsers can read, and sentences that can be quoted.
 *
 * The cleaned text keeps every character of the article that is prose, so a sentence of it is a faithful quote;
 * what is removed is markup (`<p>`, `span>`, `/span>`, `&nbsp;`) and runs of white space. Full-width letters and
 * digits are NOT rewritten here (the parsers accept both), so quotes stay verbatim.
 */
import type { Span } from "./types";
import { allMatches } from "./matches";

export interface Sentence extends Span {
  index: number;
}

export interface CleanArticle {
  /** The cleaned text. */
  text: string;
  /** Positions in `text` of `?` that stand for lost characters (an encoding fault), e.g. 总投?0亿元. */
  garbled: number[];
  sentences: Sentence[];
}

const ENTITIES: Record<string, string> = {
  "&nbsp;": " ",
  "&ensp;": " ",
  "&emsp;": " ",
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
  "&apos;": "'",
  "&ldquo;": "“",
  "&rdquo;": "”",
  "&lsquo;": "‘",
  "&rsquo;": "’",
  "&mdash;": "—",
  "&hellip;": "…",
  "&middot;": "·",
};

const BLOCK_TAGS = /^(p|div|br|li|ul|ol|h[1-6]|tr|td|table|section|article|blockquote)$/i;

/**
 * Markup: whole tags (`<p class="x">`), and tag remnants whose `<` was lost (`span>`, `/span>` in the seed:
 * "投资环境、span>今年5月"). A remnant is only recognised for known HTML tag names, so prose such as "a>b" stays.
 */
const MARKUP =
  /<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>|(?<![A-Za-z])\/?(span|p|div|br|strong|em|b|font|li|td|tr|section|h[1-6])\s*\/?>|&(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);/g;

/**
 * Elements whose content is code, not prose, and HTML comments: a saved web page carries
 * `<script>document.write("总投资100亿元")</script>`, whose figures no reader of the article ever saw. Dropped
 * whole, content included, before any other markup is read. An element left open runs to the end of the text, as
 * a browser would read it: a script is never half taken for prose.
 */
const CODE_ELEMENTS =
  /<(script|style|noscript|template)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)|<!--[\s\S]*?(?:-->|$)/gi;

function decodeEntity(entity: string): string {
  const known = ENTITIES[entity.toLowerCase()];
  if (known !== undefined) return known;
  const num = /^&#(x?)([0-9a-fA-F]+);$/.exec(entity);
  if (num) {
    const code = parseInt(num[2] ?? "", num[1] ? 16 : 10);
    if (Number.isFinite(code) && code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
  }
  return " ";
}

/** Removes markup; a block tag or a bare remnant becomes a paragraph break, an inline tag vanishes. */
export function stripMarkup(raw: string): string {
  return raw.replace(CODE_ELEMENTS, "\n").replace(MARKUP, (match: string, tag?: string, remnant?: string) => {
    if (match.startsWith("&")) return decodeEntity(match);
    if (remnant) return "\n";
    return tag && BLOCK_TAGS.test(tag) ? "\n" : "";
  });
}

/** Folds white space: runs of spaces become one, line breaks are kept as paragraph breaks (one "\n"). */
function foldWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[ \t\u00a0\u3000\u2002\u2003\u200b\ufeff]+/g, " ")
    .replace(/ *\n[\n ]*/g, "\n")
    .trim();
}

/** A `?` between or beside digits, or where a CJK character was lost next to a number (总投?0亿元, ?017年). */
function findGarbled(text: string): number[] {
  const positions: number[] = [];
  for (let i = text.indexOf("?"); i !== -1; i = text.indexOf("?", i + 1)) {
    const before = text[i - 1] ?? "";
    const after = text[i + 1] ?? "";
    // An ASCII "?" in Chinese prose is never punctuation (that is the full-width "？"): it is a lost character.
    if (/[\u4e00-\u9fff0-9.,“”"、]/.test(before) || /[\u4e00-\u9fff0-9.]/.test(after) || before === "") {
      positions.push(i);
    }
  }
  return positions;
}

const SENTENCE_END =
  /[。！？!；;…]+[”’"」』)）]*|\n|(?<=[\u4e00-\u9fff”])[ |]+(?=[\u4e00-\u9fff“]|\d+[年月日])/g;

/**
 * Splits into sentences at Chinese sentence punctuation, paragraph breaks, and at a space between two CJK
 * runs: in run-together paragraphs ("…迈上新台阶 汪泉一行分别拜访了…") that space is all that is left of a
 * paragraph break. Quotes (“…”) closing a sentence stay with it.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s] ?? "")) s++;
    while (e > s && /\s/.test(text[e - 1] ?? "")) e--;
    if (e > s) sentences.push({ index: sentences.length, start: s, end: e, text: text.slice(s, e) });
  };
  for (const m of allMatches(SENTENCE_END, text)) {
    const at = m.index ?? 0;
    const end = m[0].trim() === "" ? at : at + m[0].length;
    push(end);
    start = at + m[0].length;
  }
  push(text.length);
  return sentences;
}

/**
 * Cleans one article.
 * @example cleanArticle("总投?0亿元。span>今年5月,签约").sentences.map(s => s.text) // ["总投?0亿元。", "今年5月,签约"]
 */
export function cleanArticle(raw: string): CleanArticle {
  const text = foldWhitespace(stripMarkup(raw.normalize("NFC")));
  return { text, garbled: findGarbled(text), sentences: splitSentences(text) };
}
