/**
 * Overlong "sentences": a page whose punctuation was lost (an encoding fault, a table flattened into one line)
 * can be one sentence of megabytes. Every later stage reads a sentence as a whole, so one such line made the
 * work grow with the square of its length. Real sentences stay far below the limit (the longest of the dev
 * corpus has 192 characters); longer ones are cut into pieces, at a clause mark where there is one, never
 * inside a figure or an organization's name, so no figure is split and every quote stays verbatim.
 */
import type { Sentence } from "./clean";

/** Longer than any sentence a report writes; short enough that a piece costs little. */
export const MAX_SENTENCE = 600;

const CLAUSE_MARK = /[,，;；、:：\s]/;

/**
 * The sentences with every overlong one cut into pieces of at most `max` characters, renumbered.
 * @param keep spans that must not be cut (figures, organization names), sorted or not
 * @example boundSentences([{ index: 0, start: 0, end: 2000, text }], amounts).length // 4
 */
export function boundSentences(
  sentences: readonly Sentence[],
  keep: readonly { start: number; end: number }[],
  max = MAX_SENTENCE,
): Sentence[] {
  if (sentences.every((s) => s.end - s.start <= max)) return [...sentences];
  // Kept spans merged where they overlap, so a binary search finds the one span a position could fall in.
  const merged: { start: number; end: number }[] = [];
  for (const k of [...keep].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && k.start < last.end) last.end = Math.max(last.end, k.end);
    else merged.push({ start: k.start, end: k.end });
  }
  /** Whether a cut before position `at` falls inside a kept span. */
  const inside = (at: number) => {
    let lo = 0;
    let hi = merged.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (merged[mid]!.start < at) lo = mid + 1;
      else hi = mid - 1;
    }
    const before = merged[lo - 1];
    return before !== undefined && before.end > at;
  };

  const out: Sentence[] = [];
  for (const s of sentences) {
    let start = s.start;
    while (s.end - start > max) {
      const limit = start + max;
      let cut = -1;
      // A clause mark in the second half of the window, else any place outside a figure or name.
      for (let at = limit; at > start + max / 2 && cut < 0; at--)
        if (CLAUSE_MARK.test(s.text[at - 1 - s.start] ?? "") && !inside(at)) cut = at;
      for (let at = limit; at > start + max / 2 && cut < 0; at--) if (!inside(at)) cut = at;
      if (cut < 0) cut = limit;
      out.push({ index: 0, start, end: cut, text: s.text.slice(start - s.start, cut - s.start) });
      start = cut;
    }
    out.push({ index: 0, start, end: s.end, text: s.text.slice(start - s.start) });
  }
  return out.map((s, index) => ({ ...s, index }));
}
