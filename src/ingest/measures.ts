/**
 * The word tables of the amounts stage: units after a figure, qualifier words around it, and the measure words
 * before (or after) it. Data only; `amounts.ts` does the reading.
 */
import type { Qualifier } from "../core/dataset";

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

/**
 * Measure words that name money, as written; longest match wins (计划总投资 over 总投资). A measure is
 * reported as written, so 一期总投资 and 总投资 stay apart. Not 项目总投资/项目投资: 项目 is the subject
 * ("该项目投资5亿元"), the measure is 投资.
 */
export const MONEY_MEASURES: readonly string[] = [
  "总投资",
  "计划总投资",
  "一期总投资",
  "二期总投资",
  "三期总投资",
  "总投资额",
  "协议总投资",
  "固定资产投资",
  "工业投资",
  "投资总额",
  "协议投资总额",
  "计划投资",
  "年度计划投资",
  "年内计划投资",
  "累计完成投资",
  "已完成投资",
  "完成投资",
  "上报投资",
  "一期投资",
  "二期投资",
  "三期投资",
  "投资",
  "投资额",
  "亩均投资",
  "亩均产出",
  "亩均税收",
  "亩均产值",
  "产出",
  "新增产值",
  "年产值",
  "产值",
  "总产值",
  "工业总产值",
  "年销售收入",
  "销售收入",
  "开票销售收入",
  "营业收入",
  "年营业收入",
  "营收",
  "年营收",
  "销售额",
  "年销售额",
  "年利税",
  "利税",
  "年税收",
  "税收",
  "入库税收",
  "利润",
  "年利润",
  "净利润",
  "注册资本",
  "注册资本金",
  "注册资金",
  "协议注册外资",
  "实际到账外资",
  "注册外资",
  "到账外资",
  "合同外资",
  "实际利用外资",
  "利用外资",
  "外资",
  "融资",
  "基金规模",
  "总投入",
  "投入",
  "资金",
];

/** Measure words of other units: 总规模超200万平方米, 全年可发电14.7亿千瓦时. */
export const OTHER_MEASURES: readonly string[] = [
  "总规模",
  "规模",
  "建筑面积",
  "总建筑面积",
  "占地面积",
  "占地",
  "用地面积",
  "用地",
  "规划面积",
  "面积",
  "总面积",
  "发电量",
  "年发电量",
  "发电",
  "供热量",
  "供热能力",
  "产能",
  "年产能",
  "年产",
  "员工",
  "职工",
];

/**
 * Nouns right after a figure that name its measure when nothing before does: "已完成?7亿元投资" (the verb
 * before joins it: 已完成投资), "200亿元以上销售规模".
 */
export const MEASURES_AFTER: readonly string[] = ["投资", "产值", "销售规模", "销售收入", "营收", "税收"];

/** Verbs before a figure that join a noun after it into one measure: 已完成 + 投资 → 已完成投资. */
export const MEASURE_VERBS: readonly string[] = ["已完成", "累计完成", "完成", "新增", "实现", "计划"];

/**
 * When the text names no measure: money is an amount (金额); anything else a quantity (数量), so that "?6家" and
 * "568项" never land in a money measure that a total would add up.
 */
export const DEFAULT_MEASURE = "金额";
export const DEFAULT_QUANTITY_MEASURE = "数量";
