/**
 * The quote a record cites: its sentence, verbatim — or, where the sentence is longer than a reader can take
 * in (a run-together page with no punctuation is one "sentence" of megabytes), a verbatim window of it around
 * the words quoted, cut at clause marks where it can be. A window keeps every dataset linear in its article:
 * a figure's quote is never the whole article.
 */
import type { Span } from "./types";

/** Longest quote, in characters. A long Chinese sentence runs to about 150; 300 leaves room. */
export const MAX_QUOTE = 300;

const CLAUSE_MARK = /[,，;；:：、\s]/;

/**
 * The quote for `span` (absolute positions) standing in `sentence`.
 * @example quoteAround({ start: 0, end: 5, text: "短句子。" }, { start: 0, end: 2 }) // "短句子。"
 */
export function quoteAround(sentence: Span, span: { start: number; end: number }, max = MAX_QUOTE): string {
  if (sentence.text.length <= max) return sentence.text;
  const from = Math.max(0, Math.min(span.start, span.end) - sentence.start);
  const to = Math.min(sentence.text.length, Math.max(from + 1, span.end - sentence.start));
  if (to - from >= max) return sentence.text.slice(from, from + max);
  const room = max - (to - from);
  let start = Math.max(0, from - Math.floor(room / 2));
  let end = Math.min(sentence.text.length, start + (to - from) + room);
  start = Math.max(0, end - max);
  // Prefer whole clauses: move the ends in to the nearest clause mark outside the quoted words.
  for (let i = start; i < from && i < start + 60; i++)
    if (CLAUSE_MARK.test(sentence.text[i]!)) {
      start = i + 1;
      break;
    }
  for (let i = end - 1; i >= to && i > end - 60; i--)
    if (CLAUSE_MARK.test(sentence.text[i]!)) {
      end = i + 1;
      break;
    }
  return sentence.text.slice(start, end);
}
