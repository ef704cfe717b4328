/**
 * The sector tree. Names and aliases are what an analyst may type into a CZ function (`=CZ.TOTAL("新能源")`,
 * `"光伏"`, `"PV"`); keywords are what the ingest pipeline looks for in a project's sentence. Ids are stable
 * slugs: they are the keys of published datasets, so never renumber them.
 */
import type { Sector } from "./dataset";

export interface SectorNode extends Sector {
  /** Words in Chinese news that place a project in this sector (more specific nodes are tried first). */
  keywords: string[];
}

const node = (
  id: string,
  name: string,
  parentId: string | null,
  aliases: string[],
  keywords: string[],
): SectorNode => ({ id, name, parentId, aliases, keywords });

export const SECTOR_TREE: readonly SectorNode[] = [
  node(
    "new-energy",
    "新能源",
    null,
    ["new energy", "清洁能源", "新能源产业"],
    ["新能源", "清洁能源", "能源互联网"],
  ),
  node(
    "solar",
    "光伏",
    "new-energy",
    ["太阳能", "solar", "PV", "photovoltaic"],
    ["光伏", "太阳能", "硅片", "组件"],
  ),
  node(
    "batteries",
    "储能与电池",
    "new-energy",
    ["储能", "动力电池", "锂电", "电池", "batteries", "energy storage"],
    [
      "储能",
      "动力电池",
      "锂电",
      "锂离子",
      "钠离子电池",
      "固态电池",
      "电池",
      "电芯",
      "正极材料",
      "负极材料",
      "隔膜",
      "电解液",
    ],
  ),
  node(
    "hydrogen",
    "氢能",
    "new-energy",
    ["氢燃料电池", "燃料电池", "hydrogen"],
    ["氢燃料", "氢能", "燃料电池", "加氢"],
  ),
  node(
    "natural-gas",
    "天然气",
    "new-energy",
    ["LNG", "储气库", "natural gas"],
    ["天然气", "储气库", "LNG", "燃气"],
  ),
  node(
    "cogeneration",
    "热电",
    "new-energy",
    ["热电联产", "combined heat and power", "CHP"],
    ["热电联产", "热电", "供热", "发电"],
  ),
  node(
    "new-energy-vehicles",
    "新能源汽车",
    "new-energy",
    ["NEV", "电动汽车", "new energy vehicles"],
    ["新能源汽车", "电动汽车", "新能源整车"],
  ),
  node("new-materials", "新材料", null, ["new materials", "先进材料"], ["新材料", "材料"]),
  node(
    "carbon-materials",
    "碳材料",
    "new-materials",
    ["碳纤维", "carbon materials"],
    ["碳材料", "碳纤维", "碳基"],
  ),
  node("graphene", "石墨烯", "new-materials", ["graphene"], ["石墨烯"]),
  node(
    "welding-materials",
    "焊接材料",
    "new-materials",
    ["焊材", "welding materials"],
    ["焊接材料", "焊材", "焊接"],
  ),
  node("films", "膜材料", "new-materials", ["薄膜", "films"], ["薄膜", "膜材料", "隔膜材料"]),
  node(
    "integrated-circuits",
    "集成电路",
    null,
    ["芯片", "半导体", "IC", "integrated circuits", "semiconductors"],
    ["集成电路", "芯片", "半导体", "晶圆", "封装测试", "存储控制"],
  ),
  node(
    "rail-transit",
    "轨道交通",
    null,
    ["轨交", "rail transit", "railway"],
    ["轨道交通", "动车", "机车", "高铁", "地铁", "城轨", "检修基地"],
  ),
  node(
    "smart-manufacturing",
    "智能制造",
    null,
    ["smart manufacturing", "intelligent manufacturing"],
    ["智能制造", "智能工厂", "数字化车间", "智造"],
  ),
  node(
    "industrial-internet",
    "工业互联网",
    "smart-manufacturing",
    ["industrial internet", "IIoT"],
    ["工业互联网"],
  ),
  node(
    "automation",
    "自动化",
    "smart-manufacturing",
    ["机器人", "automation", "robotics"],
    ["自动化", "机器人", "系统集成"],
  ),
  node(
    "high-end-equipment",
    "高端装备",
    null,
    ["先进装备制造", "装备制造", "high-end equipment"],
    ["高端装备", "装备制造", "工程机械", "液压", "电力装备", "高压电柜", "传动", "安检设备", "安检"],
  ),
  node(
    "energy-saving",
    "节能环保",
    null,
    ["环保", "节能", "energy saving", "environmental protection"],
    ["节能环保", "节能", "环保", "循环经济", "回收", "固废"],
  ),
  node("green-building", "绿色建筑", "energy-saving", ["绿建", "green building"], ["绿色建筑", "绿建"]),
  node(
    "health",
    "大健康",
    null,
    ["医疗", "医药", "生物医药", "health", "healthcare", "life sciences"],
    ["健康", "医疗", "医药", "生物", "药业", "医疗器械", "制药"],
  ),
  node(
    "digital-economy",
    "数字经济",
    null,
    ["数字", "大数据", "软件", "digital economy", "big data"],
    ["数字经济", "大数据", "云计算", "数据中心", "软件", "数字", "信息服务", "人工智能"],
  ),
  node(
    "aerospace-information",
    "空天信息",
    null,
    ["空天", "遥感", "卫星", "aerospace information"],
    ["空天信息", "遥感", "卫星", "导航", "空间信息"],
  ),
  node("finance", "金融", null, ["finance", "金融服务"], ["金融", "融资租赁", "基金", "投资管理", "银行"]),
  node(
    "modern-services",
    "现代服务",
    null,
    ["服务业", "modern services"],
    ["检验检测", "认证", "物流", "现代服务", "商贸", "电商"],
  ),
];
