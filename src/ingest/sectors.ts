/**
 * Sectors: keyword matching against the sector tree. A more specific node wins over its parent, and within a
 * project name the keyword written first wins ("常州健康医疗大数据中心" is 大健康: 健康 comes before 大数据).
 */
import { SECTOR_TREE, type SectorNode } from "../core/sectors";

interface Keyword {
  word: string;
  sector: SectorNode;
}

const KEYWORDS: Keyword[] = SECTOR_TREE.flatMap((sector) =>
  sector.keywords.map((word) => ({ word, sector })),
);

/** Keywords longest first, so 燃料电池 (氢能) is read before 电池 (储能与电池). */
const KEYWORD_PATTERN = new RegExp(
  [...KEYWORDS]
    .sort((a, b) => b.word.length - a.word.length)
    .map((k) => k.word.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`))
    .join("|"),
  "g",
);
const SECTOR_BY_WORD = new Map(KEYWORDS.map((k) => [k.word, k.sector] as const));

/**
 * The sector of a piece of text: the sector of its first keyword; null when none is found.
 * @example classifySector("江苏芯盛智能科技有限公司 SSD固态存储控制芯片")?.name // "集成电路"
 */
export function classifySector(text: string): SectorNode | null {
  for (const m of text.matchAll(KEYWORD_PATTERN)) {
    const sector = SECTOR_BY_WORD.get(m[0]);
    if (sector) return sector;
  }
  return null;
}

/** Every sector keyword found, in order, for tags (钠离子电池, 固态电池 …). */
export function sectorKeywords(text: string): string[] {
  return [...new Set([...text.matchAll(KEYWORD_PATTERN)].map((m) => m[0]))];
}
