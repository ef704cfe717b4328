/**
 * Numbers as Chinese news writes them: Arabic (`105`, `1,007.9`, full-width `１０５`), Chinese numerals (`十二`,
 * `一百二十`, `两`, `百` as in 超百亿元, 大写 `壹贰叁`), and both mixed (`1.2万`, `1.33万亿`).
 *
 * The digit and unit tables are data; the walker below only knows "a digit", "a small unit" (十百千, which add
 * within a section) and "a big unit" (万亿, which close a section and multiply it).
 */

/** Value of every character that can be a digit. 两 is 2 in counts (两万); 〇 and 零 are both 0. */
// prettier-ignore
export const DIGIT_VALUES: Readonly<Record<string, number>> = {
  "0": 0, "1": 1, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6, "7": 7, "8": 8, "9": 9,
  "〇": 0, 零: 0, 一: 1, 二: 2, 两: 2, 兩: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 貳: 2, 叁: 3, 參: 3, 肆: 4, 伍: 5, 陆: 6, 陸: 6, 柒: 7, 捌: 8, 玖: 9,
};

/** Units that add within a section: 一百二十 = 1×100 + 2×10. */
// prettier-ignore
export const SMALL_UNIT_VALUES: Readonly<Record<string, number>> = {
  十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000,
};

/** Units that multiply everything before them: 1.2万 = 12000, 1.33万亿 = 1.33 × 10^12. */
export const BIG_UNIT_VALUES: Readonly<Record<string, number>> = { 万: 1e4, 萬: 1e4, 亿: 1e8, 億: 1e8 };

/** The Chinese characters {@link parseNumeral} accepts, for building scanners. */
export const CHINESE_DIGIT_CHARS = Object.keys(DIGIT_VALUES)
  .filter((c) => !/[0-9]/.test(c))
  .join("");
/** 十拾百佰千仟, for building scanners. */
export const SMALL_UNIT_CHARS = Object.keys(SMALL_UNIT_VALUES).join("");
/** 万萬亿億, for building scanners. */
export const BIG_UNIT_CHARS = Object.keys(BIG_UNIT_VALUES).join("");

/**
 * Rounds away binary noise, keeping 12 significant digits: a garbled `?.38` spans 1.38 to 1.38 + 8, which
 * floating point makes 9.379999999999999.
 * @example roundSignificant(1.38 + 8) // 9.38
 */
export function roundSignificant(x: number, digits = 12): number {
  // An integer of no more digits than kept is already exact (and most figures are): skip the string round trip.
  if (Number.isInteger(x) && Math.abs(x) < 10 ** digits) return x;
  return x === 0 || !Number.isFinite(x) ? x : Number(x.toPrecision(digits));
}

/**
 * Folds full-width digits, point and comma to ASCII (`１０５` → `105`), so a quote can stay verbatim while the
 * parser reads one alphabet.
 * @example toHalfWidth("１，００７．９") // "1,007.9"
 */
export function toHalfWidth(s: string): string {
  return s.replace(/[０-９．，]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** `1,007.9`: commas are only thousands separators when every group after the first has exactly 3 digits. */
const ARABIC = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/**
 * Parses one number as written. Returns null when any character is not part of a number (the caller decides
 * what the text means; nothing is silently skipped).
 * @example parseNumeral("一百二十") // 120
 * @example parseNumeral("1.2万") // 12000
 * @example parseNumeral("百") // 100 (as in 超百亿元)
 * @example parseNumeral("12x") // null
 */
export function parseNumeral(raw: string): number | null {
  const s = toHalfWidth(raw.trim());
  if (s === "") return null;
  if (ARABIC.test(s)) return roundSignificant(Number(s.replace(/,/g, "")));

  let closed = 0; // everything already multiplied by 亿
  let wan = 0; // the part closed by 万, below 亿
  let section = 0; // sums of digit × small unit, below 万
  let pending: number | null = null; // a digit (or Arabic number) not yet given a unit
  let pendingIsDigitRun = false; // 二〇一八: a run of single Chinese digits reads positionally
  let lastUnit = 0; // for 两万五 / 一百五: a trailing digit right after a unit is one step below it

  for (let i = 0; i < s.length;) {
    const arabic = /^\d+(?:\.\d+)?/.exec(s.slice(i));
    if (arabic) {
      if (pending !== null) return null; // "12三"
      pending = Number(arabic[0]);
      pendingIsDigitRun = false;
      i += arabic[0].length;
      continue;
    }
    const c = s[i] ?? "";
    i++;
    const digit = DIGIT_VALUES[c];
    if (digit !== undefined) {
      if (pending === null) {
        pending = digit;
        pendingIsDigitRun = true;
      } else if (pendingIsDigitRun) {
        pending = pending * 10 + digit;
      } else {
        return null;
      }
      continue;
    }
    if (c === "点" && pending !== null) {
      // 三点五 = 3.5: the digits after 点 are a fraction.
      const frac = /^[〇零一二两三四五六七八九]+/.exec(s.slice(i));
      if (!frac) return null;
      const digits = [...frac[0]].map((d) => DIGIT_VALUES[d] ?? 0).join("");
      pending = Number(`${pending}.${digits}`);
      pendingIsDigitRun = false;
      i += frac[0].length;
      continue;
    }
    const small = SMALL_UNIT_VALUES[c];
    if (small !== undefined) {
      section += (pending ?? 1) * small;
      pending = null;
      lastUnit = small;
      continue;
    }
    const big = BIG_UNIT_VALUES[c];
    if (big !== undefined) {
      const value = section + (pending ?? 0);
      if (big === 1e4) {
        wan = (value === 0 ? 1 : value) * 1e4;
      } else {
        const below = wan + value;
        closed = (closed + (below === 0 ? 1 : below)) * 1e8;
        wan = 0;
      }
      section = 0;
      pending = null;
      lastUnit = big;
      continue;
    }
    return null;
  }
  // 一百五 is 150 and 两万五 is 25000: a single digit right after a unit of 100 or more counts in the next unit
  // down. Not after 零 (一百零五 = 105: then the character before the digit is 零, not a unit).
  const prev = s[s.length - 2] ?? "";
  const isUnit = SMALL_UNIT_VALUES[prev] !== undefined || BIG_UNIT_VALUES[prev] !== undefined;
  if (
    pending !== null &&
    pendingIsDigitRun &&
    isUnit &&
    lastUnit >= 100 &&
    DIGIT_VALUES[s[s.length - 1] ?? ""] !== undefined
  ) {
    pending *= lastUnit / 10;
  }
  return roundSignificant(closed + wan + section + (pending ?? 0));
}
