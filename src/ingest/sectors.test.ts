import { classifyName, classifySector, sectorKeywords, weakSector } from "./sectors";

describe("classifySector", () => {
  it.each([
    ["动车组检修基地", "轨道交通"],
    ["主要从事SSD固态存储控制芯片研发设计", "集成电路"],
    ["钠离子电池及材料", "储能与电池"],
    ["氢燃料电池发动机研发与产业化", "氢能"],
    ["热电联产项目", "热电"],
    ["常州健康医疗大数据中心运营平台", "大健康"],
    ["中机云创工业互联网", "工业互联网"],
    ["长江经济带绿色发展科技园 节能环保产业中心", "节能环保"],
    ["溧阳高新区光伏产业园项目", "光伏"],
    ["特种焊接材料", "焊接材料"],
    ["召开全市大会", null],
  ])("%s → %s", (text, sector) => {
    expect(classifySector(text)?.name ?? null).toBe(sector);
  });

  it("lists the sector words of a sentence for tags", () => {
    expect(sectorKeywords("钠离子电池及材料、卫蓝固态电池等产业化项目落地")).toEqual([
      "钠离子电池",
      "材料",
      "固态电池",
    ]);
  });
});

describe("classifyName", () => {
  it.each([
    // The most specific node in the name wins over a broader word written before it.
    ["裕兴新能源功能性聚酯薄膜项目", "膜材料"],
    ["常州某某新能源电池项目", "储能与电池"],
    // Between nodes of one depth, the word written first.
    ["常州健康医疗大数据中心", "大健康"],
    // 智能 alone is not a keyword: a chip maker named 智能科技 stays 集成电路.
    ["芯盛智能科技存储芯片项目", "集成电路"],
    ["科技金融中心", "金融"],
    ["新科人居智能舒适系统", null],
  ])("%s → %s", (name, sector) => {
    expect(classifyName(name)?.name ?? null).toBe(sector);
  });
});

describe("weakSector", () => {
  it("reads 智能 as 智能制造 only as a last resort", () => {
    expect(weakSector("新科人居智能舒适系统")?.name).toBe("智能制造");
    expect(weakSector("召开全市大会")).toBeNull();
  });
});
