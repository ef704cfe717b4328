/**
 * Position indexes over one article's text, for stages that would otherwise rescan the text from its start for
 * every candidate: a 10 MB article makes any per-match scan of the whole text quadratic.
 */

import { allMatches } from "./matches";

/**
 * Words indexed by their first character, built once and run over many texts: the organizations stage looks for
 * the same few hundred known names in every article, and building the index per article cost more than the scan.
 */
export class WordIndex {
  private readonly byFirst = new Map<number, number[]>();
  // A flag per UTF-16 code unit: most characters start no word, and a typed-array read is cheaper than a Map get.
  private readonly startsWord = new Uint8Array(0x10000);

  constructor(private readonly words: readonly string[]) {
    words.forEach((word, i) => {
      if (word.length === 0) return;
      const first = word.charCodeAt(0);
      this.startsWord[first] = 1;
      const list = this.byFirst.get(first);
      if (list) list.push(i);
      else this.byFirst.set(first, [i]);
    });
  }

  /**
   * Only the words that occur in `text`, by their index in `words` (ascending), each with its starts: a few
   * entries for an article, where `occurrences` allocates one list per word.
   */
  found(text: string): [number, number[]][] {
    const hits = new Map<number, number[]>();
    for (let at = 0; at < text.length; at++) {
      if (this.startsWord[text.charCodeAt(at)] === 0) continue;
      const candidates = this.byFirst.get(text.charCodeAt(at));
      if (!candidates) continue;
      for (const i of candidates)
        if (text.startsWith(this.words[i] as string, at)) {
          const list = hits.get(i);
          if (list) list.push(at);
          else hits.set(i, [at]);
        }
    }
    return [...hits].sort((a, b) => a[0] - b[0]);
  }

  /** `positions[i]` lists the starts of `words[i]` in `text`, ascending, overlapping occurrences included. */
  occurrences(text: string): number[][] {
    const positions: number[][] = this.words.map(() => []);
    for (let at = 0; at < text.length; at++) {
      if (this.startsWord[text.charCodeAt(at)] === 0) continue;
      const candidates = this.byFirst.get(text.charCodeAt(at));
      if (!candidates) continue;
      for (const i of candidates) if (text.startsWith(this.words[i] as string, at)) positions[i]?.push(at);
    }
    return positions;
  }
}

/**
 * Where each word occurs in `text`, overlapping occurrences included: `positions[i]` lists the starts of
 * `words[i]` in ascending order, as repeated `indexOf(word, at + 1)` would, but in one pass over the text
 * instead of one per word.
 * @example occurrencesOf("中车中车股份", ["中车股份", "中车"]) // [[2], [0, 2]]
 */
export function occurrencesOf(text: string, words: readonly string[]): number[][] {
  return new WordIndex(words).occurrences(text);
}

/**
 * Whether `pos` lies in one of `ranges`, which are sorted and disjoint ([start, end) each).
 * @example inRanges([[0, 5], [10, 12]], 11) // true
 */
export function inRanges(ranges: readonly [number, number][], pos: number): boolean {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as [number, number])[0] <= pos) lo = mid + 1;
    else hi = mid;
  }
  const range = ranges[lo - 1];
  return range !== undefined && pos < range[1];
}

/**
 * Which sentence a position is in, named by the sentence end (。!? or a line break) before it, -1 in the first
 * sentence: what `text.slice(0, pos).search(/[。!?\n][^。!?\n]*$/)` gives, by binary search.
 */
export class SentenceIndex {
  private ends: number[] | undefined;
  constructor(private readonly text: string) {}

  of(pos: number): number {
    // Built on first use: most articles have no variant names whose sentences need comparing.
    this.ends ??= allMatches(/[。!?\n]/g, this.text).map((m) => m.index ?? 0);
    let lo = 0;
    let hi = this.ends.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.ends[mid] as number) < pos) lo = mid + 1;
      else hi = mid;
    }
    return this.ends[lo - 1] ?? -1;
  }
}
