/**
 * Changzhou's towns (镇) and streets (街道), each under its district or county-level city.
 *
 * Source: the administrative divisions of 常州市 (code 3204) as published by the National Bureau of Statistics
 * in 《统计用区划代码和城乡划分代码》(2023) and listed on the district governments' pages, with the 2015
 * boundary change under which 邹区镇 moved to 钟楼区, 奔牛镇 and 孟河镇 to 新北区, and 戚墅堰、丁堰、潞城
 * 街道 and 遥观、横林、横山桥镇 came under the 常州经济开发区 管委会 (经开区 here).
 *
 * Short forms (邹区, 横林) are aliases only where they cannot be read as something else: 洛阳 (a city in
 * Henan: 中航锂电(洛阳)有限公司), 西湖, 东城, 西城, 新桥, 三井 (a company), 河海 (河海大学) and 金城 are not.
 */
import type { Place } from "./dataset";

type Division = readonly [id: string, name: string, kind: "town" | "street", aliases: readonly string[]];

const DIVISIONS: Readonly<Record<string, readonly Division[]>> = {
  tianning: [
    ["tianning-jiedao", "天宁街道", "street", []],
    ["lanling", "兰陵街道", "street", ["兰陵"]],
    ["chashan", "茶山街道", "street", ["茶山"]],
    ["diaozhuang", "雕庄街道", "street", ["雕庄"]],
    ["hongmei", "红梅街道", "street", ["红梅"]],
    ["qinglong", "青龙街道", "street", ["青龙"]],
    ["zhenglu", "郑陆镇", "town", ["郑陆"]],
  ],
  zhonglou: [
    ["nandajie", "南大街街道", "street", []],
    ["hehuachi", "荷花池街道", "street", ["荷花池"]],
    ["xinzha", "新闸街道", "street", ["新闸"]],
    ["wuxing", "五星街道", "street", []],
    ["yonghong", "永红街道", "street", ["永红"]],
    ["beigang", "北港街道", "street", []],
    ["xilin", "西林街道", "street", []],
    ["zouqu", "邹区镇", "town", ["邹区"]],
  ],
  xinbei: [
    ["hehai", "河海街道", "street", []],
    ["sanjing", "三井街道", "street", []],
    ["longhutang", "龙虎塘街道", "street", ["龙虎塘"]],
    ["xinqiao", "新桥街道", "street", []],
    ["chunjiang", "春江街道", "street", ["春江镇"]],
    ["luoxi", "罗溪镇", "town", ["罗溪"]],
    ["xixiashu", "西夏墅镇", "town", ["西夏墅"]],
    ["xuejia", "薛家镇", "town", ["薛家"]],
    ["menghe", "孟河镇", "town", ["孟河"]],
    ["benniu", "奔牛镇", "town", ["奔牛"]],
  ],
  wujin: [
    ["hutang", "湖塘镇", "town", ["湖塘"]],
    ["niutang", "牛塘镇", "town", ["牛塘"]],
    ["luoyang", "洛阳镇", "town", []],
    ["xueyan", "雪堰镇", "town", ["雪堰"]],
    ["qianhuang", "前黄镇", "town", ["前黄"]],
    ["lijia", "礼嘉镇", "town", ["礼嘉"]],
    ["jiaze", "嘉泽镇", "town", ["嘉泽"]],
    ["huangli", "湟里镇", "town", ["湟里"]],
    ["nanxiashu", "南夏墅街道", "street", ["南夏墅"]],
    ["xihu", "西湖街道", "street", []],
  ],
  jingkai: [
    ["qishuyan", "戚墅堰街道", "street", []],
    ["dingyan", "丁堰街道", "street", ["丁堰"]],
    ["lucheng", "潞城街道", "street", ["潞城"]],
    ["yaoguan", "遥观镇", "town", ["遥观"]],
    ["henglin", "横林镇", "town", ["横林"]],
    ["hengshanqiao", "横山桥镇", "town", ["横山桥"]],
  ],
  jintan: [
    ["jincheng", "金城镇", "town", []],
    ["rulin", "儒林镇", "town", ["儒林"]],
    ["zhixi", "直溪镇", "town", ["直溪"]],
    ["zhulin", "朱林镇", "town", ["朱林"]],
    ["xuebu", "薛埠镇", "town", ["薛埠"]],
    ["zhiqian", "指前镇", "town", ["指前"]],
    ["dongcheng", "东城街道", "street", []],
    ["xicheng", "西城街道", "street", []],
    ["yaotang", "尧塘街道", "street", ["尧塘"]],
  ],
  liyang: [
    ["licheng", "溧城街道", "street", ["溧城镇"]],
    ["kunlun", "昆仑街道", "street", []],
    ["guxian", "古县街道", "street", []],
    ["daitou", "埭头镇", "town", ["埭头"]],
    ["shanghuang", "上黄镇", "town", ["上黄"]],
    ["daibu", "戴埠镇", "town", ["戴埠"]],
    ["tianmuhu-town", "天目湖镇", "town", []],
    ["bieqiao", "别桥镇", "town", ["别桥"]],
    ["shangxing", "上兴镇", "town", ["上兴"]],
    ["zhuze", "竹箦镇", "town", ["竹箦"]],
    ["nandu", "南渡镇", "town", ["南渡"]],
    ["shezhu", "社渚镇", "town", ["社渚"]],
  ],
};

/** Every town and street as a gazetteer place, under its district. */
export const TOWNS: readonly Place[] = Object.entries(DIVISIONS).flatMap(([parentId, divisions]) =>
  divisions.map(([id, name, kind, aliases]) => ({ id, name, kind, parentId, aliases: [...aliases] })),
);
