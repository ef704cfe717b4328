/**
 * The names of measures: the words the amounts stage reads before (or after) a figure, and so every measure a
 * dataset built here can hold. CZ.TOTAL knows them all, with English aliases, so a known measure that has no
 * figures in a dataset sums to 0 instead of being an unknown measure. Data only.
 */

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
  // "达产后可实现年销售15亿元": sales, written without 额 or 收入.
  "年销售",
  "销售",
  "年纳税",
  "纳税",
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

/** A measure CZ.TOTAL knows whether or not a dataset has figures of it. */
export interface KnownMeasure {
  name: string;
  /** Money sums in 亿元; any other measure in its own unit, as the figures were written. */
  money: boolean;
  /** Other spellings that find it (English). */
  aliases: readonly string[];
}

// English names for the measures a person is most likely to ask for; the Chinese name always works.
const ENGLISH = new Map<string, readonly string[]>([
  ["总投资", ["total investment"]],
  ["计划总投资", ["planned investment", "planned total investment"]],
  ["一期总投资", ["phase 1 investment", "first phase investment"]],
  ["固定资产投资", ["fixed asset investment", "fixed-asset investment"]],
  ["已完成投资", ["completed investment"]],
  ["产值", ["output value"]],
  ["年产值", ["annual output", "annual output value"]],
  ["新增产值", ["new output value", "added output value"]],
  ["年利税", ["annual profit and tax", "annual profits and taxes"]],
  ["税收", ["tax", "tax revenue"]],
  ["营业收入", ["revenue", "operating revenue"]],
  ["销售收入", ["sales revenue", "sales"]],
  ["利润", ["profit"]],
  ["注册资本", ["registered capital"]],
  ["融资", ["financing"]],
  ["基金规模", ["fund size"]],
  ["金额", ["amount"]],
  ["数量", ["quantity", "count"]],
  ["建筑面积", ["floor area", "building area"]],
  ["占地面积", ["land area", "site area"]],
  ["发电量", ["power generation", "electricity generated"]],
  ["供热量", ["heat supply"]],
  ["产能", ["capacity", "production capacity"]],
  ["员工", ["employees", "staff"]],
]);

/** Every measure the amounts stage can write: the words before a figure, verb + noun after it, the defaults. */
export const KNOWN_MEASURES: readonly KnownMeasure[] = (() => {
  const out = new Map<string, KnownMeasure>();
  const add = (name: string, money: boolean) => {
    if (!out.has(name)) out.set(name, { name, money, aliases: ENGLISH.get(name) ?? [] });
  };
  for (const m of MONEY_MEASURES) add(m, true);
  // Every noun read after a figure is money (投资, 产值, 销售规模 …), alone or joined to its verb.
  for (const noun of MEASURES_AFTER) {
    add(noun, true);
    for (const verb of MEASURE_VERBS) add(verb + noun, true);
  }
  add(DEFAULT_MEASURE, true);
  for (const m of OTHER_MEASURES) add(m, false);
  add(DEFAULT_QUANTITY_MEASURE, false);
  return [...out.values()];
})();
