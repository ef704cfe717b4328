/**
 * A task-pane refresh against the Excel stand-in: syncs, largest and total request bytes and JavaScript time of
 * src/excel's refreshTables, side by side with a naive writer that adds each table row with its own sync (what
 * a first attempt usually does), where that finishes in reasonable time; and the add-in's own heap apart from
 * the stand-in's workbook.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
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

function standIn(discardCells = false) {
  setExcelRunner(null);
  // No request limit: the naive writer's and ours are measured, not refused.
  return installStandIn(globalThis, {
    sheets: ["Sheet1"],
    payloadLimitBytes: Number.MAX_SAFE_INTEGER,
    discardCells,
  });
}

/** A full garbage collection, so that a heap figure counts only what is alive. */
function collector(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

const MB = 1024 * 1024;
const heapMB = () => Math.round(process.memoryUsage().heapUsed / MB);

/**
 * The memory of a refresh into an empty workbook, the add-in's apart from the stand-in's. Excel keeps the
 * workbook in its own process; the stand-in keeps it in this one (about ten times the add-in's share at 100k
 * projects). So the add-in's peak is measured against a stand-in that checks, counts and sizes every write
 * and then drops its cells: sampled after a full collection just before each sync, when the request being sent
 * is queued, what is alive is the add-in's (the dataset, every table's rows, the queued request) plus the
 * stand-in's small bookkeeping of the queued commands. The stand-in's workbook is what a normal run keeps alive
 * after the refresh.
 */
async function memoryOfRefresh(dataset: Dataset) {
  const gc = collector();
  const measure = async (discardCells: boolean) => {
    const host = standIn(discardCells);
    gc();
    const before = heapMB();
    let peak = before;
    const sync = host.runtime.sync.bind(host.runtime);
    host.runtime.sync = async (ctx) => {
      gc();
      peak = Math.max(peak, heapMB());
      return sync(ctx);
    };
    await refreshTables(dataset);
    gc();
    return { before, peak, after: heapMB(), host };
  };
  const addin = await measure(true);
  const full = await measure(false);
  return {
    unit: "MB of JavaScript heap alive after a full collection",
    datasetAndCodeMB: addin.before,
    addinPeakMB: addin.peak,
    addinPeakAboveDatasetMB: addin.peak - addin.before,
    standInWorkbookMB: full.after - full.before,
  };
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
  // First, before the timed runs leave their garbage and their workbooks behind.
  const memory = await memoryOfRefresh(dataset);
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
      // The goal for a refresh: no more syncs than a request per 4 MiB sent, plus three.
      totalRequestMiB: Math.round((ours[0]!.total / 1024 / 1024) * 100) / 100,
      syncsAllowed: Math.ceil(ours[0]!.total / 1024 / 1024 / 4) + 3,
      modelSecondsAt50msPerSync: (ours[0]!.syncs * MODEL_ROUND_TRIP_MS) / 1000,
    },
    refreshInPlace: inPlace,
    memory,
    naiveOneSyncPerRow: naive,
  };
}
