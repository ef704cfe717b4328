/**
 * The Changzhou gazetteer: every district and county-level city, the main parks, and the towns and streets
 * (`placeTowns.ts`, with its source), each under its district. Aliases are the short and long forms news reports use (金坛 = 金坛区; 常州国家高新区 = 常州高新区).
 * Ids are stable slugs: published datasets key on them.
 */
import type { Place } from "./dataset";
import { TOWNS } from "./placeTowns";

const place = (
  id: string,
  name: string,
  kind: Place["kind"],
  parentId: string | null,
  aliases: string[],
): Place => ({
  id,
  name,
  kind,
  parentId,
  aliases,
});

export const PLACES: readonly Place[] = [
  // Districts and the county-level city. 经开区 is a district-level functional zone (it governs 戚墅堰 and 横林).
  place("tianning", "天宁区", "district", null, ["天宁", "常州市天宁区"]),
  place("zhonglou", "钟楼区", "district", null, ["钟楼", "常州市钟楼区"]),
  place("xinbei", "新北区", "district", null, ["新北", "常州市新北区"]),
  place("wujin", "武进区", "district", null, ["武进", "常州市武进区"]),
  place("jintan", "金坛区", "district", null, ["金坛", "常州市金坛区", "金坛市"]),
  place("liyang", "溧阳市", "county-city", null, ["溧阳", "常州溧阳市"]),
  place("jingkai", "经开区", "district", null, ["常州经开区", "常州经济开发区", "常州经济技术开发区"]),
  // Parks, each under its district.
  place("kejiaocheng", "常州科教城", "park", "wujin", ["科教城", "常州科教城"]),
  // 江苏武进经济开发区 and 常州西太湖科技产业园 are one park under two names (一区两牌).
  place("xitaihu", "西太湖科技产业园", "park", "wujin", [
    "西太湖",
    "常州西太湖科技产业园",
    "江苏武进经济开发区",
    "武进经济开发区",
    "武进经开区",
  ]),
  place("wujin-green-building", "武进绿建区", "park", "wujin", ["绿建区", "武进绿色建筑产业集聚示范区"]),
  place("wujin-hi-tech", "武进高新区", "park", "wujin", [
    "武进国家高新区",
    "常州市武进高新区",
    "武进高新技术产业开发区",
  ]),
  place("ic-park", "常州集成电路生态产业园", "park", "wujin", ["集成电路生态产业园"]),
  place("zhongguancun", "江苏中关村科技产业园", "park", "liyang", ["中关村科技产业园", "江苏中关村"]),
  place("liyang-hi-tech", "溧阳高新区", "park", "liyang", ["溧阳高新技术产业开发区"]),
  place("changzhou-hi-tech", "常州高新区", "park", "xinbei", [
    "常州国家高新区",
    "常州国家高新技术产业开发区",
  ]),
  place("binjiang", "滨江经济开发区", "park", "xinbei", ["常州滨江经济开发区", "滨江经开区"]),
  place("jintan-econ", "金坛经济开发区", "park", "jintan", [
    "金坛经开区",
    "金坛开发区",
    "江苏金坛经济开发区",
  ]),
  place("hualuogeng", "金坛华罗庚科技产业园", "park", "jintan", ["华罗庚科技产业园"]),
  place("tianning-econ", "天宁经开区", "park", "tianning", [
    "常州天宁经开区",
    "天宁经济开发区",
    "常州天宁经济开发区",
    "江苏常州天宁经济开发区",
    "常州市天宁经开区",
  ]),
  place("testing-park", "中国常州检验检测认证产业园", "park", "tianning", ["检验检测认证产业园"]),
  place("zhonglou-econ", "钟楼经济开发区", "park", "zhonglou", ["钟楼经开区", "常州钟楼经济开发区"]),
  place("taihu-bay", "太湖湾旅游度假区", "park", "wujin", ["太湖湾", "常州太湖湾旅游度假区"]),
  place("changzhou-bonded", "常州综合保税区", "park", "xinbei", ["常州综保区", "综合保税区"]),
  place("hsr-new-town", "常州高铁新城", "park", "xinbei", ["高铁新城"]),
  place("life-health-park", "常州生命健康产业园", "park", "changzhou-hi-tech", [
    "生命健康产业园",
    "常州高新区生命健康产业园",
  ]),
  place("tianning-hi-tech", "天宁高新区", "park", "tianning", ["常州天宁高新区"]),
  place("avic-green-power", "中航绿色电源科技园", "park", "hualuogeng", []),
  place("tianmuhu", "天目湖旅游度假区", "park", "liyang", ["天目湖"]),
  // The Sino-German park of 金坛 (中德金坛创新产业园), written with 常州 or without a place as often as with 金坛.
  place("sino-german-park", "中德(金坛)创新产业园", "park", "jintan", [
    "中德(常州)创新产业园",
    "中德（金坛）创新产业园",
    "中德（常州）创新产业园",
    "中德金坛创新产业园",
    "中德创新产业园",
  ]),
  place("hutang-park", "湖塘科技产业园", "park", "wujin", ["武进湖塘科技产业园"]),
  place("liyang-econ", "溧阳经济开发区", "park", "liyang", ["溧阳经开区"]),
  // 两湖创新区 (长荡湖 and 滆湖) spans 武进区 and 金坛区: it sits under the city, not one district.
  place("two-lakes", "两湖创新区", "park", null, ["“两湖”创新区", '"两湖"创新区', "两湖"]),
  ...TOWNS,
];
