/**
 * What a figure can plausibly be. Shared by the amounts stage (which flags a figure outside these limits
 * rather than change it) and dataset validation (which refuses one), so a figure the build would not publish
 * is never loaded either, and no total can reach Infinity: 100k figures at the limit still sum finitely.
 */

/** Money is held in 亿 of its currency (亿元, 亿美元): its unit ends in 元. */
export function isMoneyUnit(unit: string): boolean {
  return unit.endsWith("元");
}

/** 1,000万亿 (10^15) of a currency: several times the world's yearly output, no project's or district's. */
export const MAX_MONEY = 1e7;
/** Any other unit (万平方米, 亿千瓦时, 个 …): far beyond anything a report states. */
export const MAX_QUANTITY = 1e12;

/**
 * Why a figure's bound cannot be published, or null when it can.
 * @example figureProblem(-5, "亿元") // "is negative: money is never negative"
 */
export function figureProblem(value: number, unit: string): string | null {
  if (!Number.isFinite(value)) return "is not a finite number";
  const money = isMoneyUnit(unit);
  // Every unit here is money, a size or a count (no growth rates), and none of them is ever below zero.
  if (value < 0) return `is negative: ${money ? "money" : "a quantity"} is never negative`;
  const max = money ? MAX_MONEY : MAX_QUANTITY;
  if (Math.abs(value) > max) return `is beyond any plausible figure (more than ${max} ${unit})`;
  return null;
}
