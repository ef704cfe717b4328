import { allMatches } from "./matches";

const same = (pattern: RegExp, text: string) =>
  expect(allMatches(pattern, text).map((m) => [m.index, ...m])).toEqual(
    [...text.matchAll(pattern)].map((m) => [m.index, ...m]),
  );

describe("allMatches", () => {
  it("finds what matchAll finds, groups and positions included", () => {
    same(/(签约|开工)(仪式)?/g, "上午签约仪式后，项目开工，随后再签约。");
    same(/[0-9]+亿元/g, "没有金额");
  });

  it("steps past empty matches, by code point under the u flag", () => {
    same(/a*/g, "baab");
    same(/x*/gu, "𠀀常𠀁");
  });

  it("leaves the pattern ready for the next caller, even when a caller scans again inside its loop", () => {
    const pattern = /项目/g;
    const outer = allMatches(pattern, "甲项目、乙项目");
    const inner = outer.map(() => allMatches(pattern, "丙项目").length);
    expect(outer.map((m) => m.index)).toEqual([1, 5]);
    expect(inner).toEqual([1, 1]);
    expect(pattern.lastIndex).toBe(0);
  });

  it("refuses a pattern without the g flag, as matchAll does", () => {
    expect(() => allMatches(/项目/, "项目")).toThrow(/global pattern/);
  });
});
