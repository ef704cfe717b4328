/**
 * Deduction for dates with a lost character (DESIGN.md "Honest numbers"). In the damaged sources an ASCII `?`
 * stands where one character AND at most one digit after it were lost: `11?2日` was 11月12日 (or 11月2日,
 * 11月22日), `?017年` was "，2017年", `2017?月` was 2017年X月. So the digits right after a `?` may have lost one
 * leading digit. A value is restored only when plain constraints leave exactly one reading; otherwise only what
 * survives is kept.
 */

/**
 * Years a date may name: a 4-digit year from 1900 up to ten years after publication (plans reach that far).
 * @example yearBounds(2018) // { min: 1900, max: 2028 }: ?017年 can then only be 2017
 */
export function yearBounds(publishedYear: number | null): { min: number; max: number } {
  return { min: 1900, max: publishedYear === null ? 2100 : publishedYear + 10 };
}

/**
 * The numbers `tail` may have been before the loss: itself, or one lost digit in front of it, kept when they lie
 * in [min, max] and have at most `maxDigits` digits.
 * @example lostDigitReadings("017", 1900, 2028, 4) // [2017]
 * @example lostDigitReadings("2", 1, 31, 2) // [2, 12, 22]: the day of 11?2日 is unknown
 */
export function lostDigitReadings(tail: string, min: number, max: number, maxDigits: number): number[] {
  const spellings = tail === "" ? [] : [tail];
  for (let d = 0; d <= 9; d++) spellings.push(`${d}${tail}`);
  const values = new Set<number>();
  for (const s of spellings) {
    if (s.length > maxDigits) continue;
    const n = Number(s);
    if (n >= min && n <= max) values.add(n);
  }
  return [...values].sort((a, b) => a - b);
}

/**
 * Days in a month; February has 29 when the year is unknown (a reading is only ruled out when it cannot be).
 * @example daysInMonth(11, 2018) // 30: 11?31日 leaves no day
 */
export function daysInMonth(month: number, year: number | null): number {
  if (month === 2)
    return year === null || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * The single reading if there is exactly one, else null: restoring is deduction, never a pick among several.
 * @example onlyReading([2, 12, 22]) // null: the day of 11?2日 stays unknown
 */
export function onlyReading(readings: number[]): number | null {
  return readings.length === 1 ? (readings[0] ?? null) : null;
}
