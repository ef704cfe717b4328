/**
 * A project's sector from the words of the sector lexicon (./sectorLexicon). Words come in three tiers: a
 * product or activity (减速机, 疫苗, 冷链) decides over the name of a whole trade (新能源, 装备制造, 生物), and a
 * loose word (智能, 智慧, 绿色) decides only when neither is written. Words such as 科技 and 产业 are in no list.
 *
 * In a project's name the longest word of the strongest tier wins, the first written among equals: a longer word
 * is the more specific one (新能源汽车 over 汽车, 电机电控 over 电机). In running text the first word of the
 * strongest tier wins: a clause names what it is about first.
 */
import type { SectorNode } from "../core/sectors";
import { findSectorWords, type SectorWord } from "./sectorWords";

const RANK = { product: 2, field: 1, weak: 0 } as const;

function strongest(words: readonly SectorWord[], longestFirst: boolean): SectorNode | null {
  let best: SectorWord | null = null;
  for (const w of words) {
    if (w.tier === "weak") continue;
    const better =
      best === null ||
      RANK[w.tier] > RANK[best.tier] ||
      (RANK[w.tier] === RANK[best.tier] && longestFirst && w.word.length > best.word.length);
    if (better) best = w;
  }
  return best?.sector ?? null;
}

/**
 * The sector of a piece of text (a project's clause or sentence): its first product word's node, else its first
 * trade word's; null when it has neither.
 * @example classifySector("江苏芯盛智能科技有限公司 SSD固态存储控制芯片")?.name // "集成电路"
 */
export function classifySector(text: string): SectorNode | null {
  return strongest(findSectorWords(text), false);
}

/**
 * The sector of a project's clause when the organizations named in it are known: a company's name tells its own
 * trade, not necessarily this project's ("与中国航空工业集团签约共建…锂电池…" is a battery project), so words
 * outside organization names decide first, and those inside them only when nothing else is written.
 * @example classifyClause("与某航空工业集团共建锂电池基地", [{ start: 1, end: 8 }])?.name // "储能与电池"
 */
export function classifyClause(
  text: string,
  organizations: ReadonlyArray<{ start: number; end: number }>,
): SectorNode | null {
  const words = findSectorWords(text);
  const inOrg = (w: SectorWord) =>
    organizations.some((o) => w.start < o.end && w.start + w.word.length > o.start);
  return (
    strongest(
      words.filter((w) => !inOrg(w)),
      false,
    ) ?? strongest(words, false)
  );
}

/**
 * The sector of a project's name: its longest product word's node, else its longest trade word's.
 * @example classifyName("裕兴新能源功能性聚酯薄膜项目")?.name // "膜材料"
 */
export function classifyName(name: string): SectorNode | null {
  return strongest(findSectorWords(name), true);
}

/**
 * The sector a loose word suggests (智能 → 智能制造), for when no text had a product or trade word; a loose word
 * inside a longer one (智能电网, 绿色建筑) does not count.
 * @example weakSector("新科人居智能舒适系统")?.name // "智能制造"
 */
export function weakSector(text: string): SectorNode | null {
  return findSectorWords(text).find((w) => w.tier === "weak")?.sector ?? null;
}

/** Every product and trade word found, in order, once each, for tags (钠离子电池, 固态电池 …). */
export function sectorKeywords(text: string): string[] {
  return [...new Set(findSectorWords(text).flatMap((w) => (w.tier === "weak" ? [] : [w.word])))];
}
