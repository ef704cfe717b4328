import { decimalsOf, exactMid, exactSum, roundTo } from "./decimals";

describe("decimalsOf: the decimals of a figure as written", () => {
  it.each<[number, number]>([
    [120, 0],
    [2145.16, 2],
    [0.072, 3],
    [0.3419, 4],
    [1e-7, 7],
    [1.5e-7, 8],
    [0.123456789012, 12],
    [-3.25, 2],
    [1e21, 0],
  ])("%d has %d", (value, decimals) => {
    expect(decimalsOf(value)).toBe(decimals);
  });
});

describe("sums exact to the figures' own decimals", () => {
  it("0.1 + 0.2 is 0.3, not 0.30000000000000004", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(exactSum([0.1, 0.2])).toBe(0.3);
  });

  it("many 亿元 figures with two decimals add to a number with two decimals", () => {
    // 1,000 figures of 2.15 and 0.01: plain addition drifts in the last digits.
    const figures = Array.from({ length: 1000 }, (_, i) => (i % 2 ? 2.15 : 0.01));
    expect(figures.reduce((s, v) => s + v, 0)).not.toBe(1080);
    expect(exactSum(figures)).toBe(1080);
  });

  it("keeps every decimal the figures had (0.0072 亿元 is 72万元)", () => {
    expect(exactSum([0.0072, 1.3])).toBe(1.3072);
    expect(exactSum([])).toBe(0);
  });

  it("the middle of two bounds may have one decimal more, never noise", () => {
    expect(exactMid(0.1, 0.2)).toBe(0.15);
    expect(exactMid(1.5, 2)).toBe(1.75);
    expect(exactMid(10, 90)).toBe(50);
  });

  it("rounding leaves what it cannot improve: huge decimals, non-finite values, no -0", () => {
    expect(roundTo(2145.1600000000008, 2)).toBe(2145.16);
    expect(roundTo(Number.POSITIVE_INFINITY, 2)).toBe(Number.POSITIVE_INFINITY);
    expect(Object.is(roundTo(-0.0000001, 2), 0)).toBe(true);
  });
});
