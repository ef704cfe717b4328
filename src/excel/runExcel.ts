/**
 * How src/excel reaches Excel: one `runExcel` (so tests and the browser end-to-end page put the stand-in in
 * Office's place), the requirement checks for APIs newer than the manifest's ExcelApi 1.8, one lane for writes
 * (two writers interleaving syncs would resize a table under each other), and a meter for syncs.
 */
/// <reference types="office-js" />

export type ExcelBatch<T> = (context: Excel.RequestContext) => Promise<T>;
export type ExcelRunner = <T>(batch: ExcelBatch<T>) => Promise<T>;

let runner: ExcelRunner | null = null;

/** Replaces `Excel.run` (null restores it). */
export function setExcelRunner(next: ExcelRunner | null): void {
  runner = next;
}

/**
 * The page is not running inside Excel (opened in a plain browser): there is no workbook to write. Said in
 * plain words instead of the browser's "Excel is not defined".
 */
export class NotInExcelError extends Error {
  constructor() {
    super("Excel is not available: the pane was opened outside Excel");
    this.name = "NotInExcelError";
  }
}

/**
 * Runs a batch through `Excel.run`, or through the runner set with `setExcelRunner`.
 * @example await runExcel(async (ctx) => { ctx.workbook.worksheets.add("X"); await ctx.sync(); })
 */
export function runExcel<T>(batch: ExcelBatch<T>): Promise<T> {
  // Read at call time: the stand-in may be installed after this module loaded.
  if (runner) return runner(batch);
  if (typeof Excel === "undefined") return Promise.reject(new NotInExcelError());
  return Excel.run(batch);
}

/**
 * APIs above the manifest's ExcelApi 1.8 that src/excel uses, each with the requirement set that brought it
 * (checked against @types/office-js and the Office.js reference). Each use falls back when it is missing.
 */
export const NEWER_APIS = {
  /** Application.suspendScreenUpdatingUntilNextSync. */
  screenUpdating: ["ExcelApi", "1.9"],
  /** Range.getSpillingToRangeOrNullObject, for freezing dynamic arrays. */
  spills: ["ExcelApi", "1.12"],
  /** Table.resize; without it rows are added through TableRowCollection.add. */
  tableResize: ["ExcelApi", "1.13"],
  /** PivotTable.getDataSourceString; without it only PivotTables made by createPivot are refreshed. */
  pivotSource: ["ExcelApi", "1.15"],
} as const;

/** Whether the host supports a requirement set; false outside Office. */
export function supports([name, version]: readonly [string, string]): boolean {
  try {
    return typeof Office !== "undefined" && Office.context.requirements.isSetSupported(name, version);
  } catch {
    return false;
  }
}

let tail: Promise<unknown> = Promise.resolve();

/**
 * Runs writes one after another, in the order asked: a PivotTable made while a refresh resizes its source
 * table would see half a table.
 */
export function exclusive<T>(task: () => Promise<T>): Promise<T> {
  const next = tail.then(task, task);
  tail = next.catch(() => undefined);
  return next;
}

/** Counts syncs and remembers the largest request we estimated, for the refresh report. */
export class SyncMeter {
  syncs = 0;
  largestPayloadBytes = 0;

  constructor(private readonly context: Excel.RequestContext) {}

  async sync(estimatedBytes = 0): Promise<void> {
    this.syncs++;
    this.largestPayloadBytes = Math.max(this.largestPayloadBytes, estimatedBytes);
    await this.context.sync();
  }
}
