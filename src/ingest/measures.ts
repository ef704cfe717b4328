/**
 * The word tables of the amounts stage: units after a figure, qualifier words around it, and the measure words
 * before (or after) it. Data only; `amounts.ts` does the reading.
 */
import type { Qualifier } from "../core/dataset";

// The measure names are the query engine's too (CZ.TOTAL knows every measure the pipeline can write), so they
// live in the core; the amounts stage reads them from here as before.
export {
  DEFAULT_MEASURE,
  DEFAULT_QUANTITY_MEASURE,
  MEASURES_AFTER,
  MEASURE_VERBS,
  MONEY_MEASURES,
  OTHER_MEASURES,
} from "../core/measureNames";

/** A unit written after a figure. */
export interface UnitEntry {
  /** As written (元, 美元, 平方米, 千瓦时, 个 …). */
  unit: string;
  /** Money: the figure is normalized to the 亿 of this currency (元 → 亿元, 美元 → 亿美元). */
  money: boolean;
  /** Characters that, right after the unit, show it is part of another word: 元旦, 个月, 项目. */
  notBefore?: RegExp;
}

/** Units, longest first where one is a prefix of another (千瓦时 before 千瓦, 吨/小时 before 吨). */
export const UNITS: readonly UnitEntry[] = [
  // Money: anything ending in 元. Foreign money keeps its currency; it is never converted.
  { unit: "元", money: true, notBefore: /^[旦宵素件器年月首帅老]/ },
  { unit: "美元", money: true },
  { unit: "欧元", money: true },
  { unit: "日元", money: true },
  { unit: "港元", money: true },
  { unit: "韩元", money: true },
  { unit: "澳元", money: true },
  { unit: "人民币", money: true },
  // Area, energy, power, mass …
  { unit: "平方公里", money: false },
  { unit: "平方千米", money: false },
  { unit: "平方米", money: false },
  { unit: "平米", money: false },
  { unit: "立方米", money: false },
  { unit: "公顷", money: false },
  { unit: "亩", money: false },
  { unit: "千瓦时", money: false },
  { unit: "瓦时", money: false }, // 120亿瓦时 of battery capacity: energy, not money
  { unit: "千瓦", money: false },
  { unit: "兆瓦", money: false },
  { unit: "吉瓦", money: false },
  { unit: "千伏", money: false },
  { unit: "吉焦", money: false },
  { unit: "吨/小时", money: false },
  { unit: "吨", money: false },
  { unit: "公里", money: false },
  { unit: "千米", money: false },
  // Counts. 个月 and 个百分点 are durations and percentages, 项目 is the noun (百亿项目), 人民 a word.
  { unit: "个", money: false, notBefore: /^(?:月|百分点|工作日|小时)/ },
  { unit: "家", money: false, notBefore: /^[庭乡属具]/ },
  { unit: "项", money: false, notBefore: /^[目]/ },
  { unit: "人", money: false, notBefore: /^[民才员次均]/ },
  { unit: "人次", money: false },
  { unit: "名", money: false, notBefore: /^[称单字义片]/ },
  { unit: "辆", money: false },
  { unit: "台", money: false, notBefore: /^[阶湾]/ },
  { unit: "套", money: false },
  { unit: "座", money: false },
  { unit: "栋", money: false },
  { unit: "所", money: false, notBefore: /^[长]/ },
  { unit: "户", money: false },
  { unit: "只", money: false },
  { unit: "条", money: false, notBefore: /^[件例]/ },
];

/** A qualifier word and what it says about the figure. */
export interface QualifierWord {
  word: string;
  qualifier: Qualifier;
  /** A character right before the word that makes it part of another word: 签约32个项目 is no 约, 最近 no 近. */
  notAfter?: RegExp;
}

/**
 * Words right before a figure. 达/达到/预计 are exact ("总投资达405.7亿元" is 405.7): 预计 is a forecast, not an
 * approximation. 迈上 is crossing a level ("迈上2000亿元新台阶"), i.e. over. Longest match wins (不超过 ≠ 超过).
 */
export const QUALIFIERS_BEFORE: readonly QualifierWord[] = [
  { word: "超过", qualifier: "over" },
  { word: "超出", qualifier: "over" },
  { word: "超", qualifier: "over", notAfter: /[赶高]$/ },
  { word: "逾", qualifier: "over" },
  { word: "突破", qualifier: "over" },
  { word: "高于", qualifier: "over" },
  { word: "大于", qualifier: "over" },
  { word: "多于", qualifier: "over" },
  { word: "不低于", qualifier: "over" },
  { word: "不少于", qualifier: "over" },
  { word: "至少", qualifier: "over" },
  { word: "迈上", qualifier: "over" },
  { word: "迈过", qualifier: "over" },
  { word: "跨上", qualifier: "over" },
  { word: "跃上", qualifier: "over" },
  { word: "跨越", qualifier: "over" },
  { word: "约", qualifier: "about", notAfter: /[签合条预节制履公邀特契]$/ },
  { word: "大约", qualifier: "about" },
  { word: "约为", qualifier: "about" },
  { word: "近", qualifier: "about", notAfter: /[最附邻靠亲就贴]$/ },
  { word: "将近", qualifier: "about" },
  { word: "接近", qualifier: "about" },
  { word: "不超过", qualifier: "under" },
  { word: "不到", qualifier: "under" },
  { word: "不足", qualifier: "under" },
  { word: "低于", qualifier: "under" },
  { word: "少于", qualifier: "under" },
  { word: "小于", qualifier: "under" },
  { word: "不高于", qualifier: "under" },
];

/**
 * Words right after the unit: 200亿元以上, 28亿元左右. 多/余 inside the figure (17万多人, 100余个) are read
 * with the number, see {@link OVER_SUFFIXES}. Not 上下: "28亿元上下游" is not an approximation.
 */
export const QUALIFIERS_AFTER: readonly QualifierWord[] = [
  { word: "以上", qualifier: "over" },
  // 千亿元级: of that order, i.e. at least it.
  { word: "级", qualifier: "over" },
  { word: "左右", qualifier: "about" },
  { word: "以下", qualifier: "under" },
  { word: "以内", qualifier: "under" },
];

/** Characters between a number and its unit that make it a floor: 17万多人, 50多家, 100余亿元. */
export const OVER_SUFFIXES = "多余";

/** Words between a measure and its figure that change nothing: 总投资预计125亿元, 年产值达到70亿元. */
export const FILLER_WORDS: readonly string[] = [
  "预计",
  "预期",
  "计划",
  "达到",
  "达",
  "高达",
  "为",
  "是",
  "共",
  "共计",
  "合计",
  "总计",
  "可达",
  "将达",
  "分别为",
  "已",
  "可",
  "将",
];
