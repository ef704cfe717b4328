/**
 * Finding the sector lexicon's words in a text: leftmost-longest, without overlap, so 燃料电池 is read whole
 * before 电池 could be, and a phrase of NOT_SECTOR_WORDS (中国科学院) hides the word inside it (学院). Latin words
 * (LED, 5G, PACK) match in either case and width, and only as whole words (no LED inside FILED).
 *
 * One pass over the text with the words indexed by their first character: hundreds of words cost no more than a
 * few, and ingest stays linear in the article's length.
 */
import { SECTOR_TREE, type SectorNode } from "../core/sectors";
import { NOT_SECTOR_WORDS, SECTOR_LEXICON, type WordTier } from "./sectorLexicon";

export interface SectorWord {
  /** The word as the text writes it. */
  word: string;
  start: number;
  sector: SectorNode;
  tier: WordTier;
}

interface Entry {
  key: string;
  sector: SectorNode | null;
  tier: WordTier;
}

/** Upper case for Latin letters and half width for full-width ones; one character for one, so offsets hold. */
function fold(text: string): string {
  return text.replace(/[a-z\uff01-\uff5e]/g, (c) => {
    const code = c.charCodeAt(0);
    const half = code >= 0xff01 ? String.fromCharCode(code - 0xfee0) : c;
    return half.toUpperCase();
  });
}

const BY_ID = new Map(SECTOR_TREE.map((s) => [s.id, s] as const));

/** Keyed by the first character's code: reading a CJK character as a string makes a new string each time. */
function entriesByFirstChar(): Map<number, Entry[]> {
  const entries: Entry[] = SECTOR_LEXICON.map(({ word, sectorId, tier }) => {
    const sector = BY_ID.get(sectorId);
    if (!sector) throw new Error(`sector lexicon: '${word}' names unknown sector '${sectorId}'`);
    return { key: fold(word), sector, tier };
  });
  entries.push(...NOT_SECTOR_WORDS.map((word) => ({ key: fold(word), sector: null, tier: "weak" as const })));
  const index = new Map<number, Entry[]>();
  for (const e of entries) index.set(e.key.charCodeAt(0), [...(index.get(e.key.charCodeAt(0)) ?? []), e]);
  for (const list of index.values()) list.sort((a, b) => b.key.length - a.key.length);
  return index;
}

const INDEX = entriesByFirstChar();

const isLatin = (c: string | undefined) => c !== undefined && /[A-Z0-9]/.test(c);

/** A Latin word must not run on into Latin letters or digits on either side. */
function wholeWord(folded: string, start: number, key: string): boolean {
  const end = start + key.length;
  return !(
    (isLatin(key[0]) && isLatin(folded[start - 1])) ||
    (isLatin(key[key.length - 1]) && isLatin(folded[end]))
  );
}

/**
 * The sector words of a text, in order.
 * @example findSectorWords("建设氢燃料电池发动机生产线").map((w) => w.word) // ["氢燃料电池", "发动机"]
 */
export function findSectorWords(text: string): SectorWord[] {
  const folded = fold(text);
  const found: SectorWord[] = [];
  for (let i = 0; i < folded.length;) {
    const hit = INDEX.get(folded.charCodeAt(i))?.find(
      (e) => folded.startsWith(e.key, i) && wholeWord(folded, i, e.key),
    );
    if (!hit) {
      i++;
      continue;
    }
    if (hit.sector)
      found.push({ word: text.slice(i, i + hit.key.length), start: i, sector: hit.sector, tier: hit.tier });
    i += hit.key.length;
  }
  return found;
}
