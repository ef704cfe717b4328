import { daysInMonth, lostDigitReadings, onlyReading, yearBounds } from "./datesGarbled";

describe("lostDigitReadings", () => {
  it.each<[what: string, tail: string, min: number, max: number, digits: number, readings: number[]]>([
    ["?017年 in 2018: only 2017", "017", 1900, 2028, 4, [2017]],
    ["?019 in 2018: only 2019", "019", 1900, 2028, 4, [2019]],
    ["?099年 with no published date: only 2099 (1099 is too early)", "099", 1900, 2100, 4, [2099]],
    ["?850年: no year (1850 too early, 2850 too late)", "850", 1900, 2100, 4, []],
    ["11?2日: day 2, 12 or 22", "2", 1, 31, 2, [2, 12, 22]],
    ["2017?月: any month 1–9", "", 1, 12, 2, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    ["2017?0月: only 10月", "0", 1, 12, 2, [10]],
    ["11?32日: no day", "32", 1, 30, 2, []],
  ])("%s", (_what, tail, min, max, digits, readings) => {
    expect(lostDigitReadings(tail, min, max, digits)).toEqual(readings);
  });
});

describe("dates helpers", () => {
  it("bounds years from 1900 to ten years after publication", () => {
    expect(yearBounds(2018)).toEqual({ min: 1900, max: 2028 });
    expect(yearBounds(null)).toEqual({ min: 1900, max: 2100 });
  });

  it.each<[month: number, year: number | null, days: number]>([
    [2, 2017, 28],
    [2, 2016, 29],
    [2, null, 29],
    [11, 2018, 30],
    [12, 2018, 31],
  ])("month %i of %s has %i days", (month, year, days) => {
    expect(daysInMonth(month, year)).toBe(days);
  });

  it("restores only a single reading", () => {
    expect(onlyReading([2017])).toBe(2017);
    expect(onlyReading([2, 12, 22])).toBeNull();
    expect(onlyReading([])).toBeNull();
  });
});
