/**
 * The pane's view of the workbook: what it asks of Excel, through src/excel (the only code that touches the
 * Excel API), in the pane's own terms. Components and hooks import from here, so a change in the door's
 * interface is adapted in this one file.
 */
import type { Dataset } from "../core/dataset";
import { parseAdditions, serializeAdditions } from "../ingest/additions/additionsPayload";
import type { Addition } from "../ingest/additions/types";
import {
  type StarterReportKind,
  createPivot,
  createRefreshQueue,
  freezeAsValues,
  incompleteTable as tableLeftIncomplete,
  insertFormula,
  insertStarterReport,
  deleteAdditionsPart,
  readAdditionsPart,
  readDataSourceUrl,
  readLastRefresh as readLastRefreshMarker,
  selectRow,
  writeAdditionsPart,
  writeDataSourceUrl,
  writeLastRefresh,
} from "../excel";
import type { FreezeScope } from "../excel";
import type { PivotRequest } from "./pivotChoices";
import { type WorkbookProgress, tableProgress } from "./refreshFlow";

export type { FreezeScope, StarterReportKind };

// One queue for the pane: a refresh asked for while one runs joins it (two quick clicks, one refresh).
const refreshQueue = createRefreshQueue();

/** A write of the tables through the queue, reported as the pane's progress steps. */
async function writeThrough(
  start: typeof refreshQueue.refresh,
  dataset: Dataset,
  onProgress: (progress: WorkbookProgress) => void,
): Promise<unknown> {
  const report = await start(dataset, { onProgress: (step) => onProgress(tableProgress(step)) });
  if (report.pivotsRefreshed.length > 0) onProgress({ kind: "pivots" });
  return report;
}

/**
 * Writes the five CZ tables and refreshes the PivotTables on them, reporting which table is being written.
 * @example await writeWorkbook(dataset, (p) => console.log(p)) // { kind: "table", table: "CZ_Projects", fraction: 1 } …
 */
export const writeWorkbook = (dataset: Dataset, onProgress: (progress: WorkbookProgress) => void) =>
  writeThrough(refreshQueue.refresh, dataset, onProgress);

/**
 * Writes the tables of a dataset with additions changed: after any refresh under way, never joining it (its
 * dataset is another one).
 */
export const writeWorkbookForAdditions = (
  dataset: Dataset,
  onProgress: (progress: WorkbookProgress) => void,
) => writeThrough(refreshQueue.refreshAfter, dataset, onProgress);

/** The additions stored in the workbook (none when it has none); rejects with why they cannot be read. */
export async function readStoredAdditions(): Promise<Addition[]> {
  const json = await readAdditionsPart();
  return json === null ? [] : parseAdditions(json, "工作簿中的本地添加 / the workbook's stored additions");
}

/** Removes the stored additions, every part of them (a merged workbook's two included). */
export const deleteStoredAdditions = deleteAdditionsPart;

/** Replaces the additions stored in the workbook. */
export async function storeAdditions(additions: readonly Addition[]): Promise<void> {
  await writeAdditionsPart(serializeAdditions(additions));
}

/** The table a failed refresh left incomplete, or null (nothing written, or not a refresh error). */
export function incompleteTable(error: unknown): string | null {
  return tableLeftIncomplete(error);
}

export const readSourceUrl = readDataSourceUrl;
export const saveSourceUrl = writeDataSourceUrl;
export const readLastRefresh = readLastRefreshMarker;
export const markLastRefresh = writeLastRefresh;

/** Thrown when a figure has no row in CZ_Amounts (the tables were never written, or are older). */
export class RowNotFoundError extends Error {
  constructor(readonly amountId: string) {
    super(`${amountId} is not in CZ_Amounts / 不在 CZ_Amounts 中`);
    this.name = "RowNotFoundError";
  }
}

/** Selects a figure's row in CZ_Amounts; rejects with RowNotFoundError when it has none. */
export async function selectAmountRow(amountId: string): Promise<void> {
  if (!(await selectRow("CZ_Amounts", amountId))) throw new RowNotFoundError(amountId);
}

/** Writes a formula into the selected cell; resolves with the cell's address. */
export function insertIntoSelectedCell(formula: string): Promise<string> {
  return insertFormula(formula);
}

/** Creates the PivotTable on a new sheet; resolves with the sheet's name. */
export async function createPivotTable(request: PivotRequest): Promise<string> {
  const value = request.values[0];
  if (!value) throw new Error("a PivotTable needs a value field");
  const result = await createPivot({
    source: request.source,
    rows: request.rows,
    columns: request.columns,
    values: { field: value.header, summarizeBy: value.kind === "sum" ? "Sum" : "Count" },
  });
  return result.sheetName;
}

/** Adds a starter report sheet; resolves with its name. */
export async function addStarterReport(kind: StarterReportKind, dataset: Dataset): Promise<string> {
  return (await insertStarterReport(kind, dataset)).sheetName;
}

/** Freezes CZ formulas as values; resolves with how many formulas and where they are logged. */
export async function freezeValues(
  scope: FreezeScope,
  datasetVersion: string,
): Promise<{ formulas: number; logSheet: string | null }> {
  const result = await freezeAsValues(scope, datasetVersion);
  return { formulas: result.formulas, logSheet: result.logSheet };
}
