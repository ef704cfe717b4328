import { infoFields, isInfoLine, lineFields } from "./infoLine";

describe("the info line under a page's headline", () => {
  // [line, published, publisher]: shapes seen on Changzhou's government and news sites.
  const lines: [string, string | null, string | null][] = [
    ["发布日期:2019-06-03      来源:发改委    浏览次数:    字号:〖大 中 小〗", "2019-06-03", "发改委"],
    ["信息来源:经信局 发布时间:2017-09-13 浏览次数: 【打印】 【字体:", "2017-09-13", "经信局"],
    ["时间:2018-09-28 19:06:14 来源:武进新闻 作者:阳湖网", "2018-09-28", "武进新闻"],
    ["作者: | 发布日期: 2021 年 07 月 01 日 11:10 | 分类:", "2021-07-01", null],
    [
      "发布时间:2020-11-02  来源:常州市宣传统战部  发布开发区:常州国家高新技术产业开发区",
      "2020-11-02",
      "常州市宣传统战部",
    ],
    ["时间：2021-07-01 08:05来源：常州日报作者：记者 王晓明", "2021-07-01", "常州日报"],
    [
      "发布日期：2020年05月22日\u3000信息来源：金坛区发展和改革局\u3000浏览次数：",
      "2020-05-22",
      "金坛区发展和改革局",
    ],
    ["来源：本站原创  发布时间：2022-01-05", "2022-01-05", null],
    ["（来源：常州国家高新区(新北区)）", null, "常州国家高新区(新北区)"],
  ];
  it.each(lines)("%s", (line, published, publisher) => {
    const fields = infoFields([line]);
    expect([fields.published?.value ?? null, fields.publisher?.value ?? null]).toEqual([
      published,
      publisher,
    ]);
  });

  it("does not read a copyright notice's 来源 as the publisher", () => {
    expect(
      infoFields(["凡本网注明“来源：常州经济开发区”的所有信息内容，未经书面授权，任何单位及个人不得转载。"])
        .publisher,
    ).toBeNull();
  });

  it("takes the first line that gives each field", () => {
    expect(
      infoFields(["当前位置：首页 > 新闻", "发布时间：2019-04-11", "来源：常州日报", "来源：别处"]),
    ).toEqual({
      published: { value: "2019-04-11", label: "发布时间" },
      publisher: { value: "常州日报", label: "来源" },
    });
  });

  it("reads each labelled field of a line", () => {
    expect(Object.fromEntries(lineFields("发布日期:2019-06-03  来源:发改委  浏览次数:"))).toEqual({
      发布日期: "2019-06-03",
      来源: "发改委",
      浏览次数: "",
    });
  });

  it.each([
    ["发布时间：2019-04-11 09:32  来源：常州日报  浏览次数：", true],
    ["来源：常州日报", true],
    ["时间：5月1日上午，地点：市民广场。活动由市政府主办。", false],
    ["4月10日上午，钟楼区与中国机械科学研究总院签约。", false],
  ])("isInfoLine(%s) is %s", (line, expected) => {
    expect(isInfoLine(line as string)).toBe(expected);
  });
});
