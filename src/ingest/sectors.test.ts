import { classifyClause, classifyName, classifySector, sectorKeywords, weakSector } from "./sectors";

const nameOf = (node: { name: string } | null) => node?.name ?? null;

describe("classifyName", () => {
  it.each([
    // A product of the national classifications places the project.
    ["某某精密减速机项目", "通用装备"],
    ["新型滚动轴承扩能项目", "通用装备"],
    ["高端特种阀门生产线", "通用装备"],
    ["年产二十万套汽车涡轮增压器项目", "汽车及零部件"],
    ["永磁电机产业化项目", "电力装备"],
    ["光纤光缆产业园", "电子信息"],
    ["压力传感器研发基地", "电子信息"],
    ["人用疫苗生产基地", "医药制造"],
    ["高端医疗器械产业园", "医疗器械"],
    ["人民医院新院区", "医疗服务"],
    ["冷链仓储物流中心", "现代物流"],
    ["高档纺织面料项目", "消费品制造"],
    ["超大直径盾构机总装基地", "专用装备"],
    ["高速公路改扩建工程", "交通与基础设施"],
    ["汽车站改造工程", "交通与基础设施"],
    ["数字化工厂建设项目", "智能制造"],
    ["智能电网研发及总装基地", "电力装备"],
    // A product word beats the trade word of a company's name.
    ["某某新能源科技电池项目", "储能与电池"],
    ["某某新能源功能性聚酯薄膜项目", "膜材料"],
    ["某某新材料科技半导体封装项目", "集成电路"],
    // Between products the longer, more specific word: the whole compound, not the word inside it.
    ["新能源汽车轻量化零部件项目", "新能源汽车"],
    ["新能源电机电控系统", "新能源汽车"],
    ["氢燃料电池发动机项目", "氢能"],
    ["光伏组件和异质结电池项目", "光伏"],
    ["科技金融中心", "金融"],
    // A trade word decides when no product is named.
    ["某某新材料项目", "新材料"],
    ["某某装备制造基地", "高端装备"],
    // Words that are no sector of their own.
    ["芯盛智能科技存储芯片项目", "集成电路"],
    ["绿化工程", "城建与民生"],
    ["某某智能科技园", null],
    ["中国科学院某研究所", null],
    ["某某实业产业园项目", null],
    ["总投资2亿元", null],
  ])("%s → %s", (name, sector) => {
    expect(nameOf(classifyName(name))).toBe(sector);
  });
});

describe("classifySector", () => {
  it.each([
    ["动车组检修基地", "轨道交通"],
    ["主要从事SSD固态存储控制芯片研发设计", "集成电路"],
    ["江苏芯盛智能科技有限公司 SSD固态存储控制芯片", "集成电路"],
    ["钠离子电池及材料", "储能与电池"],
    ["热电联产项目", "热电"],
    ["长江经济带绿色发展科技园 节能环保产业中心", "节能环保"],
    // The first product word of a clause, even after a broader word.
    ["某新材料公司投资建设高端数控机床生产线", "通用装备"],
    ["主要生产风电轴承和齿轮箱", "风电"],
    ["建成后年产1万吨锂电铜箔", "储能与电池"],
    // A trade word when the clause names no product.
    ["打造生物医药产业集聚区", "大健康"],
    // No sector: figures, meetings, and phrases that only look like sector words.
    ["年发电量可达2亿千瓦时以上", "热电"],
    ["2亿千瓦时", null],
    ["召开全市大会", null],
    ["推动产业健康发展", null],
    ["投资回收期约6年", null],
    ["全面强化工作落实", null],
    ["打造区域卫星城", null],
  ])("%s → %s", (text, sector) => {
    expect(nameOf(classifySector(text))).toBe(sector);
  });
});

describe("classifyClause", () => {
  const clause = "与某航空工业集团签约共建锂电池基地";
  const org = { start: 1, end: 8 }; // 某航空工业集团
  it("reads the words outside organization names first: a company's trade is not the project's", () => {
    expect(clause.slice(org.start, org.end)).toBe("某航空工业集团");
    expect(nameOf(classifySector(clause))).toBe("航空装备");
    expect(nameOf(classifyClause(clause, [org]))).toBe("储能与电池");
  });

  it("falls back on an organization's words when the clause has no other", () => {
    expect(nameOf(classifyClause("与某航空工业集团签约", [org]))).toBe("航空装备");
    expect(classifyClause("与某某集团签约", [{ start: 1, end: 5 }])).toBeNull();
  });
});

describe("weakSector", () => {
  it.each([
    ["新科人居智能舒适系统", "智能制造"],
    ["某某智慧谷", "软件和信息服务"],
    // A loose word inside a longer word is that word, not a loose one.
    ["智能电网", null],
    ["绿色建筑示范区", null],
    ["召开全市大会", null],
  ])("%s → %s", (text, sector) => {
    expect(nameOf(weakSector(text))).toBe(sector);
  });
});

describe("sectorKeywords", () => {
  it.each([
    ["钠离子电池及材料、卫蓝固态电池等产业化项目落地", ["钠离子电池", "材料", "固态电池"]],
    // Loose words are no tags; each word once.
    ["智能装备、智能家居和智能化改造，智能装备", ["智能装备", "智能家居", "智能化改造"]],
    ["召开全市大会", []],
  ])("%s → %j", (text, tags) => {
    expect(sectorKeywords(text)).toEqual(tags);
  });
});
