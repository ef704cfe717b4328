import { parseNumeral, roundSignificant, toHalfWidth } from "./numerals";

describe("parseNumeral", () => {
  it.each<[string, number]>([
    // Arabic, with thousands separators and full-width digits.
    ["105", 105],
    ["2.1", 2.1],
    ["1,007.9", 1007.9],
    ["１０５", 105],
    ["１，００７．９", 1007.9],
    // Chinese numerals.
    ["十", 10],
    ["十二", 12],
    ["二十", 20],
    ["一百二十", 120],
    ["一千零五", 1005],
    ["两", 2],
    ["两千", 2000],
    ["三点五", 3.5],
    ["〇", 0],
    ["零", 0],
    ["二〇一八", 2018],
    ["一百五", 150],
    ["两万五", 25000],
    // 百 and 千 alone, as in 超百亿元 and 超千万元.
    ["百", 100],
    ["千", 1000],
    // 大写 numerals.
    ["壹佰贰拾", 120],
    ["叁仟", 3000],
    // Mixed Arabic and Chinese multipliers.
    ["1.2万", 12000],
    ["17万", 170000],
    ["3千万", 30000000],
    ["1.33万亿", 1.33e12],
    ["一亿二千万", 120000000],
  ])("%s → %d", (input, expected) => {
    expect(parseNumeral(input)).toBe(expected);
  });

  it.each<[string]>([
    // Unknown characters are reported, never skipped.
    ["12x"],
    ["一期"],
    ["总投资"],
    // A comma that is no thousands separator.
    ["1,00"],
    ["1.2.3"],
    // Two numbers run together.
    ["12三"],
    [""],
  ])("%s → null", (input) => {
    expect(parseNumeral(input)).toBeNull();
  });
});

describe("roundSignificant", () => {
  it.each<[number, number]>([
    [1.38 + 8, 9.38],
    [0.1 + 0.2, 0.3],
    [720 / 1e4, 0.072],
    [0, 0],
  ])("%d → %d", (input, expected) => {
    expect(roundSignificant(input)).toBe(expected);
  });
});

describe("toHalfWidth", () => {
  it.each<[string, string]>([
    ["１０５", "105"],
    ["１，００７．９", "1,007.9"],
    ["总投资１０５亿元", "总投资105亿元"],
  ])("%s → %s", (input, expected) => {
    expect(toHalfWidth(input)).toBe(expected);
  });
});
