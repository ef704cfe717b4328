import { cleanArticle, splitSentences, stripMarkup } from "./clean";

describe("stripMarkup", () => {
  it.each([
    ["投资环境、span>今年5月,钟楼区", "投资环境、\n今年5月,钟楼区"],
    ["新突破、/span> 此外,副市长", "新突破、\n 此外,副市长"],
    ["<p>第一段</p><p>第二段</p>", "\n第一段\n\n第二段\n"],
    ["<b>加粗</b>文字", "加粗文字"],
    ["总投资&nbsp;10亿元&amp;", "总投资 10亿元&"],
    ["&#24120;&#x5dde;", "常州"],
  ])("%s", (input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });

  it.each([
    [
      '<p>计划总投资5亿元。</p><script type="text/javascript">document.write("总投资100亿元");</script><p>下一段</p>',
      "\n计划总投资5亿元。\n\n\n下一段\n",
    ],
    ["正文<style>.a{width:100px}</style>结尾", "正文\n结尾"],
    ["正文<!-- 投资200亿元 -->结尾", "正文\n结尾"],
    ["<SCRIPT>var x = '30亿元';</SCRIPT >正文", "\n正文"],
    ["正文<script>document.write('50亿元')", "正文\n"],
  ])("drops script, style and comments with their content: %s", (input, expected) => {
    expect(stripMarkup(input)).toBe(expected);
  });

  it("keeps prose that only looks like markup", () => {
    expect(stripMarkup("指标a>b时")).toBe("指标a>b时");
  });
});

describe("splitSentences", () => {
  it.each([
    ["汪泉一行拜访了中石化。中车股份拟建基地。", ["汪泉一行拜访了中石化。", "中车股份拟建基地。"]],
    // Paragraphs run together: a space between two Chinese runs is all that is left of the break.
    [
      "推动常州重大项目建设迈上新台阶 汪泉一行分别拜访了",
      ["推动常州重大项目建设迈上新台阶", "汪泉一行分别拜访了"],
    ],
    ["支持项目早日实现预期目标 13日,市长丁纯一行", ["支持项目早日实现预期目标", "13日,市长丁纯一行"]],
    ["共同协商“2019世界工业博览会”的筹备。下一句", ["共同协商“2019世界工业博览会”的筹备。", "下一句"]],
    ["他说:“项目很好。”随后签约", ["他说:“项目很好。”", "随后签约"]],
  ])("%s", (input, expected) => {
    expect(splitSentences(input).map((s) => s.text)).toEqual(expected);
  });

  it("does not split a date written with spaces (2021 年 07 月 01 日)", () => {
    expect(splitSentences("发布时间:2021 年 07 月 01 日 来源").map((s) => s.text)).toEqual([
      "发布时间:2021 年 07 月 01 日",
      "来源",
    ]);
  });

  it("positions each sentence in the text", () => {
    const text = "第一句。第二句。";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe("cleanArticle", () => {
  it("finds every garbled position of the seed's damage (总投?0亿元, ?017年, 11?2日)", () => {
    const { text, garbled } = cleanArticle("11?2日起,一期总投?0亿元。方向?017年,共有项目。");
    expect(garbled.map((i) => text.slice(i - 2, i + 3))).toEqual(["11?2日", "总投?0亿", "方向?01"]);
  });

  it("does not take the full-width question mark for damage", () => {
    expect(cleanArticle("这是什么？下一句").garbled).toEqual([]);
  });

  it("folds white space and keeps paragraph breaks", () => {
    expect(cleanArticle("  第一段\r\n\r\n\r\n第二段\u3000\u3000正文  ").text).toBe("第一段\n第二段 正文");
  });

  it("returns no sentences for an empty text", () => {
    expect(cleanArticle("   ").sentences).toEqual([]);
  });
});
