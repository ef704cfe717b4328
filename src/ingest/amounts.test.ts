import type { Qualifier } from "../core/dataset";
import { extractAmounts } from "./amounts";
import { cleanArticle } from "./clean";

type Row = [
  input: string,
  text: string,
  measure: string,
  unit: string,
  low: number | null,
  high: number | null,
  qualifier: Qualifier,
];

/** One sentence per row, the figure expected in it (by its span text) and how it reads. Seed sentences first. */
const ROWS: Row[] = [
  // Seed: digits lost to the encoding fault; the `?` also took the last character of the word before it.
  [
    "达产后预计具备100辆动车的年维保能力,新增产?0-100亿元",
    "新增产?0-100亿元",
    "新增产值",
    "亿元",
    10,
    100,
    "garbled",
  ],
  [
    "已落户常州集成电路生态产业园,一期总投?0亿元,主要从事",
    "一期总投?0亿元",
    "一期总投资",
    "亿元",
    10,
    90,
    "garbled",
  ],
  [
    "北自所常州基地一期总投?.38亿元,经过一年多建设",
    "一期总投?.38亿元",
    "一期总投资",
    "亿元",
    1.38,
    9.38,
    "garbled",
  ],
  [
    "拟在武进绿建区投资运营长江经济带绿色发展科技园,计划总投?5亿元,打造",
    "计划总投?5亿元",
    "计划总投资",
    "亿元",
    15,
    95,
    "garbled",
  ],
  [
    "大唐国?016年在金坛投资热电联产项目,计划总投?0亿元,一期工程于2017?月开工建设",
    "计划总投?0亿元",
    "计划总投资",
    "亿元",
    10,
    90,
    "garbled",
  ],
  ["预计年产值约28亿元,实现年利税2.1亿元。", "年产值约28亿元", "年产值", "亿元", 28, 28, "about"],
  ["预计年产值约28亿元,实现年利税2.1亿元。", "年利税2.1亿元", "年利税", "亿元", 2.1, 2.1, "exact"],
  [
    "绿色交通与物流等,2017年至今已完成?7亿元投资。",
    "已完成?7亿元投资",
    "已完成投资",
    "亿元",
    17,
    97,
    "garbled",
  ],
  [
    "建设运营近30个园区项目,总规模超?00万平方米,积累了",
    "总规模超?00万平方米",
    "总规模",
    "万平方米",
    100,
    null,
    "garbled",
  ],
  ["建设运营近30个园区项目,总规模超?00万平方米", "近30个", "数量", "个", 30, 30, "about"],
  [
    "建成投产后全年可发?4.7亿千瓦时、供热量678万吉焦",
    "发?4.7亿千瓦时",
    "发电",
    "亿千瓦时",
    14.7,
    94.7,
    "garbled",
  ],
  [
    "建成投产后全年可发?4.7亿千瓦时、供热量678万吉焦",
    "供热量678万吉焦",
    "供热量",
    "万吉焦",
    678,
    678,
    "exact",
  ],
  ["现?6家全资及控股子公司,员工17万多人。", "员工17万多人", "员工", "万人", 17, null, "over"],
  ["现?6家全资及控股子公司,员工17万多人。", "?6家", "数量", "家", 16, 96, "garbled"],
  // Our own sentences: qualifiers.
  ["该项目计划总投资105亿元,建成后", "计划总投资105亿元", "计划总投资", "亿元", 105, 105, "exact"],
  ["总投资超百亿元的电池项目开工", "总投资超百亿元", "总投资", "亿元", 100, null, "over"],
  ["达产后年税收超2亿元", "年税收超2亿元", "年税收", "亿元", 2, null, "over"],
  ["入库税收超千万元企业数实现翻番", "入库税收超千万元", "入库税收", "亿元", 0.1, null, "over"],
  ["签约项目总投资达405.7亿元", "总投资达405.7亿元", "总投资", "亿元", 405.7, 405.7, "exact"],
  ["该项目总投资预计125亿元,分3期建设", "总投资预计125亿元", "总投资", "亿元", 125, 125, "exact"],
  ["年产值达到70亿元", "年产值达到70亿元", "年产值", "亿元", 70, 70, "exact"],
  // A digit lost inside the number before 元: each lost digit is 0 to 9.
  ["高端伺服电机项目总投资1?亿元。", "总投资1?亿元", "总投资", "亿元", 10, 19, "garbled"],
  ["总投资6.?亿元", "总投资6.?亿元", "总投资", "亿元", 6, 6.9, "garbled"],
  // Sales written without 额 or 收入 are sales, never a bare amount.
  ["达产后可实现年销售15亿元", "年销售15亿元", "年销售", "亿元", 15, 15, "exact"],
  ["预计年销售超100亿元", "年销售超100亿元", "年销售", "亿元", 100, null, "over"],
  ["工业总产值迈上2000亿元新台阶", "工业总产值迈上2000亿元", "工业总产值", "亿元", 2000, null, "over"],
  ["产业规模将达到千亿元级", "规模将达到千亿元级", "规模", "亿元", 1000, null, "over"],
  ["形成200亿元以上销售规模", "200亿元以上销售规模", "销售规模", "亿元", 200, null, "over"],
  ["单个项目投资不超过10亿元", "投资不超过10亿元", "投资", "亿元", null, 10, "under"],
  ["引进资金逾30亿元", "资金逾30亿元", "资金", "亿元", 30, null, "over"],
  ["累计投入100多亿元", "投入100多亿元", "投入", "亿元", 100, null, "over"],
  ["年销售收入约10亿元左右", "年销售收入约10亿元左右", "年销售收入", "亿元", 10, 10, "about"],
  ["已经签约32个项目", "32个", "数量", "个", 32, 32, "exact"],
  // Ranges.
  ["二期总投资50-100亿元", "二期总投资50-100亿元", "二期总投资", "亿元", 50, 100, "range"],
  ["投资50—100亿元", "投资50—100亿元", "投资", "亿元", 50, 100, "range"],
  ["投资50至100亿元", "投资50至100亿元", "投资", "亿元", 50, 100, "range"],
  ["投资50~100亿元", "投资50~100亿元", "投资", "亿元", 50, 100, "range"],
  ["投资50亿元至100亿元", "投资50亿元至100亿元", "投资", "亿元", 50, 100, "range"],
  ["单价10-20万元", "10-20万元", "金额", "亿元", 0.001, 0.002, "range"],
  // Units: 万元 and 元 normalized to 亿元, foreign money kept in its currency.
  ["亩均投资达720万元", "亩均投资达720万元", "亩均投资", "亿元", 0.072, 0.072, "exact"],
  ["奖励50000元", "50000元", "金额", "亿元", 0.0005, 0.0005, "exact"],
  ["总投资1.33万亿元", "总投资1.33万亿元", "总投资", "亿元", 13300, 13300, "exact"],
  ["注册资本1000万美元", "注册资本1000万美元", "注册资本", "亿美元", 0.1, 0.1, "exact"],
  ["实际到账外资2.67亿美元", "实际到账外资2.67亿美元", "实际到账外资", "亿美元", 2.67, 2.67, "exact"],
  ["总投资1,007.9亿元", "总投资1,007.9亿元", "总投资", "亿元", 1007.9, 1007.9, "exact"],
  ["总投资１０５亿元", "总投资１０５亿元", "总投资", "亿元", 105, 105, "exact"],
  ["投资3千万元", "投资3千万元", "投资", "亿元", 0.3, 0.3, "exact"],
  ["注册资金两千万元", "注册资金两千万元", "注册资金", "亿元", 0.2, 0.2, "exact"],
  ["注册资本壹佰贰拾万元", "注册资本壹佰贰拾万元", "注册资本", "亿元", 0.012, 0.012, "exact"],
  // A headline writes 亿 without 元: money when a money measure names it.
  ["总投资120亿 电池项目开工", "总投资120亿", "总投资", "亿元", 120, 120, "exact"],
  // The qualifier before the first of two joined figures covers both.
  ["其中超过100亿元或10亿美元项目9个", "10亿美元", "金额", "亿美元", 10, null, "over"],
  ["其中超10亿元或1亿美元项目15个", "超10亿元", "金额", "亿元", 10, null, "over"],
  ["其中超10亿元或1亿美元项目15个", "15个", "数量", "个", 15, 15, "exact"],
  // Other units stay as written and are not money.
  ["全年可发电2亿千瓦时", "发电2亿千瓦时", "发电", "亿千瓦时", 2, 2, "exact"],
  ["形成120亿瓦时锂离子电池产能", "120亿瓦时", "数量", "亿瓦时", 120, 120, "exact"],
  ["装机容量2000千瓦", "2000千瓦", "数量", "千瓦", 2000, 2000, "exact"],
  ["项目用地502亩", "用地502亩", "用地", "亩", 502, 502, "exact"],
  ["设计规模50~250吨", "规模50~250吨", "规模", "吨", 50, 250, "range"],
  ["十二个项目集中开工", "十二个", "数量", "个", 12, 12, "exact"],
  ["数十家企业参展", "数十家", "数量", "家", 10, null, "over"],
  ["吸引投资几百亿元", "投资几百亿元", "投资", "亿元", 100, null, "over"],
  ["其中二十多亿元用于研发", "二十多亿元", "金额", "亿元", 20, null, "over"],
  ["新增投资10余亿元", "投资10余亿元", "投资", "亿元", 10, null, "over"],
];

/** Every sentence of the seed (data/sources/seed-article.txt) that holds a figure, as published. */
const SEED_FIGURE_SENTENCES = [
  "中国中车股份有限公司是全球规模领先的轨道交通装备供应商,现?6家全资及控股子公司,员工17万多人。",
  "目前,中车股份拟在常州经开区建设动车组检修基地等项目,达产后预计具备100辆动车的年维保能力,新增产?0-100亿元 ",
  "汪泉一行深入了解近年来的科研成果和未来研究方向?017年,中科院物理所共有在研项目568项。",
  "推动常州的高质量发展 11?3日,汪泉一行拜访了国家集成电路产业投资基金股份有限公司。",
  "投资的江苏芯盛智能科技有限公司已落户常州集成电路生态产业园,一期总投?0亿元,主要从事SSD固态存储控制芯片研发设计。",
  "北自所常州基地一期总投?.38亿元,经过一年多建设已进入验收阶段,承接了国家发改委智能化系统集成应用体验验证中心项目。",
  "先后在上海、深圳等地建设运营近30个园区项目,总规模超?00万平方米,积累了大量绿色建筑开发和技术集成经验。",
  "拟在武进绿建区投资运营长江经济带绿色发展科技园,计划总投?5亿元,打造节能环保产业中心、创新研发基地、培训孵化等综合服务平台。",
  "大唐国?016年在金坛投资热电联产项目,计划总投?0亿元,一期工程于2017?月开工建设,设计供热能力420?小时,建成投产后全年可发?4.7亿千瓦时、供热量678万吉焦,预计年产值约28亿元,实现年利税2.1亿元。",
  "该公司投资领域包括绿色能源与节能、绿色制造与环保、绿色消费与服务、绿色交通与物流等,2017年至今已完成?7亿元投资。",
];

describe("extractAmounts", () => {
  it.each(ROWS)("%s → %s", (input, text, measure, unit, low, high, qualifier) => {
    const found = extractAmounts(input).filter((a) => a.text === text);
    expect(found).toHaveLength(1);
    const a = found[0]!;
    expect({ measure: a.measure, unit: a.unit, low: a.low, high: a.high, qualifier: a.qualifier }).toEqual({
      measure,
      unit,
      low,
      high,
      qualifier,
    });
    expect(a.money).toBe(unit.endsWith("元"));
    expect(input.slice(a.start, a.end)).toBe(a.text);
  });

  /** Sentences with no money at all: energy, counts, dates, ordinals, words that merely contain 元 or 个. */
  it.each<[string]>([
    ["建成投产后全年可发?4.7亿千瓦时"],
    ["全年可发电2亿千瓦时"],
    ["形成120亿瓦时锂离子电池产能"],
    ["总规模超?00万平方米"],
    ["员工17万多人"],
    ["具备100辆动车的年维保能力"],
    ["2018年元旦前后"],
    ["在溧阳六年投下的第五个百亿项目"],
    ["3个月内完成"],
    ["地区生产总值五年增长200亿"],
    ["大唐国?016年在金坛投资,一期工程于2017?月开工,11?3日签约"],
  ])("%s has no money", (input) => {
    expect(extractAmounts(input).filter((a) => a.money)).toEqual([]);
  });

  /** Sentences with no figure at all. */
  it.each<[string]>([
    ["一个重要的合作项目"],
    ["一家企业落户常州"],
    ["今年6月18日上午"],
    ["设计供热能力420?小时"],
    ["千方百计推动项目落地"],
    ["走进千家万户"],
    ["全国唯一一家国家级基地"],
    // A material and a policy word, not three yuan and one yuan.
    ["北辰三元材料动力电池项目"],
    ["推进一元化管理"],
  ])("%s has no figure", (input) => {
    expect(extractAmounts(input)).toEqual([]);
  });

  it("reports figures sorted by start, each span the text it quotes", () => {
    const text = "计划总投?5亿元,预计年产值约28亿元,实现年利税2.1亿元";
    const found = extractAmounts(text);
    expect(found.map((a) => a.text)).toEqual(["计划总投?5亿元", "年产值约28亿元", "年利税2.1亿元"]);
    for (const a of found) expect(text.slice(a.start, a.end)).toBe(a.text);
  });

  it("reads exactly the seed's money figures, and no area, energy or count as money", () => {
    const { text } = cleanArticle(SEED_FIGURE_SENTENCES.join(""));
    const all = extractAmounts(text);
    const money = all.filter((a) => a.money).map((a) => [a.measure, a.low, a.high, a.qualifier]);
    expect(money).toEqual([
      ["新增产值", 10, 100, "garbled"],
      ["一期总投资", 10, 90, "garbled"],
      ["一期总投资", 1.38, 9.38, "garbled"],
      ["计划总投资", 15, 95, "garbled"],
      ["计划总投资", 10, 90, "garbled"],
      ["年产值", 28, 28, "about"],
      ["年利税", 2.1, 2.1, "exact"],
      ["已完成投资", 17, 97, "garbled"],
    ]);
    for (const a of all) {
      expect(a.money).toBe(a.unit.endsWith("元"));
      expect(text.slice(a.start, a.end)).toBe(a.text);
    }
    const area = all.find((a) => a.unit === "万平方米");
    expect(area).toMatchObject({ low: 100, high: null, qualifier: "garbled", money: false });
  });
});

describe("figures that cannot be believed are kept as written, flagged, and never added", () => {
  it.each<[string, string, string, string]>([
    // A minus sign: a negative investment is no investment; it was read as 5亿元 of 金额.
    ["a minus sign after the measure", "项目总投资-5亿元,年产值10亿元", "总投资-5亿元", "总投资"],
    ["a minus sign after a colon", "投资额：-50亿元", "-50亿元", "金额"],
    // More digits than a figure keeps: it was rounded to 1e13 without a word.
    ["13 significant digits", "该项目投资9999999999999亿元", "投资9999999999999亿元", "投资"],
    ["13 significant digits in 元", "总投资1234567890123元", "总投资1234567890123元", "总投资"],
    // Beyond any plausible size, up to a number that is Infinity.
    ["10^8 亿元", "总投资100000000亿元", "总投资100000000亿元", "总投资"],
    ["a number that is Infinity", `总投资${"9".repeat(400)}亿元`, `总投资${"9".repeat(400)}亿元`, "总投资"],
  ])("%s: no bounds, flagged garbled", (_what, input, text, measure) => {
    const found = extractAmounts(input).filter((a) => a.text === text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ measure, low: null, high: null, qualifier: "garbled", money: true });
    expect(input.slice(found[0]!.start, found[0]!.end)).toBe(text);
  });

  it("a figure next to a flagged one reads as before", () => {
    expect(extractAmounts("项目总投资-5亿元,年产值10亿元")[1]).toMatchObject({ low: 10, high: 10 });
  });

  it("a range dash between two figures is no minus sign", () => {
    expect(extractAmounts("总投资50亿元-100亿元").map((a) => [a.low, a.high, a.qualifier])).toEqual([
      [50, 100, "range"],
    ]);
    expect(extractAmounts("总投资5-10亿元").map((a) => [a.low, a.high])).toEqual([[5, 10]]);
  });

  it("a plausible large figure with twelve significant digits is kept exactly", () => {
    expect(extractAmounts("总投资1234.56789012亿元")[0]).toMatchObject({
      low: 1234.56789012,
      qualifier: "exact",
    });
  });
});
