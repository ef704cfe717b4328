import { cleanArticle } from "./clean";
import { extractDates } from "./dates";
import type { DateMention } from "./types";

type Row = [
  input: string,
  published: string | null,
  text: string,
  value: string | null,
  qualifier: DateMention["qualifier"],
];

/** One sentence, the expression expected in it, and what it resolves to. Seed sentences first, then our own. */
const ROWS: Row[] = [
  // Seed (published 2018-11-13).
  [
    "今年5月,钟楼区与中国电子信息集团下属的中电通商融资租赁有限公司签约",
    "2018-11-13",
    "今年5月",
    "2018-05",
    "relative",
  ],
  [
    "中国科学院空天信息研究院是去年在中国科学院电子学研究所基础上整合成立的",
    "2018-11-13",
    "去年",
    "2017",
    "relative",
  ],
  ["一期工程于2017?月开工建设", "2018-11-13", "2017?月", "2017", "garbled"],
  ["共同协商?019世界工业和能源互联网博览会”的筹备和举办事宜", "2018-11-13", "?019", "2019", "restored"],
  [
    "汪泉一行深入了解近年来的科研成果和未来研究方向?017年,中科院物理所共有在研项目568项",
    "2018-11-13",
    "?017年",
    "2017",
    "restored",
  ],
  ["大唐国?016年在金坛投资热电联产项目", "2018-11-13", "?016年", "2016", "restored"],
  ["11?2日起,市委书记汪泉率常州党政代表团赴北京对接央企", "2018-11-13", "11?2日", "2018-11", "garbled"],
  [
    "机械科学研究总院集团有限公司2010年在常州科教城成立了江苏分院有限公司",
    "2018-11-13",
    "2010年",
    "2010",
    "exact",
  ],
  ["今年初又与常州签署了全面战略合作协议", "2018-11-13", "今年初", "2018", "relative"],
  ["2017年至今已完成投资", "2018-11-13", "2017年", "2017", "exact"],
  // Absolute dates, as written in datelines and prose.
  ["发布日期: 2021 年 07 月 01 日 11:10", "2021-07-01", "2021 年 07 月 01 日", "2021-07-01", "exact"],
  ["2021年02月24日 16:13 来源:新华日报", null, "2021年02月24日", "2021-02-24", "exact"],
  ["项目于2018年5月开工", "2018-11-13", "2018年5月", "2018-05", "exact"],
  ["发布日期:2019-06-03 来源:发改局", "2019-06-03", "2019-06-03", "2019-06-03", "exact"],
  ["签约时间2019/6/3", null, "2019/6/3", "2019-06-03", "exact"],
  ["13.02.2017 15:04 江苏新闻", "2017-02-13", "13.02.2017", "2017-02-13", "exact"],
  ["预计2024年建成投产", "2021-07-01", "2024年", "2024", "exact"],
  ["二〇一八年项目全面开工", null, "二〇一八年", "2018", "exact"],
  // The end of a year is its last month, as 8月底 is its month.
  ["力争2019年底前竣工", "2018-11-13", "2019年底", "2019-12", "exact"],
  ["2022年年末达到", "2023-01-19", "2022年年末", "2022-12", "exact"],
  // Month and day without year: the published year, or the year before when that would be far ahead.
  ["11月12日,代表团抵达北京", "2018-11-13", "11月12日", "2018-11-12", "relative"],
  ["12月28日,项目举行签约仪式", "2019-01-05", "12月28日", "2018-12-28", "relative"],
  ["项目将于12月底前竣工", "2019-07-05", "12月底", "2019-12", "relative"],
  ["至8月底累计完成投资15亿元", "2016-09-02", "8月底", "2016-08", "relative"],
  ["5月份新开工项目12个", "2018-11-13", "5月份", "2018-05", "relative"],
  ["6月18号上午举行开工仪式", "2021-07-01", "6月18号", "2021-06-18", "relative"],
  ["7月24日上午,推进会在溧阳举行", null, "7月24日", null, "relative"],
  // A day alone: the month of the date before it, else the published month.
  ["2021年02月24日 23日上午,项目集中开工", "2021-02-24", "23日", "2021-02-23", "relative"],
  [
    "11?3日,汪泉一行拜访了基金公司。13日,市长丁纯一行拜访了信通院",
    "2018-11-13",
    "13日",
    "2018-11-13",
    "relative",
  ],
  ["18日下午,金坛区举行签约仪式", "2015-08-24", "18日", "2015-08-18", "relative"],
  ["28日,项目正式投产", "2018-11-02", "28日", "2018-10-28", "relative"],
  ["23日上午,项目集中开工", null, "23日", null, "relative"],
  // Relative to the published date.
  ["今年武进区列入重点项目67个", "2016-09-02", "今年", "2016", "relative"],
  ["将于今年11月前建成投产", "2016-01-12", "今年11月", "2016-11", "relative"],
  ["二期项目将于年内启动", "2016-01-12", "年内", "2016", "relative"],
  ["整体规划目标预计明年全部完成", "2016-01-12", "明年", "2017", "relative"],
  ["去年8月18日,省政府与企业签署协议", "2016-01-12", "去年8月18日", "2015-08-18", "relative"],
  ["投资完成率比去年同期高出5个百分点", "2016-09-02", "去年同期", "2015", "relative"],
  ["项目计划今年年底建成", "2020-03-01", "今年年底", "2020-12", "relative"],
  ["力争年底前投产", "2017-09-13", "年底", "2017-12", "relative"],
  ["将于本月28日开幕", "2020-09-07", "本月28日", "2020-09-28", "relative"],
  ["记者今天从区发改局获悉", "2018-09-28", "今天", "2018-09-28", "relative"],
  ["昨日,市长会见了企业负责人", "2018-03-01", "昨日", "2018-02-28", "relative"],
  ["前天,项目正式投产", "2018-03-01", "前天", "2018-02-27", "relative"],
  ["上月,该项目签约落户", "2024-01-10", "上月", "2023-12", "relative"],
  ["上个月底主体封顶", "2024-01-10", "上个月底", "2023-12", "relative"],
  ["本月开工的项目共12个", "2024-01-10", "本月", "2024-01", "relative"],
  ["2月12日,重大项目集中开工。当天开工的项目共40个", "2017-02-13", "当天", "2017-02-12", "relative"],
  ["当日奠基的项目总投资100亿元", "2023-02-19", "当日", "2023-02-19", "relative"],
  ["今年以来,新引进项目30个", null, "今年", null, "relative"],
  // Not a single date: reported with no value.
  ["努力实现武进“十三五”的精彩开篇", "2016-09-02", "十三五", null, "exact"],
  ["为常州“十四五”经济社会发展奠定基础", "2021-02-26", "十四五", null, "exact"],
  ["1—8月,重点项目投资完成率提高", "2016-09-02", "1—8月", null, "exact"],
  ["1-6月,全区签约项目25个", "2022-07-04", "1-6月", null, "exact"],
  ["1—5月份,新增入库项目20个", "2023-06-12", "1—5月份", null, "exact"],
  ["一季度重大项目签约仪式", "2023-02-19", "一季度", null, "exact"],
  ["日前,中节能与常州签署战略合作协议", "2018-11-13", "日前", null, "exact"],
  ["规划期为2016-2020年", "2016-01-12", "2016-2020年", null, "exact"],
  ["该项目?0?8年建成", "2018-11-13", "?0?8年", null, "garbled"],
];

/** Sentences with numbers or date characters and no date at all. */
const NEGATIVES: Array<[input: string, published: string | null]> = [
  ["计划总投资2000亿元", "2018-11-13"],
  ["员工17万多人,在研项目568项", "2018-11-13"],
  ["设计供热能力420吨/小时", "2018-11-13"],
  ["建设周期预计为24个月", "2021-02-24"],
  ["一期总投?0亿元", "2018-11-13"],
  ["总规模超?00万平方米", "2018-11-13"],
  ["投资?000万元建设研发中心", "2018-11-13"],
  ["技术支持电话:0519-85685023", "2015-08-24"],
  ["如今年轻人纷纷返乡创业", "2018-11-13"],
  ["过去年均增长8%", "2018-11-13"],
  ["企业职工基本月薪上调", "2018-11-13"],
  ["目前天然气管网已铺设", "2018-11-13"],
  ["专利说明年度报告", "2018-11-13"],
  ["每年年底进行考核", "2018-11-13"],
  ["项目须在5年内建成", "2018-11-13"],
  ["确保3日内完成审批", "2018-11-13"],
  ["兑换100日元", "2018-11-13"],
  ["地铁1号线", "2018-11-13"],
  ["常州持续14年的一场科技之约", "2019-08-13"],
  ["形成年产30万套的能力", "2023-02-19"],
];

const mentionOf = (input: string, published: string | null, text: string) =>
  extractDates(input, published).find((d) => d.text === text);

describe("extractDates", () => {
  it.each(ROWS)("%s (published %s): %s → %s %s", (input, published, text, value, qualifier) => {
    const mention = mentionOf(input, published, text);
    expect(mention).toMatchObject({ text, value, qualifier });
    expect(input.slice(mention?.start, mention?.end)).toBe(text);
    expect(mention?.precision ?? null).toBe(
      value === null ? null : ["year", "month", "day"][value.split("-").length - 1],
    );
  });

  it.each(NEGATIVES)("%s (published %s) has no date", (input, published) => {
    expect(extractDates(input, published).filter((d) => d.value !== null)).toEqual([]);
  });

  it("sorts mentions by position and keeps 今年5月 whole", () => {
    const dates = extractDates("今年5月签约,去年开工,2017年投产", "2018-11-13");
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ["今年5月", "2018-05"],
      ["去年", "2017"],
      ["2017年", "2017"],
    ]);
  });

  it("splits 今年1-6月 into the year and a period", () => {
    const dates = extractDates("今年1-6月,全区共签约项目25个", "2022-07-04");
    expect(dates.map((d) => [d.text, d.value])).toEqual([
      ["今年", "2022"],
      ["1-6月", null],
    ]);
  });

  /** Consecutive passages of the seed article (published 2018-11-13), as published: garbled, with a tag remnant. */
  const SEED = [
    "11?2日起,市委书记汪泉率常州党政代表团赴北京对接央企和大院大所",
    "汪泉一行深入了解近年来的科研成果和未来研究方向?017年,中科院物理所共有在研项目568项。",
    "11?3日,汪泉一行拜访了国家集成电路产业投资基金股份有限公司。",
    "13日,市长丁纯一行拜访了中国信息通信研究院,共同协商?019世界工业和能源互联网博览会”的筹备和举办事宜。",
    "一期工程于2017?月开工建设,设计供热能力420?小时,建成投产后全年可发?4.7亿千瓦时",
    "进一步完善和提升投资环境、span>今年5月,钟楼区与中国电子信息集团下属的中电通商融资租赁有限公司签约",
  ].join(" ");

  it("reads the seed passages as DESIGN.md says", () => {
    const { text } = cleanArticle(SEED);
    expect(extractDates(text, "2018-11-13").map((d) => [d.text, d.value, d.qualifier])).toEqual([
      ["11?2日", "2018-11", "garbled"],
      ["?017年", "2017", "restored"],
      ["11?3日", "2018-11", "garbled"],
      ["13日", "2018-11-13", "relative"],
      ["?019", "2019", "restored"],
      ["2017?月", "2017", "garbled"],
      ["今年5月", "2018-05", "relative"],
    ]);
  });
});
