/**
 * What the analyst decided while reviewing an article's records: which are left out, which project gets another
 * sector or place, and why. Kept as plain immutable data (the pane's state), turned into the decisions the
 * pipeline makes curation entries of. Every untick and every correction needs a reason, as in data/curation.
 */
import type { Stage } from "../core/dataset";
import type { AdditionReview } from "../ingest/additions/types";

export interface ReviewChoices {
  /** Project and figure ids left out. */
  excluded: ReadonlySet<string>;
  /** Project id → the sector id chosen instead of the extracted one. */
  sectors: ReadonlyMap<string, string>;
  /** Project id → the place id chosen instead of the extracted one. */
  places: ReadonlyMap<string, string>;
  /** Project id → the stage chosen instead of the extracted one, and its date as typed ("" keeps the date). */
  stages: ReadonlyMap<string, { stage: Stage; date: string }>;
  /** Figure id → its value as the analyst read it elsewhere, as typed (checked by settlementProblem). */
  settled: ReadonlyMap<string, SettlementDraft>;
  /** Record id → the analyst's reason for its untick or correction. */
  reasons: ReadonlyMap<string, string>;
}

/** A figure's value as typed in the review: bounds as text, and where the true value is written. */
export interface SettlementDraft {
  low: string;
  high: string;
  /** A URL (or a source id) where the value is read… */
  evidenceSource: string;
  /** …and the words there that state it. */
  evidenceQuote: string;
}

export const EMPTY_SETTLEMENT: SettlementDraft = { low: "", high: "", evidenceSource: "", evidenceQuote: "" };

export type SettlementProblem = "bounds" | "order" | "evidence";

/** A bound as typed: "" is unknown (null), a number ≥ 0 is itself, anything else is not a bound. */
function boundOf(text: string): number | null | undefined {
  const t = text.trim();
  if (t === "") return null;
  const n = Number(t);
  return Number.isFinite(n) && n >= 0 ? n : undefined;
}

/** What is wrong with a settlement as typed, or null. */
export function settlementProblem(d: SettlementDraft): SettlementProblem | null {
  const low = boundOf(d.low);
  const high = boundOf(d.high);
  if (low === undefined || high === undefined || (low === null && high === null)) return "bounds";
  if (low !== null && high !== null && low > high) return "order";
  if (d.evidenceSource.trim() === "" || d.evidenceQuote.trim() === "") return "evidence";
  return null;
}

export const NO_CHOICES: ReviewChoices = {
  excluded: new Set(),
  sectors: new Map(),
  places: new Map(),
  stages: new Map(),
  settled: new Map(),
  reasons: new Map(),
};

/** A project's stage and date as corrected (null: back to what was extracted). */
export function correctStage(
  choices: ReviewChoices,
  projectId: string,
  value: { stage: Stage; date: string } | null,
): ReviewChoices {
  const stages = new Map(choices.stages);
  if (value === null) stages.delete(projectId);
  else stages.set(projectId, value);
  return { ...choices, stages };
}

/** A stage date as typed: "" keeps the extracted date; else YYYY, YYYY-MM or YYYY-MM-DD. */
export const stageDateProblem = (date: string): boolean =>
  date.trim() !== "" && !/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(date.trim());

/** Settles a figure (or, with null, takes the settlement back). */
export function settle(
  choices: ReviewChoices,
  amountId: string,
  draft: SettlementDraft | null,
): ReviewChoices {
  const settled = new Map(choices.settled);
  if (draft === null) settled.delete(amountId);
  else settled.set(amountId, draft);
  return { ...choices, settled };
}

/** Records whose settlement is not complete yet: Add waits for them too. */
export function unsettled(choices: ReviewChoices): string[] {
  const figures = [...choices.settled].filter(
    ([id, d]) => !choices.excluded.has(id) && settlementProblem(d) !== null,
  );
  const stages = [...choices.stages].filter(
    ([id, s]) => !choices.excluded.has(id) && stageDateProblem(s.date),
  );
  return [...figures, ...stages].map(([id]) => id).sort();
}

export function toggleRecord(choices: ReviewChoices, id: string, included: boolean): ReviewChoices {
  const excluded = new Set(choices.excluded);
  if (included) excluded.delete(id);
  else excluded.add(id);
  return { ...choices, excluded };
}

/** A correction of a project's sector or place; choosing the extracted value again removes the correction. */
export function correct(
  choices: ReviewChoices,
  field: "sectors" | "places",
  projectId: string,
  value: string | null,
): ReviewChoices {
  const map = new Map(choices[field]);
  if (value === null) map.delete(projectId);
  else map.set(projectId, value);
  return { ...choices, [field]: map };
}

export function setReason(choices: ReviewChoices, id: string, reason: string): ReviewChoices {
  const reasons = new Map(choices.reasons);
  reasons.set(id, reason);
  return { ...choices, reasons };
}

/** Whether a record was unticked or corrected, so that it needs a reason. */
export function isChanged(choices: ReviewChoices, id: string): boolean {
  return (
    choices.excluded.has(id) || choices.sectors.has(id) || choices.places.has(id) || choices.settled.has(id)
  );
}

/** The ids of changed records still without a reason: Add waits until there are none. */
export function missingReasons(choices: ReviewChoices): string[] {
  const changed = new Set([
    ...choices.excluded,
    ...choices.sectors.keys(),
    ...choices.places.keys(),
    ...choices.stages.keys(),
    ...choices.settled.keys(),
  ]);
  return [...changed].filter((id) => (choices.reasons.get(id) ?? "").trim() === "").sort();
}

/**
 * The decisions in the shape the pipeline's decisionsToCuration takes. A left-out project takes its figures
 * with it (a dropProject entry alone would leave them in CZ_Amounts, unattached), for the project's reason.
 */
export function toDecisions(review: AdditionReview, choices: ReviewChoices) {
  const projectIds = new Set(review.projects.map((p) => p.id));
  const reasons: Record<string, string> = {};
  for (const [id, reason] of choices.reasons) if (isChanged(choices, id)) reasons[id] = reason.trim();
  const excludedAmounts = new Set([...choices.excluded].filter((id) => !projectIds.has(id)));
  for (const amount of review.amounts)
    if (
      amount.projectId !== null &&
      choices.excluded.has(amount.projectId) &&
      !excludedAmounts.has(amount.id)
    ) {
      excludedAmounts.add(amount.id);
      reasons[amount.id] = reasons[amount.projectId] ?? "";
    }
  return {
    excludedProjects: [...choices.excluded].filter((id) => projectIds.has(id)).sort(),
    excludedAmounts: [...excludedAmounts].sort(),
    sectors: Object.fromEntries(choices.sectors),
    places: Object.fromEntries(choices.places),
    stages: Object.fromEntries(
      [...choices.stages].map(([id, { stage, date }]) => [
        id,
        date.trim() === "" ? { stage } : { stage, date: date.trim() },
      ]),
    ),
    settled: Object.fromEntries(
      [...choices.settled]
        .filter(([id, d]) => !excludedAmounts.has(id) && settlementProblem(d) === null)
        .map(([id, d]) => {
          const low = boundOf(d.low) ?? null;
          const high = boundOf(d.high) ?? null;
          // Both bounds: exact or a range; one bound: at least (over) or at most (under).
          const qualifier =
            low !== null && high !== null
              ? low === high
                ? ("exact" as const)
                : ("range" as const)
              : low !== null
                ? ("over" as const)
                : ("under" as const);
          const evidence = { evidenceSource: d.evidenceSource.trim(), evidenceQuote: d.evidenceQuote.trim() };
          return [id, { low, high, qualifier, ...evidence }];
        }),
    ),
    reasons,
  };
}

/** How many projects and figures go into the workbook: a figure of a left-out project goes with it. */
export function includedCounts(
  review: AdditionReview,
  choices: ReviewChoices,
): { projects: number; figures: number } {
  const projects = review.projects.filter((p) => !choices.excluded.has(p.id));
  const figures = review.amounts.filter(
    (a) => !choices.excluded.has(a.id) && (a.projectId === null || !choices.excluded.has(a.projectId)),
  );
  return { projects: projects.length, figures: figures.length };
}
