/**
 * The analyst's review decisions (unticked records, corrected fields, settled figures) as curation entries
 * with their reasons: the same rules as data/curation.json, so an addition builds to the same records in the
 * pane and, once exported, in `cz build`.
 */
import { PLACES } from "../../core/places";
import { SECTOR_TREE } from "../../core/sectors";
import { findPlace, findSector } from "../../core/taxonomy";
import type { Amount, Qualifier, Stage } from "../../core/dataset";
import { AdditionError } from "../additionInput";
import { type CurationEntry, curationSchema } from "../curation";
import type { AdditionReview } from "./types";

export interface SettledFigure {
  low: number | null;
  high: number | null;
  qualifier: Qualifier;
  /** A source id or a URL where the true value is read, and its words. */
  evidenceSource: string;
  evidenceQuote: string;
}

export interface ReviewDecisions {
  /** Project ids unticked in review. */
  excludedProjects: string[];
  /** Amount ids unticked in review. */
  excludedAmounts: string[];
  /** Project id → sector id or name. */
  sectors: Record<string, string>;
  /** Project id → place id or name. */
  places: Record<string, string>;
  /** Project id → its stage (and date, null unknown; absent: as extracted) as the analyst read it. */
  stages?: Record<string, { stage: Stage; date?: string | null }>;
  /** Amount id → its settled value. */
  settled: Record<string, SettledFigure>;
  /** Project or amount id → why; every decision needs one. */
  reasons: Record<string, string>;
}

export const NO_DECISIONS: ReviewDecisions = {
  excludedProjects: [],
  excludedAmounts: [],
  sectors: {},
  places: {},
  settled: {},
  reasons: {},
};

/** An entry before it is numbered (distributes over the union, so each action keeps its fields). */
type WithoutId<T> = T extends unknown ? Omit<T, "id"> : never;

const refuse = (zh: string, en: string) => new AdditionError("curation", zh, en);

/**
 * Curation entries for the decisions, ids `<article id>-<n>` in a fixed order (drops, then corrections), each
 * with the record's reason or else `reason`. A correction of an unticked record is left out (it is gone).
 * Unticking or settling a figure names it by its text and quote: another figure written alike elsewhere stays.
 * @throws AdditionError "curation" naming the record when a reason is missing, a record is not in the review,
 *   a sector or place is unknown, or a settled figure is not a valid settlement
 */
export function decisionsToCuration(
  review: AdditionReview,
  decisions: ReviewDecisions,
  reason?: string,
): CurationEntry[] {
  const source = review.article.id;
  const projectName = (id: string) => {
    const p = review.projects.find((x) => x.id === id);
    if (!p) throw refuse(`项目 ${id} 不在本文记录中。`, `project ${id} is not a record of this article.`);
    return p.name;
  };
  const amountOf = (id: string): Amount => {
    const a = review.amounts.find((x) => x.id === id);
    if (!a) throw refuse(`金额 ${id} 不在本文记录中。`, `figure ${id} is not a record of this article.`);
    return a;
  };
  const why = (id: string, label: string) => {
    const text = (decisions.reasons[id] ?? reason ?? "").trim();
    if (text === "")
      throw refuse(`“${label}”的决定缺少理由。`, `the decision on '${label}' (${id}) needs a reason.`);
    return text;
  };
  const dropped = new Set(decisions.excludedProjects);
  const droppedAmounts = new Set(decisions.excludedAmounts);
  const entries: CurationEntry[] = [];
  const push = (entry: WithoutId<CurationEntry>) =>
    entries.push({ ...entry, id: `${source}-${entries.length + 1}` } as CurationEntry);

  for (const id of [...dropped].sort()) {
    const name = projectName(id);
    push({ action: "dropProject", project: id, reason: why(id, name) });
  }
  // Each figure by its text and quote: another figure written alike (two projects' 总投资20亿元) stays.
  const droppedFigures = new Set<string>();
  const figureKey = (a: Amount) => `${a.text}\u0000${a.quote}`;
  for (const id of [...droppedAmounts].sort()) {
    const a = amountOf(id);
    const reasonText = why(id, a.text);
    if (droppedFigures.has(figureKey(a))) continue;
    droppedFigures.add(figureKey(a));
    push({ action: "dropAmount", source, text: a.text, quote: a.quote, reason: reasonText });
  }
  for (const [id, sector] of Object.entries(decisions.sectors).sort(byKey)) {
    const name = projectName(id);
    if (dropped.has(id)) continue;
    if (!findSector(SECTOR_TREE, sector))
      throw refuse(`“${name}”的行业“${sector}”不存在。`, `'${name}': unknown sector '${sector}'.`);
    push({ action: "setSector", project: id, sector, reason: why(id, name) });
  }
  for (const [id, place] of Object.entries(decisions.places).sort(byKey)) {
    const name = projectName(id);
    if (dropped.has(id)) continue;
    if (!findPlace(PLACES, place))
      throw refuse(`“${name}”的地点“${place}”不存在。`, `'${name}': unknown place '${place}'.`);
    push({ action: "setPlace", project: id, place, reason: why(id, name) });
  }
  for (const [id, { stage, date }] of Object.entries(decisions.stages ?? {}).sort(byKey)) {
    const name = projectName(id);
    if (dropped.has(id)) continue;
    push({
      action: "setStage",
      project: id,
      stage,
      ...(date === undefined ? {} : { date }),
      reason: why(id, name),
    });
  }
  for (const [id, s] of Object.entries(decisions.settled).sort(byKey)) {
    const a = amountOf(id);
    if (droppedFigures.has(figureKey(a))) continue;
    push({
      action: "settleAmount",
      source,
      text: a.text,
      quote: a.quote,
      low: s.low,
      high: s.high,
      qualifier: s.qualifier,
      evidence: { source: s.evidenceSource, quote: s.evidenceQuote },
      reason: why(id, a.text),
    });
  }
  // The same checks data/curation.json gets (bounds, low ≤ high, non-empty evidence), named for the pane.
  const parsed = curationSchema.safeParse({ entries });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refuse(`审核决定无效：${issue.message}`, `a review decision is invalid: ${issue.message}`);
  }
  return parsed.data.entries;
}

const byKey = (a: [string, unknown], b: [string, unknown]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
