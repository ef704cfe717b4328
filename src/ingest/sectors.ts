/**
 * Sectors: keyword matching against the sector tree. Within a project's name the most specific node wins
 * ("裕兴新能源功能性聚酯薄膜" is 膜材料, not 新能源), and between nodes of one depth the keyword written first
 * ("常州健康医疗大数据中心" is 大健康: 健康 comes before 大数据). In a sentence, the first keyword wins.
 */
import { SECTOR_TREE, type SectorNode } from "../core/sectors";

const BY_ID = new Map(SECTOR_TREE.map((s) => [s.id, s] as const));

function depth(sector: SectorNode): number {
  let d = 0;
  for (let at: SectorNode | undefined = sector; at?.parentId; at = BY_ID.get(at.parentId)) d++;
  return d;
}

/**
 * Words too loose to decide on their own: "智能" is in company names of every trade ("芯盛智能科技"), so it
 * names 智能制造 only when nothing more telling is written ("新科人居智能舒适系统").
 */
const WEAK_WORDS = new Map([["智能", "smart-manufacturing"]]);

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

/**
 * The sector of a project's name: its most specific keyword's node, the first written among equals.
 * @example classifyName("裕兴新能源功能性聚酯薄膜项目")?.name // "膜材料"
 */
export function classifyName(name: string): SectorNode | null {
  let best: SectorNode | null = null;
  for (const m of name.matchAll(KEYWORD_PATTERN)) {
    const sector = SECTOR_BY_WORD.get(m[0]);
    if (sector && (best === null || depth(sector) > depth(best))) best = sector;
  }
  return best;
}

/**
 * The sector a loose word suggests, when no text had a keyword.
 * @example weakSector("新科人居智能舒适系统")?.name // "智能制造"
 */
export function weakSector(text: string): SectorNode | null {
  for (const [word, id] of WEAK_WORDS) if (text.includes(word)) return BY_ID.get(id) ?? null;
  return null;
}

/** Every sector keyword found, in order, for tags (钠离子电池, 固态电池 …). */
export function sectorKeywords(text: string): string[] {
  return [...new Set([...text.matchAll(KEYWORD_PATTERN)].map((m) => m[0]))];
}
