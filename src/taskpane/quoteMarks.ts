/**
 * The article's text cut into pieces so that every quote of a record is marked where it stands: the review shows
 * the analyst each record's words in their place. Quotes are verbatim (the pipeline checks that), so a plain
 * search finds them; overlapping quotes are joined into one mark.
 */
export interface TextPiece {
  text: string;
  /** Whether this piece is (part of) a quote. */
  marked: boolean;
}

/** @example markQuotes("甲。乙。丙。", ["乙。"]) // [{text:"甲。",marked:false},{text:"乙。",marked:true},{text:"丙。",marked:false}] */
export function markQuotes(text: string, quotes: readonly string[]): TextPiece[] {
  const spans: [number, number][] = [];
  for (const quote of new Set(quotes)) {
    if (quote === "") continue;
    for (let at = text.indexOf(quote); at >= 0; at = text.indexOf(quote, at + quote.length))
      spans.push([at, at + quote.length]);
  }
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const pieces: TextPiece[] = [];
  let cursor = 0;
  for (const [start, end] of spans) {
    if (end <= cursor) continue;
    const from = Math.max(start, cursor);
    if (from > cursor) pieces.push({ text: text.slice(cursor, from), marked: false });
    const last = pieces.at(-1);
    if (last?.marked && from === cursor) last.text += text.slice(from, end);
    else pieces.push({ text: text.slice(from, end), marked: true });
    cursor = end;
  }
  if (cursor < text.length) pieces.push({ text: text.slice(cursor), marked: false });
  return pieces;
}

/**
 * A quote with one part of it (a figure's text, a project's name) marked, for a record's card.
 * @example highlightIn("总投资50亿元。", "50亿元") // [{text:"总投资",marked:false},{text:"50亿元",marked:true},{text:"。",marked:false}]
 */
export function highlightIn(quote: string, part: string): TextPiece[] {
  return markQuotes(quote, [part]);
}
