/**
 * The sector tree: what an analyst may type into a CZ function (`=CZ.TOTAL("新能源")`, `"光伏"`, `"PV"`) and the
 * two levels of the Sector L1 / L2 columns. Ids are stable slugs: they are the keys of published datasets, so
 * never renumber or reuse them; a new node gets an id that never existed.
 *
 * The top level is the twelve sectors Changzhou's reporting sorts projects into (新能源 … 现代服务, and 其他 for
 * what none of them holds: roads, housing, farming, food and textiles). The second level follows the statistics
 * bureau's 战略性新兴产业分类(2018) (国家统计局令第23号: 新一代信息技术, 高端装备制造, 新材料, 生物, 新能源汽车,
 * 新能源, 节能环保, 数字创意, 相关服务业) and, for trades outside it, the divisions of 国民经济行业分类
 * (GB/T 4754-2017, as amended by its No. 1 change of 2019). The words that place a project under a node are
 * ingest data, in src/ingest/sectorLexicon.
 */
import type { Sector } from "./dataset";

/** A node of the sector tree; a Sector of the dataset format. */
export type SectorNode = Sector;

const node = (id: string, name: string, parentId: string | null, aliases: string[]): SectorNode => ({
  id,
  name,
  parentId,
  aliases,
});

export const SECTOR_TREE: readonly SectorNode[] = [
  node("new-energy", "新能源", null, ["new energy", "清洁能源", "新能源产业"]),
  node("solar", "光伏", "new-energy", ["太阳能", "solar", "PV", "photovoltaic"]),
  node("batteries", "储能与电池", "new-energy", [
    "储能",
    "动力电池",
    "锂电",
    "电池",
    "batteries",
    "energy storage",
  ]),
  node("hydrogen", "氢能", "new-energy", ["氢燃料电池", "燃料电池", "hydrogen"]),
  node("natural-gas", "天然气", "new-energy", ["LNG", "储气库", "natural gas"]),
  node("cogeneration", "热电", "new-energy", ["热电联产", "combined heat and power", "CHP"]),
  node("new-energy-vehicles", "新能源汽车", "new-energy", ["NEV", "电动汽车", "new energy vehicles"]),
  node("wind-power", "风电", "new-energy", ["风能", "风力发电", "wind power"]),
  node("nuclear-power", "核电", "new-energy", ["核能", "nuclear power"]),

  node("new-materials", "新材料", null, ["new materials", "先进材料"]),
  node("carbon-materials", "碳材料", "new-materials", ["碳纤维", "carbon materials"]),
  node("graphene", "石墨烯", "new-materials", ["graphene"]),
  node("welding-materials", "焊接材料", "new-materials", ["焊材", "welding materials"]),
  node("films", "膜材料", "new-materials", ["薄膜", "films"]),
  node("metal-materials", "先进金属材料", "new-materials", [
    "先进钢铁材料",
    "先进有色金属材料",
    "金属材料",
    "metal materials",
  ]),
  node("chemical-materials", "化工新材料", "new-materials", [
    "先进石化化工新材料",
    "高分子材料",
    "chemical materials",
  ]),
  node("inorganic-materials", "无机非金属材料", "new-materials", [
    "先进无机非金属材料",
    "新型建材",
    "inorganic materials",
  ]),
  node("fiber-composites", "纤维及复合材料", "new-materials", [
    "高性能纤维",
    "复合材料",
    "fibers and composites",
  ]),

  node("integrated-circuits", "集成电路", null, [
    "芯片",
    "半导体",
    "IC",
    "integrated circuits",
    "semiconductors",
  ]),

  node("rail-transit", "轨道交通", null, ["轨交", "轨道交通装备", "rail transit", "railway"]),

  node("smart-manufacturing", "智能制造", null, ["smart manufacturing", "intelligent manufacturing"]),
  node("industrial-internet", "工业互联网", "smart-manufacturing", ["industrial internet", "IIoT"]),
  node("automation", "自动化", "smart-manufacturing", ["机器人", "automation", "robotics"]),

  node("high-end-equipment", "高端装备", null, ["先进装备制造", "装备制造", "high-end equipment"]),
  node("general-equipment", "通用装备", "high-end-equipment", [
    "通用设备",
    "基础零部件",
    "general equipment",
  ]),
  node("special-equipment", "专用装备", "high-end-equipment", ["专用设备", "工程机械", "special equipment"]),
  node("power-equipment", "电力装备", "high-end-equipment", ["电气装备", "输变电装备", "power equipment"]),
  node("auto-parts", "汽车及零部件", "high-end-equipment", [
    "汽车零部件",
    "汽车制造",
    "automotive",
    "auto parts",
  ]),
  node("aviation", "航空装备", "high-end-equipment", ["航空", "通用航空", "aviation"]),
  node("instruments", "仪器仪表", "high-end-equipment", ["仪表", "instruments"]),

  node("energy-saving", "节能环保", null, ["环保", "节能", "energy saving", "environmental protection"]),
  node("green-building", "绿色建筑", "energy-saving", ["绿建", "green building"]),
  node("energy-efficiency", "高效节能", "energy-saving", ["节能服务", "energy efficiency"]),
  node("pollution-control", "环境治理", "energy-saving", ["污染治理", "生态环境", "pollution control"]),
  node("recycling", "资源循环利用", "energy-saving", ["循环经济", "再生资源", "recycling"]),

  node("health", "大健康", null, ["医疗", "医药", "生物医药", "health", "healthcare", "life sciences"]),
  node("pharmaceuticals", "医药制造", "health", ["制药", "药品", "pharmaceuticals"]),
  node("medical-devices", "医疗器械", "health", ["医疗设备", "medical devices"]),
  node("health-services", "医疗服务", "health", ["医疗卫生", "康养", "health services"]),
  node("biotech", "生物技术", "health", ["合成生物", "生物制造", "biotech"]),

  node("digital-economy", "数字经济", null, ["数字", "大数据", "软件", "digital economy", "big data"]),
  node("electronics", "电子信息", "digital-economy", ["电子", "电子元器件", "电子信息制造", "electronics"]),
  node("software-it", "软件和信息服务", "digital-economy", [
    "软件和信息技术服务",
    "信息技术服务",
    "software",
    "IT services",
  ]),
  node("digital-creative", "数字创意", "digital-economy", ["数字文创", "digital creative"]),

  node("aerospace-information", "空天信息", null, ["空天", "遥感", "卫星", "aerospace information"]),

  node("modern-services", "现代服务", null, ["服务业", "modern services"]),
  // 金融 is a branch of 现代服务业 in the national classification of service industries (科技金融中心 is a
  // services project); its id stays, so datasets and formulas that name it keep working.
  node("finance", "金融", "modern-services", ["finance", "金融服务"]),
  node("logistics", "现代物流", "modern-services", ["物流", "仓储物流", "logistics"]),
  node("commerce", "商贸", "modern-services", ["商贸服务", "商业", "电子商务", "commerce"]),
  node("tech-services", "科技服务", "modern-services", ["研发服务", "检验检测", "tech services"]),
  node("culture-tourism", "文化旅游", "modern-services", ["文旅", "旅游", "culture and tourism"]),

  node("other-sectors", "其他", null, ["其它", "other"]),
  node("infrastructure", "交通与基础设施", "other-sectors", ["基础设施", "交通基础设施", "infrastructure"]),
  node("urban-living", "城建与民生", "other-sectors", ["城市建设", "社会事业", "民生", "public works"]),
  node("agriculture", "现代农业", "other-sectors", ["农业", "农林牧渔", "agriculture"]),
  node("consumer-goods", "消费品制造", "other-sectors", ["轻工", "纺织服装", "食品", "consumer goods"]),
];
