/**
 * What each ingest stage returns. Every mention carries its position in the cleaned text (`start`, `end`,
 * half-open, UTF-16 indices as JavaScript strings count) and the text as written, so later stages can tie it to
 * the sentence it came from and an analyst can see exactly what was read.
 */
import type { OrgKind, Qualifier } from "../core/dataset";

/** A stretch of the cleaned article text. */
export interface Span {
  start: number;
  end: number;
  /** The characters of the cleaned text between start and end, exactly. */
  text: string;
}

/** One figure as written: money, area, energy, a count … (DESIGN.md "Honest numbers"). */
export interface AmountMention extends Span {
  /** What the figure measures, from the words before it: 总投资, 一期总投资, 新增产值, 年产值 … ("金额" when the text names none). */
  measure: string;
  /** Money is normalized to 亿元; foreign money keeps its currency (亿美元); other units stay as written (万平方米, 亿千瓦时, 个). */
  unit: string;
  /** Lower bound in the unit; null when nothing survives. */
  low: number | null;
  /** Upper bound in the unit; null when unknown (an `over` figure, or a lost digit with no ceiling). */
  high: number | null;
  qualifier: Qualifier;
  /** True for money (unit ends in 元). */
  money: boolean;
}

export type DatePrecision = "year" | "month" | "day";

/** One date expression, resolved against the article's published date where it is relative. */
export interface DateMention extends Span {
  /** ISO value at its precision (`2018`, `2018-05`, `2018-11-13`), or null when nothing survives or cannot be resolved. */
  value: string | null;
  precision: DatePrecision | null;
  /** exact: as written; relative: resolved from 今年/去年/13日 …; garbled: only part survived; restored: deduced. */
  qualifier: "exact" | "relative" | "garbled" | "restored";
}

/** One organization of the article, with every place it is mentioned under any of its names. */
export interface OrgEntity {
  /** Canonical full name (the longest formal name seen, or the known full name for a known alias). */
  name: string;
  /** Other names used for it in this text or known for it (中石化, 中石化集团 …), without `name`. */
  aliases: string[];
  kind: OrgKind;
  /** Canonical name of the parent organization when the text or the known table says so (中车戚墅堰… → 中国中车股份有限公司). */
  parent: string | null;
  mentions: Span[];
}
