/**
 * Refresh: the five CZ tables rewritten in place from a dataset the caller has already downloaded and
 * validated, then the PivotTables built on them refreshed. The table objects are kept (a deleted and re-added
 * table breaks every formula, chart and PivotTable on it); user columns keep their cells; nothing outside the
 * CZ sheets is written. Syncs: up to three to read, then about one per table, more only where a table's body
 * passes the byte budget.
 */
/// <reference types="office-js" />
import type { Dataset } from "../core/dataset";
import { TABLE_LAYOUTS, rowsOf, type TableLayout, type TableName } from "../core/tableLayouts";
import { type TablesStamp, queueDone, queuePending, queueStamp } from "./journal";
import { readWorkbookState, type WorkbookState } from "./readTables";
import { SyncMeter, exclusive, runExcel } from "./runExcel";
import { createSyncWriter } from "./syncWriter";
import { DEFAULT_MAX_PAYLOAD_BYTES } from "./tableBody";
import { type LastRefresh, prepareLastRefresh } from "./settings";
import { writeTable } from "./tableWriter";

export interface RefreshProgressStep {
  table: TableName;
  /** Body rows written so far, of `total`. */
  done: number;
  total: number;
}

export interface RefreshOptions {
  onProgress?: (step: RefreshProgressStep) => void;
  /** Ceiling for one sync's estimated request (default 4 MB; Excel on the web refuses about 5 MB). */
  maxPayloadBytes?: number;
  /**
   * What the tables hold once written (see journal.ts): the write is journaled as pending in its first writing
   * sync, and the stamp and the CZ_LastRefresh marker are set in its last, with the PivotTables' refresh.
   */
  stamp?: { tables: TablesStamp; marker: LastRefresh };
}

export interface TableReport {
  name: TableName;
  rows: number;
  syncs: number;
  created: boolean;
  added: number;
  removed: number;
  userColumns: string[];
}

export interface RefreshReport {
  tables: TableReport[];
  syncs: number;
  /** The largest request of the refresh as estimated before sending (UTF-8 bytes of its cells as JSON). */
  largestPayloadBytes: number;
  pivotsRefreshed: string[];
}

/** A refresh that stopped: `table` is the one left incomplete, or null when nothing had been written yet. */
export class RefreshError extends Error {
  override readonly name = "RefreshError";

  constructor(
    readonly table: TableName | null,
    override readonly cause: unknown,
    /** Tables after `table`, which still hold the previous dataset. */
    readonly notRefreshed: TableName[] = [],
  ) {
    const why = cause instanceof Error ? cause.message : String(cause);
    super(
      table === null
        ? `The refresh stopped before writing anything; the workbook is unchanged. (${why})`
        : `${table} is incomplete: the refresh stopped while writing it (${why}). ` +
            (notRefreshed.length > 0 ? `${notRefreshed.join(", ")} still hold the previous data. ` : "") +
            "Refresh again to repair it.",
    );
  }
}

/**
 * Writes the dataset's five tables and refreshes the PivotTables built on them.
 * @example const report = await refreshTables(dataset, { onProgress: (s) => bar(s.done / s.total) })
 * // { tables: [{ name: "CZ_Projects", rows: 15, syncs: 1, … }, …], syncs: 6, … }
 */
export function refreshTables(dataset: Dataset, options: RefreshOptions = {}): Promise<RefreshReport> {
  const layouts: readonly TableLayout[] = TABLE_LAYOUTS;
  const rows = layouts.map((l) => rowsOf(l, dataset));
  return exclusive(() =>
    runExcel(async (ctx) => {
      const meter = new SyncMeter(ctx);
      // Rides with the first read: whether the CZ_LastRefresh name exists.
      const queueMarker = options.stamp ? prepareLastRefresh(ctx) : null;
      let state: WorkbookState;
      try {
        state = await readWorkbookState(
          ctx,
          meter,
          layouts,
          options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES,
        );
      } catch (e) {
        throw new RefreshError(null, e);
      }
      // After the last table: recalculate what the writes left dirty, then refresh the PivotTables on it; then
      // the stamp says the tables (and pivots) are complete.
      let finished = false;
      const finish = () => {
        finished = true;
        ctx.workbook.application.calculate("Recalculate");
        for (const name of state.czPivots) ctx.workbook.pivotTables.getItem(name).refresh();
        if (!options.stamp) return;
        queueMarker?.(options.stamp.marker);
        queueStamp(ctx, options.stamp.tables);
        queueDone(ctx, "data");
      };
      // The first command of the first writing sync: a write cut short from here on is known to the workbook.
      if (options.stamp)
        queuePending(ctx, "data", { target: options.stamp.tables, at: options.stamp.marker.time });
      const writer = createSyncWriter(ctx, meter, options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES);
      const tables: TableReport[] = [];
      for (const [i, layout] of layouts.entries()) {
        const before = meter.syncs;
        const existing = state.czTables.get(layout.table);
        const czNames = new Set(layouts.map((l) => l.table.toLowerCase()));
        const strayTables = [...state.tables.values()]
          .filter(
            (t) => t.sheet.toLowerCase() === layout.sheet.toLowerCase() && !czNames.has(t.name.toLowerCase()),
          )
          .map((t) => t.name);
        try {
          const plan = await writeTable(ctx, writer, {
            layout,
            rows: rows[i]!,
            existing,
            sheetExists: state.sheets.has(layout.sheet.toLowerCase()),
            strayTables,
            finish: i === layouts.length - 1 ? finish : undefined,
            onRows: (done, total) => options.onProgress?.({ table: layout.table, done, total }),
          });
          tables.push({
            name: layout.table,
            rows: rows[i]!.length,
            syncs: meter.syncs - before,
            created: !existing,
            added: plan.added,
            removed: plan.removed,
            userColumns: existing?.userColumns.map((u) => u.header) ?? [],
          });
        } catch (e) {
          throw new RefreshError(
            layout.table,
            e,
            layouts.slice(i + 1).map((l) => l.table),
          );
        }
      }
      // A last table with nothing to write (no rows, no change) leaves the closing commands unsent.
      if (!finished && options.stamp) {
        const last = layouts[layouts.length - 1]!.table;
        try {
          finish();
          await meter.sync();
        } catch (e) {
          throw new RefreshError(last, e);
        }
      }
      return {
        tables,
        syncs: meter.syncs,
        largestPayloadBytes: meter.largestPayloadBytes,
        pivotsRefreshed: [...state.czPivots],
      };
    }),
  );
}
