/**
 * The sector lexicon: for every node of the sector tree (src/core/sectors.ts), the product and trade words that
 * place a project under it, drawn from the statistics bureau's 战略性新兴产业分类(2018) and the national
 * classification of economic activities GB/T 4754-2017 (each part cites the classes it follows). Data only: the
 * rules that read it are in ../sectors.ts.
 */
import { DIGITAL_WORDS } from "./digital";
import { ENERGY_WORDS } from "./energy";
import { EQUIPMENT_WORDS } from "./equipment";
import { HEALTH_WORDS } from "./health";
import { MATERIALS_WORDS } from "./materials";
import { SERVICES_WORDS } from "./services";
import { type LexiconPart, wordsOf } from "./types";

/** How much a word says about a project's trade, strongest first. */
export type WordTier = "product" | "field" | "weak";

export interface LexiconWord {
  word: string;
  /** The node it places a project under. */
  sectorId: string;
  tier: WordTier;
}

const PARTS: readonly LexiconPart[] = [
  ENERGY_WORDS,
  MATERIALS_WORDS,
  DIGITAL_WORDS,
  EQUIPMENT_WORDS,
  HEALTH_WORDS,
  SERVICES_WORDS,
];

/**
 * Words too loose to decide on their own: 智能 is in company names of every trade (芯盛智能科技 makes chips), so it
 * names 智能制造 only when nothing more telling is written (新科人居智能舒适系统). Words such as 科技, 产业, 实业,
 * 技术, 创新 say nothing of a trade and are in no list.
 */
const WEAK: Readonly<Record<string, string>> = {
  智能: "smart-manufacturing",
  智能化: "smart-manufacturing",
  智慧: "software-it",
  数智: "digital-economy",
  绿色: "energy-saving",
};

/**
 * Phrases that hold a sector word without being about that trade; read as one piece they hide it:
 * 中国科学院 is no 学院, 健康发展 is no 大健康, 红色基因 is no biotech, 投资回收期 is no recycling, 卫星城 is a
 * town. 化 is Chinese's "-ize", so 强化工作, 亮化工程 and 现代化工业 are no 化工.
 */
export const NOT_SECTOR_WORDS: readonly string[] =
  wordsOf(`科学院 健康发展 健康有序 健康成长 红色基因 文化基因
  生物多样性 能源消耗 回收期 再生产 卫星城 基金会 化工作 化工程 现代化`);

/** Every word of the lexicon, each once. */
export const SECTOR_LEXICON: readonly LexiconWord[] = [
  ...PARTS.flatMap((part) =>
    Object.entries(part).flatMap(([sectorId, words]) => [
      ...wordsOf(words.products).map((word) => ({ word, sectorId, tier: "product" as const })),
      ...wordsOf(words.fields).map((word) => ({ word, sectorId, tier: "field" as const })),
    ]),
  ),
  ...Object.entries(WEAK).map(([word, sectorId]) => ({ word, sectorId, tier: "weak" as const })),
];
