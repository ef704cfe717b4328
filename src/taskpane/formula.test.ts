import { buildFormula, quoteText } from "./formula";

describe("quoteText", () => {
  test("wraps text in double quotes", () => expect(quoteText("新能源")).toBe('"新能源"'));
  test('doubles a " inside the text', () => expect(quoteText('12" pipe')).toBe('"12"" pipe"'));
  test("keeps a leading = as text inside the literal", () => expect(quoteText("=1+1")).toBe('"=1+1"'));
});

describe("buildFormula", () => {
  test('=CZ.TOTAL("新能源","金坛")', () =>
    expect(buildFormula("TOTAL", ["新能源", "金坛"])).toBe('=CZ.TOTAL("新能源","金坛")'));
  test("an empty argument in the middle stays as an empty string", () =>
    expect(buildFormula("COUNT", ["*", "", "签约"])).toBe('=CZ.COUNT("*","","签约")'));
  test("empty arguments at the end are left out", () =>
    expect(buildFormula("TOTAL", ["新能源", "", "  ", undefined])).toBe('=CZ.TOTAL("新能源")'));
  test("a function without arguments", () => expect(buildFormula("VERSION", [])).toBe("=CZ.VERSION()"));
  test("arguments are trimmed", () => expect(buildFormula("TOTAL", [" 光伏 "])).toBe('=CZ.TOTAL("光伏")'));
  test("quotes inside an argument are escaped", () =>
    expect(buildFormula("PROJECT", ['A"B', "name"])).toBe('=CZ.PROJECT("A""B","name")'));
});
