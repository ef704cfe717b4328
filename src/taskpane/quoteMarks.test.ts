import { highlightIn, markQuotes } from "./quoteMarks";

describe("marking quotes in the article's text", () => {
  test("each quote is marked where it stands; the rest is plain", () => {
    expect(markQuotes("甲。乙。丙。", ["乙。"])).toEqual([
      { text: "甲。", marked: false },
      { text: "乙。", marked: true },
      { text: "丙。", marked: false },
    ]);
  });

  test("overlapping and adjacent quotes make one mark; the text is never changed", () => {
    const text = "一二三四五六";
    const pieces = markQuotes(text, ["二三", "三四", "四五", "六"]);
    expect(pieces).toEqual([
      { text: "一", marked: false },
      { text: "二三四五六", marked: true },
    ]);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
  });

  test("a quote repeated in the text is marked each time; a missing quote marks nothing", () => {
    expect(markQuotes("甲乙甲", ["甲", "丁"]).filter((p) => p.marked)).toHaveLength(2);
  });

  test("a figure inside its quote", () => {
    expect(highlightIn("总投资50亿元。", "50亿元")).toEqual([
      { text: "总投资", marked: false },
      { text: "50亿元", marked: true },
      { text: "。", marked: false },
    ]);
  });
});
