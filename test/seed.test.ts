/**
 * What the seed article must yield (issue "Foundation"): money with honest bounds, organizations with kinds,
 * places, projects and dates — checked through the whole pipeline, as `cz extract` runs it.
 */
import { extractArticle } from "../src/ingest/extractArticle";
import { PLACES } from "../src/core/places";
import { SECTOR_TREE } from "../src/core/sectors";
import { ancestry } from "../src/core/taxonomy";
import { SEED_TEXT } from "./seedFixture";

const ex = extractArticle(SEED_TEXT, "2018-11-13");
const placeName = (id: string | null) => PLACES.find((p) => p.id === id)?.name ?? null;
const districtOf = (id: string | null) => (id === null ? null : ancestry(PLACES, id)[0]?.name);
const sectorPath = (id: string | null) => (id === null ? [] : ancestry(SECTOR_TREE, id).map((s) => s.name));
const project = (name: string) => ex.projects.find((p) => p.name.includes(name));

describe("seed money figures", () => {
  it.each([
    ["新增产?0-100亿元", "新增产值", 10, 100, "garbled"],
    ["一期总投?0亿元", "一期总投资", 10, 90, "garbled"],
    ["一期总投?.38亿元", "一期总投资", 1.38, 9.38, "garbled"],
    ["计划总投?5亿元", "计划总投资", 15, 95, "garbled"],
    ["计划总投?0亿元", "计划总投资", 10, 90, "garbled"],
    ["年产值约28亿元", "年产值", 28, 28, "about"],
    ["年利税2.1亿元", "年利税", 2.1, 2.1, "exact"],
    ["已完成?7亿元投资", "已完成投资", 17, 97, "garbled"],
  ])("%s → %s %s–%s (%s)", (text, measure, low, high, qualifier) => {
    expect(ex.amounts.find((a) => a.text.endsWith(text))).toMatchObject({
      measure,
      low,
      high,
      qualifier,
      unit: "亿元",
    });
  });

  it("ties 一期总投?0亿元 to 江苏芯盛 and 计划总投?0亿元 to 大唐's 热电联产", () => {
    const of = (text: string) =>
      ex.projects[ex.figures[ex.amounts.findIndex((a) => a.text.endsWith(text))]!.project!];
    expect(of("一期总投?0亿元")?.orgNames).toContain("江苏芯盛智能科技有限公司");
    expect(of("计划总投?0亿元")?.orgNames).toContain("中国大唐集团有限公司");
  });

  it("turns no area, energy or count into money", () => {
    const money = ex.amounts.filter((a) => a.money);
    expect(money.every((a) => a.unit === "亿元")).toBe(true);
    expect(money.some((a) => /平方米|千瓦时|吉焦|人|家|个/.test(a.text))).toBe(false);
  });

  it("keeps 超?00万平方米 an area with low 100 and no high", () => {
    expect(ex.amounts.find((a) => a.text.includes("?00万平方米"))).toMatchObject({
      unit: "万平方米",
      low: 100,
      high: null,
      money: false,
    });
  });
});

describe("seed organizations", () => {
  const find = (name: string) => ex.organizations.find((o) => o.name === name);
  it.each([
    "中国石油化工集团有限公司",
    "中国中车股份有限公司",
    "中国科学院物理研究所",
    "机械科学研究总院集团有限公司",
    "国家集成电路产业投资基金股份有限公司",
    "江苏芯盛智能科技有限公司",
    "同方威视技术股份有限公司",
    "中国科学院空天信息研究院",
    "北京机械工业自动化研究所",
    "中国信息通信研究院",
    "中国节能环保集团有限公司",
    "中国国机重工集团有限公司",
    "北京中关村亿华通科技股份有限公司",
    "中国大唐集团有限公司",
    "中电通商融资租赁有限公司",
    "中美绿色投资管理有限公司",
  ])("%s, with a kind", (name) => {
    expect(find(name)?.kind).toMatch(/^(央企|科研院所|高校|基金|企业|政府)$/);
  });

  it("knows 中国电子信息产业集团 under its written name or as an alias", () => {
    expect(ex.organizations.some((o) => [o.name, ...o.aliases].includes("中国电子信息产业集团"))).toBe(true);
  });

  it.each([
    ["中国石油化工集团有限公司", "中石化"],
    ["北京机械工业自动化研究所", "北自所"],
    ["中国节能环保集团有限公司", "中节能"],
  ])("%s has the alias %s", (name, alias) => {
    expect(find(name)?.aliases).toContain(alias);
  });

  it("merges 机械科技研究总院 into 机械科学研究总院 (one organization)", () => {
    const machinery = ex.organizations.filter((o) =>
      /机械科[技学]研究总院/.test([o.name, ...o.aliases].join()),
    );
    expect(machinery.map((o) => o.name)).toEqual(["机械科学研究总院集团有限公司"]);
  });
});

describe("seed places", () => {
  it.each([
    "金坛区",
    "溧阳市",
    "武进区",
    "钟楼区",
    "经开区",
    "常州科教城",
    "西太湖科技产业园",
    "武进绿建区",
    "江苏中关村科技产业园",
    "常州集成电路生态产业园",
    "武进高新区",
  ])("%s", (name) => {
    expect(ex.places.map((m) => placeName(m.placeId))).toContain(name);
  });
});

describe("seed projects", () => {
  it("动车组检修基地: 中车, 经开区, 轨道交通, 拟建", () => {
    const p = project("动车组检修基地");
    expect(p).toMatchObject({ placeId: "jingkai", stage: "拟建" });
    expect(p?.orgNames).toContain("中国中车股份有限公司");
    expect(sectorPath(p!.sectorId)).toContain("轨道交通");
  });

  it("江苏芯盛: 集成电路, 常州集成电路生态产业园", () => {
    const p = project("江苏芯盛");
    expect(placeName(p!.placeId)).toBe("常州集成电路生态产业园");
    expect(sectorPath(p!.sectorId)).toContain("集成电路");
  });

  it("物理所长三角研究中心 with 钠离子电池 and 固态电池: 新能源, 溧阳", () => {
    const p = project("物理所长三角研究中心");
    expect(sectorPath(p!.sectorId)[0]).toBe("新能源");
    expect(districtOf(p!.placeId)).toBe("溧阳市");
    expect(p!.orgNames).toContain("中国科学院物理研究所");
    expect(p!.tags).toEqual(expect.arrayContaining(["钠离子电池", "固态电池"]));
  });

  it("北自所常州基地: 验收", () => {
    expect(project("北自所常州基地")?.stage).toBe("验收");
  });

  it("中机云创工业互联网: 钟楼区, 签约", () => {
    expect(project("中机云创工业互联网")).toMatchObject({ placeId: "zhonglou", stage: "签约" });
  });

  it("长江经济带绿色发展科技园: 中节能, 武进绿建区", () => {
    const p = project("长江经济带绿色发展科技园");
    expect(p).toMatchObject({ placeId: "wujin-green-building" });
    expect(p?.orgNames).toContain("中国节能环保集团有限公司");
  });

  it("大唐 热电联产: 金坛", () => {
    const p = project("热电联产");
    expect(p).toMatchObject({ placeId: "jintan" });
    expect(p?.orgNames).toContain("中国大唐集团有限公司");
  });

  it("常州健康医疗大数据中心运营平台: 钟楼区, 大健康, 2018-05", () => {
    const p = project("常州健康医疗大数据中心运营平台");
    expect(p).toMatchObject({ placeId: "zhonglou", date: "2018-05" });
    expect(sectorPath(p!.sectorId)).toContain("大健康");
  });

  it("同方威视 辐照 and 拉曼: 西太湖科技产业园, 拟建", () => {
    for (const unit of ["辐照", "拉曼"]) {
      expect(ex.projects.find((p) => p.name.includes("同方威视") && p.name.includes(unit))).toMatchObject({
        placeId: "xitaihu",
        stage: "拟建",
      });
    }
  });

  it("quotes each project's sentence exactly as the cleaned article has it", () => {
    for (const p of ex.projects) expect(ex.clean.text).toContain(p.sentence.text);
  });
});

describe("seed dates", () => {
  const value = (text: string) => ex.dates.find((d) => d.text.includes(text));
  it.each([
    ["今年5月", "2018-05", "relative"],
    ["2017?月", "2017", "garbled"],
    ["?019", "2019", "restored"],
    ["?017年", "2017", "restored"],
  ])("%s → %s (%s)", (text, iso, qualifier) => {
    expect(value(text)).toMatchObject({ value: iso, qualifier });
  });

  it("去年 → 2017", () => {
    expect(ex.dates.find((d) => d.text === "去年")?.value).toBe("2017");
  });

  it("dates the mayor's visit 13日 → 2018-11-13", () => {
    expect(value("13日")?.value).toBe("2018-11-13");
    expect(
      ex.events.find((e) => e.official === "丁纯" && e.orgNames.includes("中国信息通信研究院")),
    ).toMatchObject({
      date: "2018-11-13",
      role: "市长",
    });
  });
});
