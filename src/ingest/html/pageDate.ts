/**
 * A web page's published date, as its meta tags and its 发布时间 line write it, to an ISO day: `2018-11-13
 * 10:21`, `2018年11月13日`, `2021 年 07 月 01 日 11:10`, `2018/11/13`, `2018.11.13`, or an ISO time with its offset
 * (`2018-11-12T18:30:00Z`, which is already 13 November in Changzhou).
 */
import { isCalendarDate } from "../../core/dataset";

/** China Standard Time: a page's day is the day its readers saw, UTC+8. */
const CST_MS = 8 * 3600 * 1000;

const pad = (n: number) => String(n).padStart(2, "0");

function isoDay(year: number, month: number, day: number): string | null {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  if (year < 1990 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  return isCalendarDate(iso) ? iso : null;
}

/**
 * The first date in `text`, as YYYY-MM-DD, or null when there is none (or only an impossible one).
 * @example pageDate("发布时间：2018-11-13 10:21") // "2018-11-13"
 * @example pageDate("2021 年 07 月 01 日 11:10") // "2021-07-01"
 * @example pageDate("2018-11-12T18:30:00Z") // "2018-11-13"
 */
export function pageDate(text: string): string | null {
  const withOffset =
    /(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})/i.exec(
      text,
    );
  if (withOffset) {
    const [, y, mo, d, h, mi, s, zone] = withOffset;
    const offset =
      zone!.toUpperCase() === "Z"
        ? 0
        : (zone!.startsWith("-") ? -1 : 1) *
          (Number(zone!.slice(1, 3)) * 60 + Number(zone!.slice(-2))) *
          60_000;
    const utc =
      Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0)) - offset;
    if (Number.isFinite(utc)) {
      const local = new Date(utc + CST_MS);
      const day = isoDay(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
      if (day !== null) return day;
    }
  }
  const m =
    /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/.exec(text) ??
    /(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)/.exec(text);
  if (!m) return null;
  const [year, month, day] = m.length === 5 ? [m[1], m[3], m[4]] : [m[1], m[2], m[3]];
  return isoDay(Number(year), Number(month), Number(day));
}

/**
 * A date written in a page's address (`…/t20181113_123.html`, `…/2019-06/03/…`), or null. Sites that give no date
 * on the page often keep one in the address; the reader is told that is where it came from.
 * @example urlDate("https://www.example.gov.cn/art/2019/6/3/art_1_36364.html") // "2019-06-03"
 */
export function urlDate(url: string): string | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  const m =
    /(?<!\d)(20\d{2})(\d{2})(\d{2})(?!\d)/.exec(path) ??
    /\/(20\d{2})[-/](\d{1,2})[-/](\d{1,2})(?=[/_.-])/.exec(path);
  return m ? isoDay(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
