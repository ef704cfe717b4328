/**
 * Which of several figures saying the same thing counts: a project's 总投资 reported as "约125亿元" in a
 * signing report and "125亿元" at groundbreaking is one investment, not two. The most precise figure counts;
 * the others stay in the dataset as that project's figures, visible in CZ_Amounts.
 *
 * Precision, best first: an exact or restored figure, then a range, then one-sided or approximate ones
 * (over, under, about), garbled last; among equals the narrower range, then the newer report, then the id so
 * the choice never depends on file order.
 */
import type { Amount, Dataset, Qualifier } from "../dataset";

const QUALIFIER_RANK: Record<Qualifier, number> = {
  exact: 0,
  restored: 0,
  range: 1,
  about: 2,
  over: 3,
  under: 3,
  garbled: 4,
};

const width = (a: Amount) =>
  a.low === null || a.high === null ? Number.POSITIVE_INFINITY : Math.abs(a.high - a.low);

/** A comparator putting the most precise figure first; `published` is each source's date. */
export function byPrecision(published: ReadonlyMap<string, string | null>) {
  return (a: Amount, b: Amount): number =>
    QUALIFIER_RANK[a.qualifier] - QUALIFIER_RANK[b.qualifier] ||
    width(a) - width(b) ||
    (published.get(b.sourceId) ?? "").localeCompare(published.get(a.sourceId) ?? "") ||
    a.id.localeCompare(b.id);
}

/**
 * The figures a total under a named measure adds: only figures of a project (batch, size-class and aggregate
 * figures, and figures no project could be tied to, are read with CZ.FIGURES instead), and of each project
 * one figure per measure and unit, the most precise.
 * @example countedFigures(dataset).filter((a) => a.measure === "总投资") // one per project
 */
export function countedFigures(dataset: Dataset): Amount[] {
  const published = new Map(dataset.sources.map((s) => [s.id, s.published] as const));
  const best = new Map<string, Amount>();
  const first = byPrecision(published);
  for (const amount of dataset.amounts) {
    if (amount.projectId === null || amount.scope !== "project") continue;
    const key = `${amount.projectId}\u0000${amount.measure}\u0000${amount.unit}`;
    const held = best.get(key);
    if (!held || first(amount, held) < 0) best.set(key, amount);
  }
  return [...best.values()];
}
