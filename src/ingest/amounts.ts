/**
 * The amounts stage: every figure of a cleaned article (money, area, energy, counts …) with what it measures,
 * its unit, and honest bounds (DESIGN.md "Honest numbers").
 *
 * A figure is read in four steps: the number itself (with a range, a lost leading digit `?`, a multiplier 万/亿
 * and an "over" suffix 多/余), the unit after it, qualifier words around it, and the measure word before it.
 */
import type { Qualifier } from "../core/dataset";
import { figureProblem } from "../core/figureLimits";
import {
  DEFAULT_MEASURE,
  DEFAULT_QUANTITY_MEASURE,
  FILLER_WORDS,
  MEASURE_VERBS,
  MEASURES_AFTER,
  MONEY_MEASURES,
  OTHER_MEASURES,
  OVER_SUFFIXES,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  UNITS,
  type QualifierWord,
  type UnitEntry,
} from "./measures";
import {
  BIG_UNIT_CHARS,
  BIG_UNIT_VALUES,
  CHINESE_DIGIT_CHARS,
  SMALL_UNIT_CHARS,
  SMALL_UNIT_VALUES,
  parseNumeral,
  roundSignificant,
  toHalfWidth,
} from "./numerals";
import type { AmountMention } from "./types";

const D = "0-9０-９";
const ARABIC = `(?:[${D}]{1,3}(?:[,，][${D}]{3})+(?![${D}])|[${D}]+)(?:[.．][${D}]+)?`;
/** `?0`, `?.38`, `?00`: a `?` standing for a lost character and the leading digit after it (总投?0亿元). */
const GARBLED = `\\?(?:[${D}]+(?:[.．][${D}]+)?|[.．][${D}]+)`;
/**
 * `1?`, `6.?`, `1?.5` before a money unit: a digit lost inside the number (总投资1?亿元 is 10 to 19). Only before
 * 元: elsewhere a `?` after digits is as often a lost 年 or 月 (2017?月).
 */
const INNER_GARBLED = `[${D}]+(?:\\?[${D}]*(?:[.．][${D}]+)?|[.．][${D}]*\\?[${D}]*)(?=[万亿]*(?:元|美元|欧元|日元|港元))`;
const CHINESE = `[${CHINESE_DIGIT_CHARS}${SMALL_UNIT_CHARS}][${CHINESE_DIGIT_CHARS}${SMALL_UNIT_CHARS}${BIG_UNIT_CHARS}]*`;
/** Not inside another number or a model name (SSD2, 2017?月 → the `?` after a digit is no leading digit). */
const NUM = `(?<![${D}.．A-Za-z])(?:${GARBLED}|${INNER_GARBLED}|${ARABIC}|${CHINESE})`;
/** 万, 亿, 万亿, and 千万/百万 (3千万元); a lone 千 stays with its unit (2000千瓦). */
const MULT = `(?:[百千](?=[${BIG_UNIT_CHARS}]))?[${BIG_UNIT_CHARS}]{0,2}`;
const RANGE_SEP = "[-－—–~～至到]";
const FIGURE = new RegExp(
  `(${NUM})(${MULT})(?:(${RANGE_SEP})(${NUM})(${MULT}))?([${OVER_SUFFIXES}])?(${MULT})`,
  "g",
);

const BARE_DIGIT_RUN = new RegExp(`^[${CHINESE_DIGIT_CHARS}]{2,}$`);

const byLength = <T>(items: readonly T[], key: (t: T) => string): T[] =>
  [...items].sort((a, b) => key(b).length - key(a).length);
const UNITS_BY_LENGTH = byLength(UNITS, (u) => u.unit);
const BEFORE_BY_LENGTH = byLength(QUALIFIERS_BEFORE, (q) => q.word);
const AFTER_BY_LENGTH = byLength(QUALIFIERS_AFTER, (q) => q.word);
const MEASURES_BY_LENGTH = byLength([...MONEY_MEASURES, ...OTHER_MEASURES], (m) => m);
const FILLERS_BY_LENGTH = byLength(FILLER_WORDS, (w) => w);
const VERBS_BY_LENGTH = byLength(MEASURE_VERBS, (w) => w);
const MONEY_MEASURE_SET = new Set(MONEY_MEASURES);

/** Bounds of one number before qualifiers: equal unless a digit was lost. */
interface Bounds {
  low: number;
  high: number;
  garbled: boolean;
}

/** One figure as read, before qualifiers from neighbouring figures are settled. */
interface Reading extends AmountMention {
  /** Where the number itself starts (after the measure and qualifier words). */
  numberStart: number;
  /** Bounds before the qualifier is applied. */
  raw: Bounds;
  /** True when a measure or qualifier word was found before the number. */
  ownWords: boolean;
  /** Read but not believed (see {@link doubtful}): published without bounds, never merged or re-qualified. */
  flagged: boolean;
}

/** A minus sign right before a number: 总投资-5亿元. */
const MINUS = /[-－−]/;
/** What may stand before a minus that is a sign (after a word or a pause), not a range dash (3亿元-5亿元). */
const BEFORE_SIGN = /^$|[\s,，、;；:：（(=]$/;

/** Significant digits of an Arabic number as written (1,007.90 → 5); Chinese numerals are never that long. */
function significantDigits(num: string): number {
  return toHalfWidth(num)
    .replace(/[^0-9]/g, "")
    .replace(/^0+/, "")
    .replace(/0+$/, "").length;
}

/**
 * Why a figure as read cannot be believed, or null. Such a figure is kept as written (the data-quality list
 * shows it) but without bounds, so no total adds it: a negative sum of money, one beyond any plausible size,
 * or more digits than a figure keeps (9999999999999亿元 would silently become 1e13).
 */
function doubtful(raw: Bounds, unit: string, negative: boolean, numbers: string[]): string | null {
  if (negative) return "negative";
  if (numbers.some((n) => significantDigits(n) > 12)) return "more digits than are kept";
  return figureProblem(raw.low, unit) ?? figureProblem(raw.high, unit);
}

/** Multiplier string (万, 亿, 万亿, 千万) to its factor. */
function multiplier(mult: string): number {
  let factor = 1;
  for (const c of mult) factor *= BIG_UNIT_VALUES[c] ?? SMALL_UNIT_VALUES[c] ?? 1;
  return factor;
}

/**
 * A Chinese number swallowed by the scanner may end in its multiplier (百亿 in 超百亿元, 千万 in 超千万元): it is
 * split off so that 17万人 and 百亿元 read alike. When a big unit sits inside (一亿二千万) the whole is one number.
 */
const TRAILING_BIG_UNITS = new RegExp(`^(.*?)([${BIG_UNIT_CHARS}]+)$`);
const ANY_BIG_UNIT = new RegExp(`[${BIG_UNIT_CHARS}]`);

function splitMultiplier(num: string, mult: string): [string, string] {
  const m = TRAILING_BIG_UNITS.exec(num);
  if (!m || m[1] === "" || ANY_BIG_UNIT.test(m[1] ?? "")) return [num, mult];
  return [m[1] ?? "", (m[2] ?? "") + mult];
}

/** `?0` → 10..90: the `?` is one lost leading digit, 1 to 9 (a leading 0 is not written). Never a guess. */
function readNumber(num: string): Bounds | null {
  if (num.startsWith("?")) {
    const rest = num.slice(1);
    const low = parseNumeral(`1${rest}`);
    const high = parseNumeral(`9${rest}`);
    return low === null || high === null ? null : { low, high, garbled: true };
  }
  // 1?亿元 → 10..19, 6.?亿元 → 6.0..6.9: each lost digit inside is 0 to 9.
  if (num.includes("?")) {
    const low = parseNumeral(num.replace(/\?/g, "0"));
    const high = parseNumeral(num.replace(/\?/g, "9"));
    return low === null || high === null ? null : { low, high, garbled: true };
  }
  const n = parseNumeral(num);
  return n === null ? null : { low: n, high: n, garbled: false };
}

/** The longest entry of `words` that ends exactly at `end` in `text`. */
function wordEndingAt<T>(text: string, end: number, words: readonly T[], key: (t: T) => string): T | null {
  for (const w of words) {
    const k = key(w);
    if (k.length <= end && text.startsWith(k, end - k.length)) return w;
  }
  return null;
}

/**
 * The longest word ending at `end`, also when a garbled number starts there: in 总投?0亿元 the `?` took the last
 * character of 总投资, in 超?00万平方米 the last of 超过, so a word may end at the `?` with its last character lost.
 */
function wordBefore<T>(
  text: string,
  end: number,
  words: readonly T[],
  key: (t: T) => string,
): { word: T; start: number } | null {
  if (text[end] === "?") {
    for (const w of words) {
      const k = key(w);
      const head = k.slice(0, -1);
      if (head.length > 0 && head.length <= end && text.startsWith(head, end - head.length)) {
        return { word: w, start: end - head.length };
      }
    }
  }
  const w = wordEndingAt(text, end, words, key);
  return w === null ? null : { word: w, start: end - key(w).length };
}

/** The unit at `at`, longest first, unless it is the start of another word (元旦, 个月, 项目). */
function unitAt(text: string, at: number): UnitEntry | null {
  for (const u of UNITS_BY_LENGTH) {
    if (!text.startsWith(u.unit, at)) continue;
    if (u.notBefore?.test(text.slice(at + u.unit.length, at + u.unit.length + 4))) continue;
    return u;
  }
  return null;
}

interface Before {
  start: number;
  measure: string | null;
  /** A verb such as 已完成 before the number, joined to a noun after it when no measure is found. */
  verb: { word: string; start: number } | null;
  qualifier: Qualifier | null;
}

/**
 * Reads back from the number over qualifier words (超, 约 …), fillers (预计, 达 …) and the measure word, in the
 * order news writes them: 总投资预计达125亿元, 年税收超2亿元, 亩均投资达720万元.
 */
function readBefore(text: string, numberStart: number): Before {
  const found: Before = { start: numberStart, measure: null, verb: null, qualifier: null };
  let pos = numberStart;
  for (let step = 0; step < 5; step++) {
    const q = wordBefore<QualifierWord>(text, pos, BEFORE_BY_LENGTH, (w) => w.word);
    if (
      q &&
      found.qualifier === null &&
      !q.word.notAfter?.test(text.slice(Math.max(0, q.start - 1), q.start))
    ) {
      found.qualifier = q.word.qualifier;
      found.start = pos = q.start;
      continue;
    }
    const m = wordBefore(text, pos, MEASURES_BY_LENGTH, (w) => w);
    if (m) {
      found.measure = m.word;
      found.start = m.start;
      return found;
    }
    const v = wordBefore(text, pos, VERBS_BY_LENGTH, (w) => w);
    if (v && found.verb === null) found.verb = v; // 已完成?7亿元投资: kept in case a noun follows
    const f = wordEndingAt(text, pos, FILLERS_BY_LENGTH, (w) => w);
    if (f === null) break;
    pos -= f.length;
  }
  return found;
}

/** Reads the figure matched at `m`, or null when it is no figure (a year, an ordinal, 一个 as an article). */
function readFigure(text: string, m: RegExpExecArray): Reading | null {
  const [match, num1raw = "", mult1raw = "", sep, num2raw, mult2raw = "", over, mult3 = ""] = m;
  const numberStart = m.index;
  if (text[numberStart - 1] === "第") return null; // 第五个: an ordinal
  let unitPos = numberStart + match.length;
  const unit = unitAt(text, unitPos);

  const [num1, mult1] = splitMultiplier(num1raw, mult1raw);
  const [num2, mult2] = num2raw === undefined ? ["", ""] : splitMultiplier(num2raw, mult2raw);
  // 50-100亿元: the multiplier written once serves both ends; 5亿-10亿元 writes it twice.
  const multHigh = (num2raw === undefined ? mult1 : mult2) + mult3;
  const multLow = num2raw === undefined ? mult1 + mult3 : mult1 || multHigh;
  // Neither a unit nor 万/亿 after it: a bare number (一期, 统一, 2024), no figure. Most matches end here.
  if (!unit && !multHigh) return null;
  const first = readNumber(num1);
  const second = num2raw === undefined ? null : readNumber(num2);
  if (first === null || (num2raw !== undefined && second === null)) return null;
  if (unit && !unit.money && /^[个家项人名]/.test(unit.unit) && num1 === "一" && !sep && !multHigh) {
    return null; // 一个重要…, 一家企业: the indefinite article, not a count
  }

  // 数十家企业, 几百亿元: "several tens / hundreds", at least the unit written; the digit is not guessed.
  const several = /^[十百千]$/.test(num1) && /[数几]/.test(text[numberStart - 1] ?? "") && !sep;
  // 总投资-5亿元: the minus is read as what it is (a sign, and the measure before it), never dropped.
  const minusAt = numberStart - 1;
  let before = readBefore(text, several ? numberStart - 1 : numberStart);
  let negative = false;
  if (!several && MINUS.test(text[minusAt] ?? "")) {
    const beforeSign = readBefore(text, minusAt);
    if (
      beforeSign.measure !== null ||
      beforeSign.qualifier !== null ||
      BEFORE_SIGN.test(text[minusAt - 1] ?? "")
    ) {
      before = { ...beforeSign, start: Math.min(beforeSign.start, minusAt) };
      negative = true;
    }
  }
  // 千家万户, 百家争鸣: a bare 百 or 千 is a figure only with a multiplier or a qualifier (超百亿元, 超千万元).
  if (/^[百千佰仟]$/.test(num1) && !several && !multHigh && before.qualifier === null) return null;
  // 三元材料, 一元化: a few 元 in Chinese digits with neither 万/亿 nor a measure or qualifier is a word, not money.
  if (
    unit?.unit === "元" &&
    /^[一二三四五六七八九十两]+$/.test(num1) &&
    !multHigh &&
    before.measure === null &&
    before.qualifier === null
  )
    return null;
  // 唯一一家, 三四家: a run of bare Chinese digits is a year (二〇一八年) or an estimate, not a figure.
  if (BARE_DIGIT_RUN.test(num1)) return null;
  let money = unit?.money ?? false;
  let unitText = unit?.unit ?? "";
  if (!unit) {
    // A headline writes 总投资120亿 without 元: money when a money measure names it and 万/亿 is written.
    if (!multHigh || before.measure === null || !MONEY_MEASURE_SET.has(before.measure)) return null;
    money = true;
    unitText = "元";
  }
  unitPos += unit?.unit.length ?? 0;

  const hi = second ?? first;
  let raw: Bounds = {
    low: first.low * multiplier(multLow),
    high: hi.high * multiplier(multHigh),
    garbled: first.garbled || hi.garbled,
  };
  let outUnit: string;
  if (money) {
    // Money is normalized to the 亿 of its currency: 720万元 → 0.072亿元, 6.33亿美元 stays 亿美元.
    raw = { ...raw, low: roundSignificant(raw.low / 1e8), high: roundSignificant(raw.high / 1e8) };
    outUnit = `亿${unitText === "人民币" ? "元" : unitText}`;
  } else {
    // Other units keep the multiplier as written: 17万多人 is 17 万人, 14.7亿千瓦时 is 14.7 亿千瓦时.
    const f = multiplier(multHigh);
    raw = { ...raw, low: roundSignificant(raw.low / f), high: roundSignificant(raw.high / f) };
    outUnit = multHigh + unitText;
  }

  let end = unitPos;
  const after = AFTER_BY_LENGTH.find((q) => text.startsWith(q.word, end));
  if (after) end += after.word.length;

  let measure = before.measure;
  if (measure === null) {
    // 已完成?7亿元投资, 200亿元以上销售规模: the noun after the figure names it.
    const noun = MEASURES_AFTER.find((n) => text.startsWith(n, end));
    if (noun) {
      measure = (before.verb?.word ?? "") + noun;
      end += noun.length;
      if (before.verb) before.start = Math.min(before.start, before.verb.start);
    }
  }

  let qualifier: Qualifier = "exact";
  if (sep) qualifier = "range";
  else if (over || several) qualifier = "over";
  else if (before.qualifier) qualifier = before.qualifier;
  else if (after) qualifier = after.qualifier;

  const start = before.start;
  const flagged = doubtful(raw, outUnit, negative, [num1, num2]) !== null;
  return {
    start,
    end,
    text: text.slice(start, end),
    measure: measure ?? (money ? DEFAULT_MEASURE : DEFAULT_QUANTITY_MEASURE),
    unit: outUnit,
    ...(flagged ? UNBELIEVED : finalBounds(raw, qualifier)),
    money,
    numberStart,
    raw,
    ownWords: before.measure !== null || before.qualifier !== null,
    flagged,
  };
}

/**
 * Applies the qualifier to the bounds: over has no ceiling, under no floor. A lost digit wins the qualifier
 * (garbled) but keeps an over open: 超?00万平方米 is at least 100, with no high.
 */
function finalBounds(raw: Bounds, qualifier: Qualifier): Pick<AmountMention, "low" | "high" | "qualifier"> {
  return {
    low: qualifier === "under" ? null : raw.low,
    high: qualifier === "over" ? null : raw.high,
    qualifier: raw.garbled ? "garbled" : qualifier,
  };
}

/** A figure read but not believed: no bounds, and "garbled" so the data-quality list shows it with its text. */
const UNBELIEVED = { low: null, high: null, qualifier: "garbled" } as const;

/** Words joining two figures under one qualifier: 超过100亿元或10亿美元项目 (both are "over"). */
const JOINERS = /^(?:或|或者|、|和|及|以及)$/;

/**
 * Every figure in a cleaned article text, sorted by start, with the measure and qualifier words before it in
 * its span.
 * @example extractAmounts("计划总投?5亿元,预计年产值约28亿元")
 * // [{ text: "计划总投?5亿元", measure: "计划总投资", unit: "亿元", low: 15, high: 95, qualifier: "garbled", money: true, … },
 * //  { text: "年产值约28亿元", measure: "年产值", unit: "亿元", low: 28, high: 28, qualifier: "about", money: true, … }]
 */
export function extractAmounts(text: string): AmountMention[] {
  const readings: Reading[] = [];
  const scanner = new RegExp(FIGURE.source, "g");
  for (let m = scanner.exec(text); m !== null; m = scanner.exec(text)) {
    const r = readFigure(text, m);
    if (r) {
      readings.push(r);
      // Resume after the unit: the 千 of 14.7亿千瓦时 is part of the unit, not a new number.
      scanner.lastIndex = Math.max(scanner.lastIndex, r.end);
    }
  }
  const out: Reading[] = [];
  for (const r of readings) {
    const prev = out[out.length - 1];
    const between = prev ? text.slice(prev.end, r.numberStart) : "";
    // 50亿元至100亿元: two figures of one unit joined by a range sign are one range.
    if (
      prev &&
      !prev.flagged &&
      !r.flagged &&
      /^[-－—–~～至到]$/.test(between) &&
      prev.unit === r.unit &&
      prev.qualifier === "exact" &&
      !r.ownWords
    ) {
      const raw = { low: prev.raw.low, high: r.raw.high, garbled: prev.raw.garbled || r.raw.garbled };
      const merged = {
        ...prev,
        end: r.end,
        text: text.slice(prev.start, r.end),
        raw,
        ...finalBounds(raw, "range"),
      };
      out[out.length - 1] = merged;
      continue;
    }
    // 超过100亿元或10亿美元项目9个: the qualifier before the first figure covers the second.
    const shared = prev?.qualifier === "over" || prev?.qualifier === "under" || prev?.qualifier === "about";
    if (
      prev &&
      shared &&
      !r.flagged &&
      JOINERS.test(between) &&
      prev.money === r.money &&
      !r.ownWords &&
      r.qualifier === "exact"
    ) {
      out.push({ ...r, ...finalBounds(r.raw, prev.qualifier) });
      continue;
    }
    out.push(r);
  }
  return out
    .map(({ start, end, text: t, measure, unit, low, high, qualifier, money }) => ({
      start,
      end,
      text: t,
      measure,
      unit,
      low,
      high,
      qualifier,
      money,
    }))
    .sort((a, b) => a.start - b.start);
}
