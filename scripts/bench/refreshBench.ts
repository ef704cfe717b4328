/**
 * A task-pane refresh against the Excel stand-in: syncs, largest and total request bytes and JavaScript time of
 * src/excel's refreshTables, side by side with a naive writer that adds each table row with its own sync (what
 * a first attempt usually does), where that finishes in reasonable time.
 */
import type { Dataset } from "../../src/core/dataset";
import { TABLE_LAYOUTS, rowsOf } from "../../src/core/tableLayouts";
import { refreshTables } from "../../src/excel";
import { setExcelRunner } from "../../src/excel/runExcel";
import { installStandIn } from "../../test/excel-standin";
import { millis, stat } from "./stats";

/** Beyond this many rows the naive writer is not run: its cost per row is already clear below it. */
const NAIVE_MAX_ROWS = 50_000;

/**
 * The stand-in has no network, so its time is JavaScript only. A real sync is a round trip to Excel (tens of
 * milliseconds on the web); this models what the number of syncs costs there. A model, labelled as such.
 */
const MODEL_ROUND_TRIP_MS = 50;

function standIn() {
  setExcelRunner(null);
  // No request limit: the naive writer's and ours are measured, not refused.
  return installStandIn(globalThis, { sheets: ["Sheet1"], payloadLimitBytes: Number.MAX_SAFE_INTEGER });
}

/** One sync per row: sheet and table first, then rows.add for every row. */
async function naiveRefresh(dataset: Dataset): Promise<void> {
  for (const layout of TABLE_LAYOUTS) {
    const rows = rowsOf(layout, dataset);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add(layout.sheet);
      const header = sheet.getRangeByIndexes(0, 0, 1, layout.columns.length);
      const table = sheet.tables.add(header, true);
      table.name = layout.table;
      table.getHeaderRowRange().values = [layout.columns.map((c) => c.header)];
      await context.sync();
      for (const row of rows) {
        table.rows.add(undefined, [row.map((cell) => cell ?? "")]);
        await context.sync();
      }
    });
  }
}

export async function refreshBench(dataset: Dataset, runs: number) {
  const measureOurs = async () => {
    const host = standIn();
    const start = process.hrtime.bigint();
    await refreshTables(dataset);
    const ms = millis(start);
    const syncs = host.syncs;
    return {
      ms,
      syncs: syncs.length,
      largest: Math.max(...syncs.map((s) => s.requestBytes)),
      total: syncs.reduce((sum, s) => sum + s.requestBytes, 0),
    };
  };
  await measureOurs(); // warm-up
  const ours = [];
  for (let i = 0; i < runs; i++) ours.push(await measureOurs());

  // In place: the same workbook refreshed again with the projects in reverse order (reads IDs, keeps rows).
  const inPlace = await (async () => {
    const host = standIn();
    await refreshTables(dataset);
    host.resetCounters();
    const reordered = { ...dataset, projects: [...dataset.projects].reverse() };
    const start = process.hrtime.bigint();
    await refreshTables(reordered);
    return {
      ms: Math.round(millis(start)),
      syncs: host.syncs.length,
      largestRequestBytes: Math.max(...host.syncs.map((s) => s.requestBytes)),
      largestResponseBytes: Math.max(...host.syncs.map((s) => s.responseBytes)),
    };
  })();

  const rows = TABLE_LAYOUTS.reduce((n, l) => n + rowsOf(l, dataset).length, 0);
  let naive: object = { skipped: `over ${NAIVE_MAX_ROWS} table rows` };
  if (rows <= NAIVE_MAX_ROWS) {
    const host = standIn();
    const start = process.hrtime.bigint();
    await naiveRefresh(dataset);
    const ms = millis(start);
    naive = {
      ms: Math.round(ms),
      syncs: host.syncs.length,
      largestRequestBytes: Math.max(...host.syncs.map((s) => s.requestBytes)),
      totalRequestBytes: host.syncs.reduce((sum, s) => sum + s.requestBytes, 0),
      modelSecondsAt50msPerSync: Math.round((host.syncs.length * MODEL_ROUND_TRIP_MS) / 1000),
    };
  }
  return {
    projects: dataset.projects.length,
    tableRows: rows,
    refreshTables: {
      ms: stat(ours.map((o) => o.ms)),
      syncs: ours[0]!.syncs,
      largestRequestBytes: ours[0]!.largest,
      totalRequestBytes: ours[0]!.total,
      modelSecondsAt50msPerSync: (ours[0]!.syncs * MODEL_ROUND_TRIP_MS) / 1000,
    },
    refreshInPlace: inPlace,
    naiveOneSyncPerRow: naive,
  };
}
