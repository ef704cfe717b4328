/**
 * Every match of a global pattern, as `text.matchAll(pattern)` gives them. `matchAll` copies the pattern on each
 * call, which costs twice the matching itself in ingest's per-clause loops; this reuses the pattern and hands back
 * all matches at once, so a caller that runs the same pattern inside its loop cannot disturb the scan.
 */
export function allMatches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`allMatches needs a global pattern, not ${String(pattern)}`);
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    out.push(m);
    // An empty match would be found again at the same place: step past it (a whole code point under the u flag).
    if (m[0] === "") pattern.lastIndex = nextIndex(text, pattern.lastIndex, pattern.unicode);
  }
  pattern.lastIndex = 0;
  return out;
}

function nextIndex(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const code = text.charCodeAt(at);
  return code >= 0xd800 && code <= 0xdbff ? at + 2 : at + 1;
}
