import { extractAmounts } from "./amounts";
import { splitSentences } from "./clean";
import { boundSentences, MAX_SENTENCE } from "./longSentences";

describe("boundSentences", () => {
  it("leaves sentences of ordinary length alone", () => {
    const sentences = splitSentences("该项目总投资20亿元。项目建成后年产值50亿元。");
    expect(boundSentences(sentences, [])).toEqual(sentences);
  });

  it("cuts an overlong line into pieces that cover it exactly, at a clause mark where there is one", () => {
    const text = "项目进展顺利，".repeat(300);
    const pieces = boundSentences(splitSentences(text), []);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((p) => p.text.length <= MAX_SENTENCE)).toBe(true);
    expect(pieces.map((p) => p.text).join("")).toBe(text);
    expect(pieces.every((p, i) => p.index === i && text.slice(p.start, p.end) === p.text)).toBe(true);
    expect(pieces.slice(0, -1).every((p) => p.text.endsWith("，"))).toBe(true);
  });

  it("never cuts through a figure", () => {
    const text = "常州某某新能源电池项目总投资20亿元".repeat(500);
    const amounts = extractAmounts(text);
    const pieces = boundSentences(splitSentences(text), amounts);
    for (const a of amounts) {
      const home = pieces.find((p) => p.start <= a.start && a.start < p.end)!;
      expect(a.end).toBeLessThanOrEqual(home.end);
    }
  });
});
