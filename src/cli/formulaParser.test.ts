import { FormulaSyntaxError, parseFormula } from "./formulaParser";

describe("parseFormula", () => {
  test.each([
    ['=CZ.TOTAL("新能源","金坛")', "TOTAL", ["新能源", "金坛"]],
    ['=CZ.TOTAL("新能源", , "总投资", "high")', "TOTAL", ["新能源", null, "总投资", "high"]],
    ['=cz.count( "*" ,,"签约", 2018 )', "COUNT", ["*", null, "签约", 2018]],
    ['CZ.PROJECT("a ""quoted"" name")', "PROJECT", ['a "quoted" name']],
    ["=CZ.VERSION()", "VERSION", []],
    ['=CZ.TOTAL("x",TRUE,-1.5)', "TOTAL", ["x", true, -1.5]],
    ['=CZ.TOTAL("x",)', "TOTAL", ["x", null]],
  ])("%s", (text, id, args) => {
    expect(parseFormula(text)).toEqual({ id, args });
  });

  test.each([
    ["=SUM(1)", "CZ function"],
    ['=CZ.TOTAL("x"', "missing ')'"],
    ['=CZ.TOTAL("x)', "unterminated"],
    ["=CZ.TOTAL(A1)", "not a literal"],
    ['=CZ.TOTAL("x") + 1', "after the closing"],
  ])("%s is refused: %s", (text, message) => {
    expect(() => parseFormula(text)).toThrow(FormulaSyntaxError);
    expect(() => parseFormula(text)).toThrow(message);
  });
});

test("with a workbook, cell references are arguments to read", () => {
  expect(parseFormula('=CZ.TOTAL($A5,B$2,,"high")', { references: true })).toEqual({
    id: "TOTAL",
    args: [{ ref: "$A5" }, { ref: "B$2" }, null, "high"],
  });
  expect(() => parseFormula("=CZ.TOTAL(A1:B2)", { references: true })).toThrow("not a literal");
});
