import { classifySector, sectorKeywords } from "./sectors";

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
