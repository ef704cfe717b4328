/**
 * The data-quality list: the figures an analyst should not read as exact — digits lost to an encoding fault
 * (garbled, `总投?0亿元` → 10–90) and approximate ones (约, 超, 不到, ranges) — with their text and quote.
 */
import type { Amount, Dataset, Qualifier } from "../core/dataset";

export const QUALITY_QUALIFIERS = ["garbled", "range", "about", "over", "under"] as const;
export type QualityQualifier = (typeof QUALITY_QUALIFIERS)[number];

export interface QualityItem {
  /** The figure's id: its row in CZ_Amounts. */
  amountId: string;
  qualifier: QualityQualifier;
  /** The figure as written (`总投?0亿元`). */
  text: string;
  measure: string;
  unit: string;
  /** "10–90", "≥200", "28" or "?" in the unit. */
  bounds: string;
  /** The project's name, else the organization's, else "". */
  subject: string;
  quote: string;
}

const isQuality = (q: Qualifier): q is QualityQualifier =>
  (QUALITY_QUALIFIERS as readonly string[]).includes(q);

/**
 * The bounds a figure stands for, in words a cell would show.
 * @example boundsText(10, 90) // "10–90"; boundsText(200, null) // "≥200"; boundsText(null, 5) // "≤5"
 */
export function boundsText(low: number | null, high: number | null): string {
  const n = (x: number) => String(Math.round(x * 10_000) / 10_000);
  if (low !== null && high !== null) return low === high ? n(low) : `${n(low)}–${n(high)}`;
  if (low !== null) return `≥${n(low)}`;
  if (high !== null) return `≤${n(high)}`;
  return "?";
}

/**
 * The figures to review, garbled first (they can be far off), then ranges, about, over, under; within a
 * kind in dataset order.
 * @example qualityItems(seed)[0] // { qualifier: "garbled", text: "?6家", bounds: "16–96", … }
 */
export function qualityItems(dataset: Dataset): QualityItem[] {
  const projects = new Map(dataset.projects.map((p) => [p.id, p.name] as const));
  const orgs = new Map(dataset.organizations.map((o) => [o.id, o.name] as const));
  const subjectOf = (a: Amount) =>
    (a.projectId !== null ? projects.get(a.projectId) : undefined) ??
    (a.orgId !== null ? orgs.get(a.orgId) : undefined) ??
    "";
  const rank = (q: QualityQualifier) => QUALITY_QUALIFIERS.indexOf(q);
  return dataset.amounts
    .flatMap((a, at) => (isQuality(a.qualifier) ? [{ a, q: a.qualifier, at }] : []))
    .sort((x, y) => rank(x.q) - rank(y.q) || x.at - y.at)
    .map(({ a, q }) => ({
      amountId: a.id,
      qualifier: q,
      text: a.text,
      measure: a.measure,
      unit: a.unit,
      bounds: boundsText(a.low, a.high),
      subject: subjectOf(a),
      quote: a.quote,
    }));
}

/** How many figures of each kind the list holds, for the section's heading. */
export function qualityCounts(items: readonly QualityItem[]): Record<QualityQualifier, number> {
  const counts = { garbled: 0, range: 0, about: 0, over: 0, under: 0 };
  for (const item of items) counts[item.qualifier] += 1;
  return counts;
}
