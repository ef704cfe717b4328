/**
 * The data-quality list: the figures an analyst should not read as exact — digits lost to an encoding fault
 * (garbled, `总投?0亿元` → 10–90) and approximate ones (约, 超, 不到, ranges) — and the figures that are no
 * single project's (a batch "18个项目总投资80亿元", a size class, an aggregate), which totals leave out, with their
 * text and quote.
 */
import type { Amount, AmountScope, Dataset, Qualifier } from "../core/dataset";

/** Scopes listed for review: figures of many projects, never added into a total. */
export const QUALITY_SCOPES = ["batch", "threshold", "aggregate"] as const;
export type QualityScope = (typeof QUALITY_SCOPES)[number];

export const QUALITY_QUALIFIERS = ["garbled", "range", "about", "over", "under"] as const;
export type QualityQualifier = (typeof QUALITY_QUALIFIERS)[number];

export interface QualityItem {
  /** The figure's id: its row in CZ_Amounts. */
  amountId: string;
  /** Null for an exact figure listed for its scope alone. */
  qualifier: QualityQualifier | null;
  /** Null for a project's figure. */
  scope: QualityScope | null;
  /** How many projects a batch figure covers, where written. */
  projectCount: number | null;
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
const isQualityScope = (s: AmountScope): s is QualityScope =>
  (QUALITY_SCOPES as readonly string[]).includes(s);

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
 * The figures to review, garbled first (they can be far off), then ranges, about, over, under, then exact
 * batch, size-class and aggregate figures; within a kind in dataset order.
 * @example qualityItems(seed)[0] // { qualifier: "garbled", text: "?6家", bounds: "16–96", … }
 */
export function qualityItems(dataset: Dataset): QualityItem[] {
  const projects = new Map(dataset.projects.map((p) => [p.id, p.name] as const));
  const orgs = new Map(dataset.organizations.map((o) => [o.id, o.name] as const));
  const subjectOf = (a: Amount) =>
    (a.projectId !== null ? projects.get(a.projectId) : undefined) ??
    (a.orgId !== null ? orgs.get(a.orgId) : undefined) ??
    "";
  const rank = (q: QualityQualifier | null, s: QualityScope | null) =>
    q !== null ? QUALITY_QUALIFIERS.indexOf(q) : QUALITY_QUALIFIERS.length + QUALITY_SCOPES.indexOf(s!);
  return dataset.amounts
    .flatMap((a, at) => {
      const q = isQuality(a.qualifier) ? a.qualifier : null;
      const s = isQualityScope(a.scope) ? a.scope : null;
      return q !== null || s !== null ? [{ a, q, s, at }] : [];
    })
    .sort((x, y) => rank(x.q, x.s) - rank(y.q, y.s) || x.at - y.at)
    .map(({ a, q, s }) => ({
      amountId: a.id,
      qualifier: q,
      scope: s,
      projectCount: a.projectCount,
      text: a.text,
      measure: a.measure,
      unit: a.unit,
      bounds: boundsText(a.low, a.high),
      subject: subjectOf(a),
      quote: a.quote,
    }));
}

/** How many figures of each kind the list holds, for the section's heading. */
export function qualityCounts(
  items: readonly QualityItem[],
): Record<QualityQualifier | QualityScope, number> {
  const counts = { garbled: 0, range: 0, about: 0, over: 0, under: 0, batch: 0, threshold: 0, aggregate: 0 };
  for (const item of items) {
    if (item.qualifier !== null) counts[item.qualifier] += 1;
    if (item.scope !== null) counts[item.scope] += 1;
  }
  return counts;
}
