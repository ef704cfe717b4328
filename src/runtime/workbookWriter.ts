/**
 * Every write of the CZ data into the workbook — a refresh, an addition added or removed, unreadable additions
 * discarded, a repair — goes through one writer, under one rule (Excel applies each sync on its own and undoes
 * nothing when a later one fails):
 *
 * 1. The stored additions are read afresh (with the key a later write compares) and the change is applied to
 *    what they hold now, by source id: another author's addition stored meanwhile is kept, the same article twice
 *    is one addition.
 * 2. The tables are written from the layering of the published dataset with those additions, journaled: the
 *    first writing sync records the write as pending, the last stamps the tables with what they hold (src/excel
 *    journal.ts). Only then are the stored additions rewritten, in one sync, if they are still what was read
 *    (else steps 1–2 again, over what they hold now). The stored additions are the commit point.
 * 3. When any sync fails, the workbook is repaired at once to what it stores: the published dataset in use (the
 *    previous one, for a failed refresh) layered with the stored additions. A failure before the commit point
 *    gives back the previous state; one after it (a lost answer) the new one, complete. If the repair fails too
 *    (Excel gone, the workbook closed), the journal stays pending and the next start-up (settle) repairs before
 *    the first formula answers.
 * 4. At start-up (settle), the tables are brought to what the formulas will answer from before they answer: a
 *    write left pending is finished or undone, and tables of an older published dataset follow the one just
 *    downloaded (never one read from the offline copy). A starter report, PivotTable or freeze the journal says
 *    was cut short is undone too (src/excel undoPending.ts: the same journal, the other writes).
 *
 * The layers (and so the store every CZ function reads) change only to what the tables hold. Pure: the door to
 * the workbook and the layers are passed in.
 */
import type { Dataset } from "../core/dataset";
import type { DatasetOrigin } from "../core/datasetStore";
import type { StoredPart } from "../excel/additionsPart";
import { additionsKey, sameStamp, type TablesStamp } from "../excel/journal";
import type { WorkbookRecord } from "../excel/workbookRecord";
import { serializeAdditions } from "../ingest/additions/additionsPayload";
import type { Addition, LayeredDataset } from "../ingest/additions/types";
import { applyChange, message, needsRepair, othersChange, storedAdditions } from "./writerRules";
import type {
  WorkbookCondition,
  WorkbookState,
  WorkbookWriter,
  WriteOutcome,
  WriteReason,
  WriteRequest,
  WriterDeps,
} from "./writerTypes";

export * from "./writerTypes";
export { needsRepair } from "./writerRules";

export function createWorkbookWriter(deps: WriterDeps): WorkbookWriter {
  const { door, layers } = deps;
  const now = deps.now ?? (() => new Date());
  let condition: WorkbookCondition = { state: "consistent" };
  const listeners = new Set<(condition: WorkbookCondition) => void>();
  const setCondition = (next: WorkbookCondition) => {
    condition = next;
    for (const listener of [...listeners]) listener(condition);
  };
  // One write at a time: two writes interleaving their syncs would stamp each other's tables.
  let tail: Promise<unknown> = Promise.resolve();
  const lane = <T>(task: () => Promise<T>): Promise<T> => {
    const next = tail.then(task, task);
    tail = next.catch(() => undefined);
    return next;
  };

  /** The layering to write for `additions` over `published`; a layering that fails gives the published alone. */
  async function layering(published: Dataset, additions: readonly Addition[]) {
    try {
      await layers.ready(additions);
      return { layered: layers.compose(published, additions), notLayered: null };
    } catch (error) {
      return {
        layered: { dataset: published, merges: [], alreadyPublished: [] } as LayeredDataset,
        notLayered: message(error),
      };
    }
  }

  const stampFor = (layered: LayeredDataset, published: Dataset, additions: string) => {
    const tables: TablesStamp = { version: layered.dataset.version, published: published.version, additions };
    return { tables, marker: { time: now().toISOString(), version: tables.version } };
  };

  type Converged =
    { ok: true; holds: TablesStamp; wrote: boolean } | { ok: false; stage: "read" | "write"; error: unknown };

  /**
   * Makes the tables hold what the workbook stores (over `published`: the stored additions, layered) and the
   * layers follow. With `onlyIfNeeded`, tables that already hold it are not written again.
   */
  async function converge(
    inUse: { dataset: Dataset; origin: DatasetOrigin },
    onlyIfNeeded: boolean,
    /** A write that failed: when the workbook shows it complete (only its answer was lost), it stands. */
    attempted?: { stamp: TablesStamp; published: { dataset: Dataset; origin: DatasetOrigin } },
  ): Promise<Converged> {
    let record: WorkbookRecord;
    try {
      record = await door.read();
    } catch (error) {
      return { ok: false, stage: "read", error };
    }
    const complete =
      attempted &&
      !record.pending.data &&
      sameStamp(record.stamp, attempted.stamp) &&
      record.part.key === attempted.stamp.additions;
    const published = complete ? attempted.published : inUse;
    // A report, PivotTable or freeze cut short (the pane closed before it could undo it).
    if (record.pending.sheet || record.pending.freeze)
      try {
        await door.undoPending(record);
      } catch (error) {
        return { ok: false, stage: "write", error };
      }
    const stored = storedAdditions(record.part);
    const { layered, notLayered } = await layering(published.dataset, stored.additions);
    const stamp = stampFor(layered, published.dataset, record.part.key);
    // Additions that did not layer (the pipeline could not load) make no reason to rewrite whole tables: only a
    // write left pending does, with what can be computed.
    const wrote =
      !onlyIfNeeded ||
      (notLayered === null
        ? needsRepair(record, stamp.tables, published.origin)
        : record.pending.data !== null);
    if (wrote)
      try {
        await door.writeTables(layered.dataset, stamp);
      } catch (error) {
        return { ok: false, stage: "write", error };
      }
    layers.commit(published, stored.additions, stored.problem, notLayered === null ? layered : undefined);
    return { ok: true, holds: stamp.tables, wrote };
  }

  async function write(request: WriteRequest): Promise<WriteOutcome> {
    const fail = (
      workbook: WorkbookState,
      reason: WriteReason,
      detail: unknown,
      table: string | null = null,
    ): WriteOutcome => ({
      ok: false,
      failure: { workbook, reason, table, detail: message(detail), cause: detail },
    });
    // The workbook's additions must have been read at start-up: a write never goes over ones it has not seen.
    // (A pipeline that fails to load here is dealt with where the additions are layered.)
    await layers.ready().catch(() => undefined);
    const before = layers.getState();
    const published = request.published ?? before.published;
    if (published === null)
      return fail(
        "unchanged",
        "noDataset",
        "还没有载入数据集:请先刷新 / No dataset is loaded yet: press Refresh first",
      );
    const change = request.change ?? null;
    const known = before.readError === null ? before.additions : null;
    for (let attempt = 1; ; attempt++) {
      let record: WorkbookRecord;
      try {
        record = await door.read();
      } catch (error) {
        return fail("unchanged", "notRead", error);
      }
      const stored = storedAdditions(record.part);
      let next: readonly Addition[] = stored.additions;
      let nextKey = record.part.key;
      let commitPart: (() => Promise<void>) | null = null;
      if (change?.kind === "discard") {
        if (stored.problem === null && record.part.json !== null)
          return fail("unchanged", "changing", "the stored additions can be read now: nothing was discarded");
        next = [];
        nextKey = additionsKey(null);
        if (record.part.key !== nextKey) commitPart = () => door.deletePart(record.part.key);
      } else if (change) {
        // Never written over: another version's format, or two parts from merged workbooks.
        if (stored.problem !== null) return fail("unchanged", "unreadable", stored.problem);
        next = applyChange(change, stored.additions);
        const json = serializeAdditions(next);
        nextKey = additionsKey(json);
        commitPart = () => door.writePart(json, record.part.key);
      }
      const { layered, notLayered } = await layering(published.dataset, change ? next : stored.additions);
      // A change that does not layer is refused; a refresh writes the published dataset alone and says why.
      if (change && change.kind !== "discard" && notLayered !== null)
        return fail("unchanged", "layer", notLayered);
      const stamp = stampFor(layered, published.dataset, nextKey);
      let wroteTables = false;
      try {
        await door.writeTables(layered.dataset, stamp, request.onProgress);
        wroteTables = true;
        await commitPart?.();
      } catch (error) {
        const changed = wroteTables ? door.changedPart(error) : null;
        // Someone stored additions while the tables were written: again, over what they hold now.
        if (changed && attempt < 3) continue;
        const stopped = wroteTables ? null : door.stoppedAt(error);
        if (stopped && stopped.table === null) return fail("unchanged", "write", error);
        return repairAfter(error, stamp.tables, published, stopped?.table ?? null, changed);
      }
      setCondition({ state: "consistent" });
      layers.commit(
        published,
        next,
        change ? null : stored.problem,
        notLayered === null ? layered : undefined,
      );
      return {
        ok: true,
        layered,
        additions: next,
        notLayered,
        others: known && stored.problem === null ? othersChange(known, stored.additions) : null,
        marker: stamp.marker,
      };
    }

    /** The rule's step 3: the workbook back to what it stores, over the published dataset in use. */
    async function repairAfter(
      error: unknown,
      target: TablesStamp,
      attempted: NonNullable<WriteRequest["published"]>,
      table: string | null,
      changed: StoredPart | null,
    ): Promise<WriteOutcome> {
      // The previous published dataset (the formulas' own); a first write has none, and finishes its own.
      const inUse = layers.getState().published ?? attempted;
      const repaired = await converge(inUse, true, { stamp: target, published: attempted });
      if (!repaired.ok) {
        const why = `${message(error)} — repair: ${message(repaired.error)}`;
        setCondition({ state: "incomplete", table, detail: why });
        return fail("incomplete", "write", why, table);
      }
      setCondition({ state: "consistent" });
      const { holds } = repaired;
      if (holds.additions === target.additions && holds.published === target.published && !changed) {
        // The commit point was passed (only its answer was lost): the write is complete.
        const state = layers.getState();
        return {
          ok: true,
          layered: state.layered ?? { dataset: attempted.dataset, merges: [], alreadyPublished: [] },
          additions: state.additions,
          notLayered: state.layerError,
          others: null,
          marker: { time: now().toISOString(), version: holds.version },
        };
      }
      return fail(
        repaired.wrote ? "restored" : "unchanged",
        changed ? "changing" : "write",
        changed ? "the stored additions kept changing while this write ran" : error,
        table,
      );
    }
  }

  return {
    write: (request) => lane(() => write(request)),
    settle: (published) =>
      lane(async () => {
        // Waits for the start-up read of the additions; a pipeline that does not load leaves them unlayered.
        await layers.ready().catch(() => undefined);
        const settled = await converge(published, true);
        if (settled.ok) setCondition({ state: "consistent" });
        else {
          // The formulas answer anyway, from what is in memory.
          const state = layers.getState();
          layers.commit(published, state.additions, state.readError);
          // No workbook to read (outside Excel) says nothing about the tables; a repair that failed does.
          if (settled.stage === "write")
            setCondition({ state: "incomplete", table: null, detail: message(settled.error) });
        }
        return condition;
      }),
    condition: () => condition,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
