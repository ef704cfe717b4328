import { MAX_QUOTE, quoteAround } from "./quotes";

const sentenceOf = (text: string, start = 0) => ({ start, end: start + text.length, text });

describe("quoteAround", () => {
  it("quotes a sentence of ordinary length whole", () => {
    const s = sentenceOf("该项目总投资20亿元，其中一期投资8亿元。", 10);
    expect(quoteAround(s, { start: 15, end: 23 })).toBe(s.text);
  });

  it("cuts an overlong sentence to a verbatim window around the figure", () => {
    const filler = "某".repeat(2000);
    const text = `${filler}总投资20亿元${filler}`;
    const at = filler.length;
    const quote = quoteAround(sentenceOf(text), { start: at, end: at + 7 });
    expect(quote.length).toBeLessThanOrEqual(MAX_QUOTE);
    expect(quote).toContain("总投资20亿元");
    expect(text).toContain(quote);
  });

  it("keeps quotes bounded on a 2 MB line without punctuation, so output grows linearly", () => {
    const text = "总投资1亿元项目".repeat(250_000);
    const s = sentenceOf(text);
    let total = 0;
    for (let at = 0; at < text.length; at += 80_000)
      total += quoteAround(s, { start: at, end: at + 6 }).length;
    expect(total).toBeLessThanOrEqual(Math.ceil(text.length / 80_000) * MAX_QUOTE);
  });
});
