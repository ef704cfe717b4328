import { pageDate, urlDate } from "./pageDate";

describe("pageDate", () => {
  it.each([
    ["2018-11-13 10:21", "2018-11-13"],
    ["2018-11-13", "2018-11-13"],
    ["2018年11月13日", "2018-11-13"],
    ["2021 年 07 月 01 日 11:10", "2021-07-01"],
    ["2018/11/13", "2018-11-13"],
    ["2018.11.13", "2018-11-13"],
    ["2019-6-3", "2019-06-03"],
    ["2022-11-01T09:30:00+08:00", "2022-11-01"],
    // 18:30 UTC is already the next morning in Changzhou.
    ["2018-11-12T18:30:00Z", "2018-11-13"],
    ["2018-11-12T18:30:00.000-05:00", "2018-11-13"],
    ["2018-02-30", null],
    ["2018-13-01", null],
    ["浏览次数：1024", null],
    ["", null],
  ])("%s → %s", (text, expected) => {
    expect(pageDate(text)).toBe(expected);
  });
});

describe("urlDate", () => {
  it.each([
    ["https://www.example.gov.cn/art/2019/6/3/art_1_36364.html", "2019-06-03"],
    ["https://news.example.cn/20210701-96889.html", "2021-07-01"],
    ["https://www.example.gov.cn/xwzx/t20181113_123456.html", "2018-11-13"],
    ["https://www.example.gov.cn/html/fgw/2019/NCMJLMBC_0603/36364.html", null],
    ["https://www.example.gov.cn/news/12345678.html", null],
    ["not a url", null],
  ])("%s → %s", (url, expected) => {
    expect(urlDate(url)).toBe(expected);
  });
});
