/**
 * Sums without binary noise. Figures are decimals (2145.16 亿元, 0.072 亿元 from 720万元), but a double cannot
 * hold most of them exactly, so adding them leaves noise in the last digits: 0.1 + 0.2 is 0.30000000000000004,
 * and 58 sources' 亿元 figures added up to 2145.1600000000008, so `=A1=2145.16` was FALSE in Excel.
 *
 * A sum of figures can have no more decimals than the most precise of them, so every total here is rounded to
 * that many decimals: the result is the double nearest to the exact decimal sum, the one a person would type.
 * The noise of n additions stays far below half a unit of the last decimal (about n × 1e-16 of the figures'
 * size), so the rounding only ever removes noise, never a digit the figures had.
 */

/** Beyond this many decimals the shortest decimal form is read from the text (rare: 1e-7, 0.123456789012). */
const QUICK_DECIMALS = 10;
const POWERS = Array.from({ length: QUICK_DECIMALS + 1 }, (_, d) => 10 ** d);

/**
 * How many decimals a figure has in its shortest decimal form (the one JavaScript prints).
 * @example decimalsOf(2145.16) // 2; decimalsOf(0.072) // 3; decimalsOf(120) // 0; decimalsOf(1e-7) // 7
 */
export function decimalsOf(value: number): number {
  if (!Number.isFinite(value) || Number.isInteger(value)) return 0;
  // Fast path for the usual figure: the first power of ten that makes it whole, checked by going back.
  for (let d = 1; d <= QUICK_DECIMALS; d++) {
    const p = POWERS[d]!;
    if (Math.round(value * p) / p === value) return d;
  }
  const text = String(Math.abs(value));
  const e = text.indexOf("e");
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf(".");
  return Math.max(0, (dot < 0 ? 0 : mantissa.length - dot - 1) - exponent);
}

/**
 * `value` rounded to `decimals` places: the double nearest to that decimal number.
 * @example roundTo(2145.1600000000008, 2) // 2145.16
 */
export function roundTo(value: number, decimals: number): number {
  // toFixed takes at most 100 digits; past about 17 significant digits a double has nothing left to round.
  if (!Number.isFinite(value) || decimals > 100) return value;
  const rounded = Number(value.toFixed(decimals));
  return rounded === 0 ? 0 : rounded; // never -0
}

/**
 * The sum of figures, exact to their own decimals.
 * @example exactSum([0.1, 0.2]) // 0.3; exactSum([1.25, 3]) // 4.25
 */
export function exactSum(values: Iterable<number>): number {
  let sum = 0;
  let decimals = 0;
  for (const v of values) {
    sum += v;
    decimals = Math.max(decimals, decimalsOf(v));
  }
  return roundTo(sum, decimals);
}

/**
 * The middle of two bounds, exact: halving adds at most one decimal (the middle of 1.5 and 2 is 1.75).
 * @example exactMid(0.1, 0.2) // 0.15
 */
export function exactMid(low: number, high: number): number {
  return roundTo((low + high) / 2, Math.max(decimalsOf(low), decimalsOf(high)) + 1);
}
