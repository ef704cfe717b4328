import { clauseAt, clausesOf, ownStretch } from "./clauses";

const texts = (sentence: string) => clausesOf(sentence).map((c) => sentence.slice(c.start, c.end));

describe("clausesOf", () => {
  it.each([
    ["甲项目签约，总投资30亿元；乙项目开工", ["甲项目签约，", "总投资30亿元；", "乙项目开工"]],
    ["总投资30亿元其中一期12亿元", ["总投资30亿元", "其中一期12亿元"]],
    // Marks inside quotes and brackets do not split.
    ["“甲，乙”项目开工", ["“甲，乙”项目开工"]],
    ["某医院(某某院区,二期)开工,总投资5亿元", ["某医院(某某院区,二期)开工,", "总投资5亿元"]],
    ["没有标点的一句", ["没有标点的一句"]],
  ])("%s", (sentence, clauses) => {
    expect(texts(sentence)).toEqual(clauses);
  });
});

describe("ownStretch", () => {
  it("each list item gets only its own words", () => {
    const s = "甲公司减速机、乙公司液压系统项目相继开工";
    const names = [
      { start: 0, end: 6 },
      { start: 7, end: 15 },
    ];
    const clauses = clausesOf(s);
    expect(s.slice(...Object.values(ownStretch(clauses, names, names[0]!)))).toBe("甲公司减速机、");
    expect(s.slice(...Object.values(ownStretch(clauses, names, names[1]!)))).toBe(
      "、乙公司液压系统项目相继开工",
    );
  });

  it("a name alone in its clause has the whole clause", () => {
    const s = "3月5日,由某集团投资建设的某某项目开工,总投资3亿元";
    const at = s.indexOf("某某项目");
    const name = { start: at, end: at + 4 };
    const stretch = ownStretch(clausesOf(s), [name], name);
    expect(s.slice(stretch.start, stretch.end)).toBe("由某集团投资建设的某某项目开工,");
    expect(clauseAt(clausesOf(s), 0)).toEqual({ start: 0, end: 5 });
  });
});
