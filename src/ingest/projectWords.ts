/**
 * The word tables of project-name reading: the nouns a project name ends with, the words a name cannot hold
 * (so a name starts after them), labels that only classify a project, and the words that say a phrase is
 * about projects in general rather than one of them. Data only; `projectNames.ts` and `nameFilters.ts` read it.
 */

/**
 * Nouns a project name ends with, longest first where one ends another (科技园 before 园区 is no issue: a
 * regular expression alternation tries them in order). "…项目" is the commonest; the rest are what news
 * calls a project when it names the thing built: 中航绿色电源科技园, 翔蜂新能源产业园, 邹区灯博广场.
 */
export const PROJECT_NOUNS: readonly string[] = [
  "项目",
  "工程",
  "基地",
  "产业园",
  "科技园",
  "创新园",
  "产业城",
  "科技城",
  "园区",
  "中心",
  "平台",
  "工厂",
  "新厂",
  "总部",
  "生产线",
  "研究院",
  "创新院",
  "示范区",
  "集聚区",
  "储气库",
  "电站",
  "数字港",
  "港",
  "广场",
  "综合体",
  "街区",
  "互联网",
  // Buildings and works that news names as the project itself: a hospital's new campus (…院区), a school's
  // (…校区), a tower, a bridge, a station, a park of a trade.
  "院区",
  "校区",
  "大厦",
  "大楼",
  "双子楼",
  "综合楼",
  "物流园",
  "工业园",
  "软件园",
  "孵化园",
  "科创园",
  "创业园",
  "公园",
  "小镇",
  "大桥",
  "隧道",
  "水厂",
  "电厂",
  "加氢站",
  "充电站",
  "变电站",
];

/**
 * A phase after a name: 一期, (二期), （三期）, 一期项目, 项目一期, 扩能 / 技改 stay part of the name itself.
 * Written as a pattern so "项目(二期)" and "二期工程" both read.
 */
export const PHASE_SUFFIX = "(?:[(（]?(?:[一二三四五六七八九十首]|[1-9])期(?:工程|项目)?[)）]?)";

/**
 * Words that never stand inside a project name: where one is found, the name starts after it.
 * "总投资20亿元的X项目" (的), "在金坛投资热电联产项目" (在, 投资), "合作共建了X" (共建了), "暨X项目奠基仪式" (暨).
 * Longest first, so 共建 is cut as a whole before 建设 could be.
 */
export const CUT_WORDS: readonly string[] = [
  // "本次签约的项目有A、B、C": the projects a sentence lists follow 项目有 / 项目为 / 项目是.
  "项目有",
  "项目为",
  "项目是",
  "分别是",
  "分别为",
  "分别有",
  "合作共建",
  "投资运营",
  "投资建设",
  "签约建设",
  "开工建设",
  "加快推进",
  "重点推进",
  "全力推进",
  "走进了",
  "察看了",
  "来到了",
  "共建了",
  "建设了",
  "引进了",
  "还有",
  "共有",
  "拥有",
  "正在",
  "又一",
  "以及",
  "包括",
  "包含",
  "其中",
  "共建",
  "建设",
  "新建",
  "扩建",
  "打造",
  "投资",
  "引进",
  "招引",
  "推进",
  "推动",
  "实施",
  "签约",
  "签署",
  "签订",
  "启动",
  "举行",
  "召开",
  "宣布",
  "列入",
  "涉足",
  "解决",
  "涵盖",
  "督查",
  // "坚持项目为王", "始终坚持项目引领": a creed, no name.
  "坚持",
  "打造成",
  "在建",
  "续建",
  "走进",
  "察看",
  "来到",
  "考察",
  "观摩",
  "调研",
  "参观",
  "位于",
  "落户",
  "入驻",
  "落地",
  "开工",
  "竣工",
  "奠基",
  "投产",
  "作为",
  "成为",
  "属于",
  "特别是",
  "比如",
  "例如",
  "譬如",
  "诸如",
  "已有",
  "现有",
  "品牌",
  "设立",
  "尤其是",
  "当天",
  "当日",
  "目前",
  "近日",
  "日前",
  "此次",
  "本次",
  "今年",
  "去年",
  "的",
  "了",
  "在",
  "于",
  "为",
  "是",
  "将",
  "把",
  "就",
  "暨",
  "等",
  "拟",
  "已",
  "被",
];

/**
 * Words that may join two parts of one name and are cut only where both sides are names on their own:
 * "上汽时代和时代上汽先进动力电池产业化项目(二期)" is one project, "武进高新区产业化基地和钟楼区智能制造基地" two.
 */
export const JOINING_WORDS: ReadonlySet<string> = new Set(["和", "及", "与"]);

/**
 * Labels before a name that only classify it: "市重点项目三菱车用发电机", "省级重大项目:…", "旗舰型城市综合体项目
 * 邹区灯博广场一期". Removed from the front of a name.
 */
export const LABEL_PREFIX =
  /^(?:(?:江苏)?(?:省|市|区|县|国家|省级|市级|区级)?(?:重点|重大|重特大|重要)(?:产业|工业|制造业|服务业)?项目|台企项目|外资项目)[:：]?/;

/**
 * Words with no name of their own: a phrase made only of these (and places, numbers, 项目) speaks of projects
 * in general — 重大项目, 本次项目, 新建项目, 这三个大项目, 产业园区创新发展项目 — not of one project.
 */
export const GENERIC_WORDS: readonly string[] = [
  "重特大",
  "重大",
  "重点",
  "重要",
  "优质",
  "龙头",
  "旗舰",
  "标志性",
  "战略性",
  "新兴",
  "先进",
  "高端",
  "产业化",
  "产业链",
  "产业",
  "工业",
  "制造业",
  "服务业",
  "制造",
  "服务",
  "民生",
  "社会事业",
  "基础设施",
  "城市建设",
  "配套",
  "提升",
  "升级",
  "实施",
  "在建",
  "续建",
  "新建",
  "储备",
  "预备",
  "新开工",
  "开工",
  "竣工",
  "签约",
  "集中",
  "招商",
  "招引",
  "引进",
  "外资",
  "内资",
  "台企",
  "民营",
  "科技",
  "创新",
  "发展",
  "合作",
  "投资",
  "建设",
  "新",
  "大",
  "好",
  "优",
  "省级",
  "市级",
  "区级",
  "县级",
  "镇级",
  "省",
  "市",
  "区",
  "县",
  "镇",
  "级",
  "各类",
  "各",
  "类",
  "个",
  "批",
  "一批",
  "多个",
  "系列",
  "相关",
  "其他",
  "其它",
  "同类",
  "该",
  "本",
  "此",
  "这",
  "那",
  "上述",
  "首批",
  "年度",
  "全年",
  "全市",
  "全区",
  "全省",
  "开发区",
  "互联网",
  "首期",
  "精品",
  // Parts of one undertaking, not undertakings: 整体项目, 主体工程, 房建工程, 机电工程, 所有生产线, 商务中心.
  "整体",
  "部分",
  "所有",
  "全部",
  "主体",
  "附属",
  "交安",
  "房建",
  "土建",
  "机电",
  "安装",
  "装修",
  "绿化",
  "景观",
  "管网",
  "道路",
  "商务",
  "办公",
  "生产线",
  "厂房",
  "客户体验",
  "生产",
  "区域",
  "工程",
  "项目",
  "期",
  "“",
  "”",
];

/**
 * What a name cannot start with: a demonstrative or quantity (这三个大项目, 又一项目, 该项目, 一批), an ordinal
 * (第二次重点项目), a time (2017年, 今年, 一季度), or a verb (建设, 推进, 启动竣工项目).
 */
// A number opens no name ("3个项目", "2024年…"), except a size or capacity that is part of it ("12英寸功率半导体
// 晶圆制造项目", "10GWh储能电池项目").
export const BAD_NAME_START =
  /^(?:[这该此本那其每各某又另哪要]|上述|一批|一些|多个|多条|多家|多项|数个|若干|首批|第|既有|也有|着力|高质量|贯彻|落实|宣布|强化|保持|巩固|涉足|解决|督查|列入|入库|新增|打造|[0-9０-９](?![0-9０-９.]*(?:英寸|吋|纳米|nm|GWh|MWh|GW|MW|兆瓦|万吨|万台|万套|万辆|万片|亿片)[\u4e00-\u9fffA-Za-z])|今年|去年|明年|当年|全年|[一二三四]季度|上半年|下半年|年度|近年|建设|推进|推动|加快|启动|实施|开展|围绕|按照|通过|根据|依托|聚焦|聚力|助力|确保|力争|努力|全力|招引|引进|完成|实现|做好|抓好|服务|进行|包含|包括|共同|不断|持续|积极|主动|新招引|新引进|运营|建成|开工|签约|签下|投产|落户|集中|纳入|入选|列为|促进|集聚(?!区)|汇聚|狠抓|大抓|抓|进一步|提升|深化|参照|比如|例如|譬如|诸如|选址|设立|对|向|把|从|以|由|与|和|及|更多|首个|首家|一个|其他|其余|部分|所有|全部|整体|一大批|大批|这类|此类|该类|各类|集团|公司|企业|有(?!机|色|限)|随着|且|并|而|但|及其|[(（)）]|[一二三四五六七八九十两]+大?(?:核|区|园|中心|基地|平台|示范区|工程|项目|板块|产业))/;

/** Names of a kind of project, not of one: "两特三新产业链项目", "科技平台类项目", "配套项目". */
export const GENERIC_SUFFIX =
  /(?:产业链|类|系列|配套|民生|等)项目$|(?:突破|提升|推进|深化|攻坚|增效|建设)?年$/;

/** Words a name never holds: verbs and function words of the sentence around it. */
// Verbs that take projects as their object (督导…项目, 询问项目, 抓住项目, 招来项目) and adverbs of a sentence
// (不仅, 紧紧, 详细) make a verb phrase, never a name.
export const NOT_IN_NAME =
  /[了在拟将已向对把被为是各+＋]|以(?!色列)|督导|督查|询问|了解|抓住|招来|深入|谋划|储备|争取|对接|洽谈|走访|调度|协调|指导|检查|视察|关注|落实|保障|服务于|不仅|紧紧|详细|全力|持续|积极|书记|区长|市长|镇长|县长|主任|主席|局长|部长|院士|教授|总裁|经理|进行|推动|支持|吸引|成为|进入|承接|作出|具有|共有|努力|表示|希望|签署|带动|更多|董事长|一行|负责人|领域|等地|达成|举行|实现|加快|推进|围绕|招商|还有|一批|亿元|万元|美元|不断|招引|累计|合计|共计|总投资|计划总投|[近超约]?[0-9０-９]+(?:个|项|家|批|大)/;
