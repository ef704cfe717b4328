/**
 * The writer's rules as pure functions: the stored additions as the layers use them, a change applied to them
 * by source id (co-authoring: always to what is stored now), what another author changed, and when the start-up
 * must rewrite the tables.
 */
import type { DatasetOrigin } from "../core/datasetStore";
import type { StoredPart } from "../excel/additionsPart";
import type { TablesStamp } from "../excel/journal";
import type { WorkbookRecord } from "../excel/workbookRecord";
import { parseAdditions } from "../ingest/additions/additionsPayload";
import type { Addition } from "../ingest/additions/types";
import type { AdditionsChange, OthersChange } from "./writerTypes";

const WHERE = "工作簿中的本地添加 / the workbook's stored additions";
export const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The stored additions as the layers use them: parsed, or why not (then none are layered). */
export function storedAdditions(part: StoredPart): { additions: Addition[]; problem: string | null } {
  if (part.problem) return { additions: [], problem: part.problem.message };
  if (part.json === null) return { additions: [], problem: null };
  try {
    return { additions: parseAdditions(part.json, WHERE), problem: null };
  } catch (error) {
    return { additions: [], problem: message(error) };
  }
}

/** A change applied to the additions stored now (merge by source id). */
export function applyChange(change: AdditionsChange, current: readonly Addition[]): readonly Addition[] {
  switch (change.kind) {
    case "put":
      return [...current.filter((a) => a.article.id !== change.addition.article.id), change.addition];
    case "remove":
      return current.filter((a) => a.article.id !== change.articleId);
    case "discard":
      return [];
  }
}

export function othersChange(known: readonly Addition[], now: readonly Addition[]): OthersChange | null {
  const ids = (list: readonly Addition[]) => new Set(list.map((a) => a.article.id));
  const [before, after] = [ids(known), ids(now)];
  const added = now.filter((a) => !before.has(a.article.id)).map((a) => a.article.title);
  const removed = known.filter((a) => !after.has(a.article.id)).map((a) => a.article.title);
  return added.length + removed.length > 0 ? { added, removed } : null;
}

/**
 * Whether the tables must be rewritten to hold `target`, what the formulas answer from: a write was left
 * pending, or they were written with other stored additions, or they hold another dataset than the one just
 * loaded from the network (the formulas follow the published dataset; the tables follow the formulas). A copy
 * loaded offline never rewrites tables of another published dataset (it may be older than they are); a workbook
 * never stamped (written by an older add-in, or never written) is left alone.
 * @example needsRepair({ stamp: { version: "a", published: "a", additions: "none" }, pending }, { version: "b", published: "b", additions: "none" }, "network") // true
 */
export function needsRepair(
  record: Pick<WorkbookRecord, "stamp" | "pending">,
  target: TablesStamp,
  origin: DatasetOrigin,
): boolean {
  if (record.pending.data) return true;
  const { stamp } = record;
  if (stamp === null) return false;
  if (stamp.additions !== target.additions) return true;
  if (stamp.version === target.version) return false;
  return origin === "network" || stamp.published === target.published;
}
