/**
 * Refresh: the five CZ tables rewritten in place from a dataset the caller has already downloaded and
 * validated, then the PivotTables built on them refreshed. The table objects are kept (a deleted and re-added
 * table breaks every formula, chart and PivotTable on it); user columns keep their cells; nothing outside the
 * CZ sheets is written. Syncs: up to three to read, then as many as the bytes written need at the budget a
 * request (tables share requests).
 */
/// <reference types="office-js" />
import type { Dataset } from "../core/dataset";
import { TABLE_LAYOUTS, rowsOf, type TableLayout, type TableName } from "../core/tableLayouts";
import { type TablesStamp, queueDone, queuePending, queueStamp } from "./journal";
import { readWorkbookState, type WorkbookState } from "./readTables";
import { SyncMeter, exclusive, runExcel } from "./runExcel";
import { createSyncWriter } from "./syncWriter";
import { type LastRefresh, prepareLastRefresh } from "./settings";
import { DEFAULT_MAX_PAYLOAD_BYTES, DEFAULT_MAX_RESPONSE_BYTES } from "./tableBody";
import { writeTable } from "./tableWriter";

export interface RefreshProgressStep {
  table: TableName;
  /** Body rows written so far, of `total`. */
  done: number;
  total: number;
}

export interface RefreshOptions {
  onProgress?: (step: RefreshProgressStep) => void;
  /**
   * Ceiling for one sync's estimated request and answer (default 4.75 MB a write, 4 MB a read; Excel on the web
   * refuses about 5 MB).
   */
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
  /** The write requests that carried its commands (one may be shared with the table before or after). */
  syncs: number;
  created: boolean;
  added: number;
  removed: number;
  userColumns: string[];
}

export interface RefreshReport {
  tables: TableReport[];
  /**
   * The tables each write request carried, in order, after the reads (one table's end and the next one's start
   * may share a request).
   */
  writes: TableName[][];
  syncs: number;
  /** The largest request of the refresh as estimated before sending (UTF-8 bytes of its cells as JSON). */
  largestPayloadBytes: number;
  pivotsRefreshed: string[];
}

/**
 * A refresh that stopped: `table` is the one left incomplete, or null when nothing had been written yet. A
 * request may carry one table's last rows and the next table's first: when such a request fails, one of its
 * tables is incomplete (Excel stops a batch at the failing command), and `tables` names them all.
 */
export class RefreshError extends Error {
  override readonly name = "RefreshError";
  /** The tables the failed request wrote, one of which it left incomplete ([] before any write). */
  readonly tables: TableName[];

  constructor(
    tables: TableName | TableName[] | null,
    override readonly cause: unknown,
    /** Tables after `tables`, which still hold the previous dataset. */
    readonly notRefreshed: TableName[] = [],
  ) {
    const list = tables === null ? [] : Array.isArray(tables) ? tables : [tables];
    const why = cause instanceof Error ? cause.message : String(cause);
    super(
      list.length === 0
        ? `The refresh stopped before writing anything; the workbook is unchanged. (${why})`
        : `${list.join(" or ")} is incomplete: the refresh stopped while writing ${list.length > 1 ? "them" : "it"} (${why}). ` +
            (notRefreshed.length > 0 ? `${notRefreshed.join(", ")} still hold the previous data. ` : "") +
            "Refresh again to repair it.",
    );
    this.tables = list;
  }

  /** The first table the failed request wrote (the incomplete one when Excel applied none of it), or null. */
  get table(): TableName | null {
    return this.tables[0] ?? null;
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
          options.maxPayloadBytes ?? DEFAULT_MAX_RESPONSE_BYTES,
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
            syncs: 0, // counted below, once every request is synced
            created: !existing,
            added: plan.added,
            removed: plan.removed,
            userColumns: existing?.userColumns.map((u) => u.header) ?? [],
          });
        } catch (e) {
          // The request that failed may have carried the previous table's last rows too.
          const failed = (writer.failedParts ?? [layout.table]) as TableName[];
          const after = Math.max(...failed.map((t) => layouts.findIndex((l) => l.table === t)));
          throw new RefreshError(
            failed,
            e,
            layouts.slice(after + 1).map((l) => l.table),
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
      for (const table of tables)
        table.syncs = writer.syncedParts.filter((parts) => parts.includes(table.name)).length;
      return {
        tables,
        writes: writer.syncedParts as TableName[][],
        syncs: meter.syncs,
        largestPayloadBytes: meter.largestPayloadBytes,
        pivotsRefreshed: [...state.czPivots],
      };
    }),
  );
}
