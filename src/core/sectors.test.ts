import { SECTOR_TREE } from "./sectors";
import { ancestry, findSector, nameKey } from "./taxonomy";

/** Ids of the tree as first published: datasets and formulas key on them, so none may go. */
const PUBLISHED_IDS = [
  "new-energy",
  "solar",
  "batteries",
  "hydrogen",
  "natural-gas",
  "cogeneration",
  "new-energy-vehicles",
  "new-materials",
  "carbon-materials",
  "graphene",
  "welding-materials",
  "films",
  "integrated-circuits",
  "rail-transit",
  "smart-manufacturing",
  "industrial-internet",
  "automation",
  "high-end-equipment",
  "energy-saving",
  "green-building",
  "health",
  "digital-economy",
  "aerospace-information",
  "modern-services",
  "finance",
];

describe("SECTOR_TREE", () => {
  it("keeps every published id, under the same name", () => {
    const ids = new Set(SECTOR_TREE.map((s) => s.id));
    expect(PUBLISHED_IDS.filter((id) => !ids.has(id))).toEqual([]);
    expect(findSector(SECTOR_TREE, "solar")?.name).toBe("光伏");
    expect(findSector(SECTOR_TREE, "finance")?.parentId).toBe("modern-services");
  });

  it("has the twelve sectors the reports sort projects into at its top, 其他 last", () => {
    expect(SECTOR_TREE.filter((s) => s.parentId === null).map((s) => s.name)).toEqual([
      "新能源",
      "新材料",
      "集成电路",
      "轨道交通",
      "智能制造",
      "高端装备",
      "节能环保",
      "大健康",
      "数字经济",
      "空天信息",
      "现代服务",
      "其他",
    ]);
  });

  it("is two levels deep, so every node fills the Sector L1 / L2 columns", () => {
    for (const s of SECTOR_TREE) expect(ancestry(SECTOR_TREE, s.id).length).toBeLessThanOrEqual(2);
  });

  it("gives every id, name and alias to one node only, so a CZ function argument finds one sector", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const s of SECTOR_TREE)
      for (const key of new Set([s.id, s.name, ...s.aliases].map(nameKey))) {
        if (owner.has(key)) clashes.push(`${key}: ${owner.get(key)} and ${s.id}`);
        owner.set(key, s.id);
      }
    expect(clashes).toEqual([]);
  });

  it.each([
    ["电子元器件", "电子信息"],
    ["医疗设备", "医疗器械"],
    ["工程机械", "专用装备"],
    ["汽车零部件", "汽车及零部件"],
    ["other", "其他"],
  ])("finds %s as %s", (alias, name) => {
    expect(findSector(SECTOR_TREE, alias)?.name).toBe(name);
  });
});
