/**
 * The dates stage: every date expression of a cleaned article, positioned and resolved at its own precision
 * (DESIGN.md "Honest numbers": 今年5月 in a 2018-11 article is 2018-05, not 2018-05-01; 2017?月 is 2017).
 *
 * Resolution rules, each with the sentence that needs it:
 * - 今年/去年/明年/年内 count from the published year ("去年8月18日" in a 2016 article is 2015-08-18).
 * - A month and day without year take the published year, or the year before when that would put them more
 *   than half a year after publication ("12月28日" in an article of 2019-01-05 is 2018-12-28).
 * - A day alone takes month and year from the last date before it that names a month ("11?3日……13日,市长…"
 *   is 2018-11-13), else from the published date (the month before when the day is more than a week ahead).
 * - 当天/当日 is the last day named before it ("2月12日……当天开工的…"), else the published day.
 * - 日前/近日 ("a few days ago") and periods (十三五, 1—8月, 一季度) are reported with no value: no single
 *   date can be named for them without guessing.
 * - With the published date unknown, anything relative to it has no value.
 */
import type { DatePrecision, DateMention } from "./types";
import { daysInMonth } from "./datesGarbled";
import { findRawDates, type RawDate, type RawMatch } from "./datesPatterns";

interface Ymd {
  year: number;
  month: number;
  day: number;
}

interface Resolved {
  value: string | null;
  precision: DatePrecision | null;
  qualifier: DateMention["qualifier"];
}

/** What earlier mentions give a later one: the last month named (for 13日) and the last day (for 当天). */
interface Context {
  month: { year: number; month: number } | null;
  day: Ymd | null;
}

/** Half a year, in days and in months: how far after publication a date without year may lie. */
const AHEAD_DAYS = 183;
const AHEAD_MONTHS = 6;
/** How far after the published day a day alone (no month before it) may lie before it means last month. */
const DAY_AHEAD = 7;

function parsePublished(published: string | null): Ymd | null {
  const m = published === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** The ISO value and precision of a (partial) date. */
function format(year: number, month?: number, day?: number): Pick<Resolved, "value" | "precision"> {
  if (month === undefined) return { value: String(year), precision: "year" };
  if (day === undefined) return { value: `${year}-${pad(month)}`, precision: "month" };
  return { value: `${year}-${pad(month)}-${pad(day)}`, precision: "day" };
}

const dayNumber = (d: Ymd) => Date.UTC(d.year, d.month - 1, d.day) / 86_400_000;

function addDays(d: Ymd, days: number): Ymd {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** The year of a month (and day) written without one: the published year unless that is half a year ahead. */
function yearOf(month: number, day: number | undefined, pub: Ymd): number {
  const ahead =
    day === undefined
      ? month - pub.month > AHEAD_MONTHS
      : dayNumber({ year: pub.year, month, day }) - dayNumber(pub) > AHEAD_DAYS;
  return ahead ? pub.year - 1 : pub.year;
}

const NONE: Resolved = { value: null, precision: null, qualifier: "exact" };

function resolve(raw: RawDate, pub: Ymd | null, ctx: Context): Resolved {
  switch (raw.kind) {
    case "absolute":
      if (raw.year === null) return { ...NONE, qualifier: raw.qualifier };
      return { ...format(raw.year, raw.month, raw.day), qualifier: raw.qualifier };
    case "monthDay":
      if (pub === null) return { ...NONE, qualifier: raw.qualifier };
      return { ...format(yearOf(raw.month, raw.day, pub), raw.month, raw.day), qualifier: raw.qualifier };
    case "day": {
      let base = ctx.month;
      if (base === null && pub !== null) {
        const lastMonth = addDays({ ...pub, day: 1 }, -1);
        base = raw.day - pub.day > DAY_AHEAD ? lastMonth : pub;
      }
      if (base === null) return { ...NONE, qualifier: "relative" };
      return { ...format(base.year, base.month, raw.day), qualifier: "relative" };
    }
    case "yearOffset":
      if (pub === null) return { ...NONE, qualifier: "relative" };
      return { ...format(pub.year + raw.offset, raw.month, raw.day), qualifier: "relative" };
    case "dayOffset": {
      if (pub === null) return { ...NONE, qualifier: "relative" };
      const d = addDays(pub, raw.offset);
      return { ...format(d.year, d.month, d.day), qualifier: "relative" };
    }
    case "thisMonthDay":
      if (pub === null || raw.day > daysInMonth(pub.month, pub.year))
        return { ...NONE, qualifier: "relative" };
      return { ...format(pub.year, pub.month, raw.day), qualifier: "relative" };
    case "monthOffset": {
      if (pub === null) return { ...NONE, qualifier: "relative" };
      const first = raw.offset < 0 ? addDays({ ...pub, day: 1 }, -1) : pub;
      return { ...format(first.year, first.month), qualifier: "relative" };
    }
    case "sameDay": {
      const d = ctx.day ?? pub;
      return d === null
        ? { ...NONE, qualifier: "relative" }
        : { ...format(d.year, d.month, d.day), qualifier: "relative" };
    }
    case "none":
      return NONE;
  }
}

/** Keeps, of overlapping matches, the one that starts first, and of those the longest: 今年5月 over 5月. */
function dropOverlaps(matches: RawMatch[]): RawMatch[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RawMatch[] = [];
  for (const m of sorted) {
    const last = kept[kept.length - 1];
    if (last === undefined || m.start >= last.end) kept.push(m);
  }
  return kept;
}

/**
 * Every date expression in a cleaned article text, sorted by position, resolved against the published date.
 * @example extractDates("11?3日,汪泉一行拜访…13日,市长丁纯一行拜访…", "2018-11-13").map((d) => d.value)
 * // ["2018-11", "2018-11-13"]
 */
export function extractDates(text: string, published: string | null): DateMention[] {
  const pub = parsePublished(published);
  const ctx: Context = { month: null, day: null };
  return dropOverlaps(findRawDates(text, pub?.year ?? null)).map(({ start, end, raw }) => {
    const resolved = resolve(raw, pub, ctx);
    const [year, month, day] = resolved.value?.split("-").map(Number) ?? [];
    // The end of a year (2022年年底) is no month a later bare day (28日) can be read in.
    const yearEnd = /年[底末]$/.test(text.slice(start, end));
    if (year !== undefined && month !== undefined && !yearEnd) ctx.month = { year, month };
    if (year !== undefined && month !== undefined && day !== undefined) ctx.day = { year, month, day };
    return { start, end, text: text.slice(start, end), ...resolved };
  });
}
