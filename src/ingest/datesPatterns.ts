/**
 * Date expressions of Chinese news prose, found but not yet resolved: each pattern says what was written
 * (an absolute date, a month/day without year, a day alone, 今年/去年…, 当天, a period that is not a date).
 * Resolution against the published date and the dates before it is in dates.ts.
 */
import { daysInMonth, lostDigitReadings, onlyReading, yearBounds } from "./datesGarbled";

/** What one expression says, before resolution. */
export type RawDate =
  /** Year known from the text (2017年, 2019-06-03, 13.02.2017, ?017年); year null when nothing survives (?0?8年). */
  | { kind: "absolute"; year: number | null; month?: number; day?: number; qualifier: AbsoluteQualifier }
  /** Month (and day) without year: 11月12日, 8月底, 11?2日. */
  | { kind: "monthDay"; month: number; day?: number; qualifier: "relative" | "garbled" | "restored" }
  /** A day alone: 13日 (month and year from the date before it). */
  | { kind: "day"; day: number }
  /** 今年 (0), 去年 (-1), 明年 (+1), with an optional month and day: 去年8月18日. */
  | { kind: "yearOffset"; offset: number; month?: number; day?: number }
  /** 今天 (0), 昨天 (-1): days from the published date. */
  | { kind: "dayOffset"; offset: number }
  /** 本月28日: a day of the published month. */
  | { kind: "thisMonthDay"; day: number }
  /** 本月 (0), 上月 / 上个月 (-1): a month counted from the published one. */
  | { kind: "monthOffset"; offset: number }
  /** 当天/当日: the day of the date before it. */
  | { kind: "sameDay" }
  /** A date word that names no resolvable date: 十三五, 1—8月, 一季度, 日前. */
  | { kind: "none" };

export type AbsoluteQualifier = "exact" | "garbled" | "restored";

export interface RawMatch {
  start: number;
  end: number;
  raw: RawDate;
}

/** Half- or full-width digit (the cleaner keeps full-width digits as written). */
const D = "[0-9０-９]";
/** Parts of a month that keep month precision: 8月底 is 2016-08. */
const PART = "(?:底|初|末|上旬|中旬|下旬|份)";
/** `月` then an optional day: shared by 2018年5月20日, 5月20日, 今年5月 (groups: month, day). */
const MONTH_DAY = `(${D}{1,2})\\s*月(?:\\s*(${D}{1,2})\\s*[日号])?${PART}?`;
/** After a 3-digit tail, a character that makes it a quantity, not a year: ?000万元, ?100人, ?500多家. */
const MEASURE =
  /^[万亿千百十元角吨个家项人名位米平亩台套辆只张份件所座次倍多余月日天周小时克升度瓦号期批户条栋层间届场%％.．0-9０-９]/;
/** Characters before 明年/去年/今年 that make them part of another word: 说明年度, 过去年均, 如今年轻人. */
const NOT_RELATIVE_BEFORE = "过失除如说证表声文光聪发申阐注标透查指鲜分简英开昌清黎高严精神辨";
/** Characters before 年内/年底/年初 that make them part of another word: 每年年底, 五年内, 青年. */
const NOT_THIS_YEAR_BEFORE =
  "0-9０-９一二三四五六七八九十两几数多每当全近历往同上本今去明前后该半百千万新青少中老成年";
const CHINESE_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Reads half- or full-width digits (the cleaner keeps full-width ones as written).
 * @example toNumber("２０１８") // 2018
 */
export function toNumber(digits: string | undefined): number | undefined {
  if (digits === undefined || digits === "") return undefined;
  return Number(digits.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}

/** Month and day when they form a real date (5月31日 yes, 2月30日 no); null otherwise. */
function validMonthDay(
  year: number | null,
  month: number | undefined,
  day: number | undefined,
): { month?: number; day?: number } | null {
  if (month === undefined) return {};
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { month };
  return day >= 1 && day <= daysInMonth(month, year) ? { month, day } : null;
}

function absolute(year: number, month?: string, day?: string): RawDate | null {
  if (year < 1900 || year > 2100) return null;
  const md = validMonthDay(year, toNumber(month), toNumber(day));
  return md && { kind: "absolute", year, ...md, qualifier: "exact" };
}

type Builder = (m: RegExpExecArray, text: string, publishedYear: number | null) => RawDate | null;

/** The patterns, as data: each regex with what its match says. Overlaps are settled in dates.ts (longest first). */
export const DATE_PATTERNS: ReadonlyArray<readonly [string, RegExp, Builder]> = [
  // 2017年, 2018年5月, 2021 年 07 月 01 日 (the cleaner keeps the spaces of "2021 年 07 月 01 日"). 2024年底,
  // 2022年年末 are its last month: 2024-12, at month precision, as 8月底 is its month.
  [
    "year",
    new RegExp(`(?<![0-9０-９.．])(${D}{4})\\s*年(?:\\s*${MONTH_DAY}|年?(底|末)|${PART})?`, "g"),
    (m) => absolute(toNumber(m[1]) ?? 0, m[4] ? "12" : m[2], m[3]),
  ],
  // 二〇一八年: a year in Chinese digits.
  [
    "chineseYear",
    /[〇零一二三四五六七八九]{4}年/g,
    (m) => absolute(Number([...m[0].slice(0, 4)].map((c) => CHINESE_DIGITS[c] ?? 0).join(""))),
  ],
  // 2019-06-03, 2019/6/3, 2019.06.03 (datelines); a phone number 0519-86619627 fails the year and day checks.
  [
    "iso",
    new RegExp(`(?<![0-9０-９])(${D}{4})([-/.．])(${D}{1,2})\\2(${D}{1,2})(?![0-9０-９])`, "g"),
    (m) => absolute(toNumber(m[1]) ?? 0, m[3], m[4]),
  ],
  // 13.02.2017: a dateline in day.month.year order.
  [
    "dmy",
    new RegExp(`(?<![0-9０-９.．])(${D}{1,2})\\.(${D}{1,2})\\.(${D}{4})(?![0-9０-９])`, "g"),
    (m) => absolute(toNumber(m[3]) ?? 0, m[2], m[1]),
  ],
  // 11月12日, 5月, 8月底, 6月18号. Not 24个月 (no digit before 月).
  [
    "monthDay",
    new RegExp(`(?<![0-9０-９?？.．])${MONTH_DAY}`, "g"),
    (m) => {
      const md = validMonthDay(null, toNumber(m[1]), toNumber(m[2]));
      return md?.month === undefined
        ? null
        : { kind: "monthDay", month: md.month, day: md.day, qualifier: "relative" };
    },
  ],
  // 13日 alone ("13日,市长丁纯一行拜访了…"). Not 第3日, 3日内, 100日元, 3日后.
  [
    "day",
    new RegExp(`(?<![0-9０-９?？.．月第每近数约共个前后])(${D}{1,2})日(?![元内后]|以[内后前])`, "g"),
    (m) => {
      const day = toNumber(m[1]) ?? 0;
      return day >= 1 && day <= 31 ? { kind: "day", day } : null;
    },
  ],
  // 今年, 去年, 明年 with what follows: 今年5月, 去年8月18日, 今年初, 去年同期, 今年年底.
  [
    "relativeYear",
    new RegExp(
      `(?<![${NOT_RELATIVE_BEFORE}])([今去明])年(?![轻纪龄])(?:\\s*${MONTH_DAY}|同期|年?(底|末)|年初|${PART}|内)?`,
      "g",
    ),
    (m) => {
      const offset = m[1] === "去" ? -1 : m[1] === "明" ? 1 : 0;
      const md = validMonthDay(null, m[4] ? 12 : toNumber(m[2]), toNumber(m[3]));
      return md && { kind: "yearOffset", offset, ...md };
    },
  ],
  // 上年同期: the same period of last year ("比上年同期增长").
  ["lastYearSamePeriod", /上年同期/g, () => ({ kind: "yearOffset", offset: -1 })],
  // 年内, 年初 alone mean this year ("二期项目将于年内启动"), 年底 and 年末 its last month; 五年内, 每年年底 do not.
  [
    "thisYear",
    new RegExp(`(?<![${NOT_THIS_YEAR_BEFORE}])年(内|底|初|末)`, "g"),
    (m) => ({ kind: "yearOffset", offset: 0, ...(m[1] === "底" || m[1] === "末" ? { month: 12 } : {}) }),
  ],
  // 本月28日: a day of the published month ("将于本月28日开幕").
  [
    "thisMonthDay",
    new RegExp(`本月(${D}{1,2})[日号]`, "g"),
    (m) => {
      const day = toNumber(m[1]) ?? 0;
      return day >= 1 && day <= 31 ? { kind: "thisMonthDay", day } : null;
    },
  ],
  // 本月, 上月, 上个月 alone: the published month or the one before it (not 基本月薪, 成本月度).
  [
    "monthOffset",
    /(?<![基成资日版根样文剧课账脚])(本|上)(?:个)?月(?:份|底|初|末|上旬|中旬|下旬)?(?![0-9０-９])/g,
    (m) => ({ kind: "monthOffset", offset: m[1] === "上" ? -1 : 0 }),
  ],
  // 今天, 今日 (the published day), 昨天, 昨日, 前天; not 如今日益, 目前日.
  [
    "today",
    /(?<!如)(今|昨)(?:天|日)|(?<![目提当])前天/g,
    (m) => ({ kind: "dayOffset", offset: m[1] === "昨" ? -1 : m[1] === "今" ? 0 : -2 }),
  ],
  // 当天, 当日: the day just named ("2月12日……当天开工的…").
  ["sameDay", /当(?:天|日)/g, () => ({ kind: "sameDay" })],
  // Periods, reported with no value: plan periods (十三五), month and year ranges (1—8月, 2016-2020年), quarters.
  ["plan", /(?<![一二三四五六七八九十])十[一二三四五六七八九]五/g, () => ({ kind: "none" })],
  [
    "monthRange",
    new RegExp(`(?<![0-9０-９])${D}{1,2}\\s*月?\\s*[—–\\-~～至到]\\s*${D}{1,2}\\s*月份?`, "g"),
    () => ({ kind: "none" }),
  ],
  [
    "yearRange",
    new RegExp(`(?<![0-9０-９])${D}{4}\\s*[—–\\-~～至到]\\s*${D}{4}\\s*年`, "g"),
    () => ({ kind: "none" }),
  ],
  ["quarter", /(?:前|第)?[一二三四1-4１-４]季度|[上下]半年/g, () => ({ kind: "none" })],
  // 日前, 近日 ("a few days ago"): no day can be named honestly, and it may be last month; not 节日前, 3月31日前.
  [
    "fewDaysAgo",
    /(?<![0-9０-９节假生作念首次当前翌之往平旧末今昨明每某周])日前|近日/g,
    () => ({ kind: "none" }),
  ],
  // ?017年, 大唐国?016年, ?019世界…博览会: a lost leading digit; 1900..published+10 leaves one year (2017).
  [
    "garbledYear",
    new RegExp(`(?<![0-9０-９])\\?(${D}{3})(?:\\s*年(?:\\s*${MONTH_DAY})?|(?=[\\u4e00-\\u9fff]))`, "g"),
    (m, text, publishedYear) => {
      const after = text.slice((m.index ?? 0) + m[0].length);
      if (!m[0].includes("年") && MEASURE.test(after)) return null;
      const { min, max } = yearBounds(publishedYear);
      const year = onlyReading(lostDigitReadings(m[1] ?? "", min, max, 4));
      if (year === null) return { kind: "absolute", year: null, qualifier: "garbled" };
      const md = validMonthDay(year, toNumber(m[2]), toNumber(m[3]));
      return md && { kind: "absolute", year, ...md, qualifier: "restored" };
    },
  ],
  // ?0?8年, ?8年: too little survives for a year; reported with no value.
  [
    "garbledYearLost",
    new RegExp(`(?<![0-9０-９?])(?=[0-9?]*[0-9])(?:[0-9]*\\?)+[0-9]{0,2}年`, "g"),
    () => ({ kind: "absolute", year: null, qualifier: "garbled" }),
  ],
  // 2017?月开工: the year survives; the month is known only if one reading is left (2017?0月 can only be 10月).
  [
    "garbledMonth",
    new RegExp(`(?<![0-9０-９])(${D}{4})\\?(${D}{0,2})\\s*月(?:\\s*(${D}{1,2})\\s*[日号])?`, "g"),
    (m) => {
      const year = toNumber(m[1]) ?? 0;
      if (year < 1900 || year > 2100) return null;
      const month = onlyReading(lostDigitReadings(m[2] ?? "", 1, 12, 2));
      const md = month === null ? null : validMonthDay(year, month, toNumber(m[3]));
      return md
        ? { kind: "absolute", year, ...md, qualifier: "restored" }
        : { kind: "absolute", year, qualifier: "garbled" };
    },
  ],
  // 11?2日: 11月 survives, the day was 2, 12 or 22 (11?32日 would leave none).
  [
    "garbledDay",
    new RegExp(`(?<![0-9０-９?])(?:(${D}{4})\\s*年\\s*)?(${D}{1,2})\\?(${D}{0,2})\\s*[日号]`, "g"),
    (m) => {
      const year = toNumber(m[1]);
      const month = toNumber(m[2]) ?? 0;
      if (month < 1 || month > 12) return null;
      const day = onlyReading(lostDigitReadings(m[3] ?? "", 1, daysInMonth(month, year ?? null), 2));
      const qualifier = day === null ? "garbled" : "restored";
      const found = day === null ? { month } : { month, day };
      if (year === undefined) return { kind: "monthDay", ...found, qualifier };
      return year < 1900 || year > 2100 ? null : { kind: "absolute", year, ...found, qualifier };
    },
  ],
];

/**
 * Every date expression any pattern finds, overlapping ones included.
 * @example findRawDates("去年开工", 2018) // [{ start: 0, end: 2, raw: { kind: "yearOffset", offset: -1 } }]
 */
export function findRawDates(text: string, publishedYear: number | null): RawMatch[] {
  const found: RawMatch[] = [];
  for (const [, pattern, build] of DATE_PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
      const raw = build(m, text, publishedYear);
      if (raw) found.push({ start: m.index, end: m.index + m[0].length, raw });
    }
  }
  return found;
}
