/**
 * The pane's view of the workbook: what it asks of Excel, through src/excel (the only code that touches the
 * Excel API), in the pane's own terms. Components and hooks import from here, so a change in the door's
 * interface is adapted in this one file.
 */
import type { Dataset } from "../core/dataset";
import { parseAdditions } from "../ingest/additions/additionsPayload";
import type { Addition } from "../ingest/additions/types";
import {
  type StarterReportKind,
  createPivot,
  freezeAsValues,
  insertFormula,
  insertStarterReport,
  readAdditionsPart,
  readDataSourceUrl,
  readLastRefresh as readLastRefreshMarker,
  selectRow,
  writeDataSourceUrl,
} from "../excel";
import type { FreezeScope } from "../excel";
import type { PivotRequest } from "./pivotChoices";

export type { FreezeScope, StarterReportKind };

/** The additions stored in the workbook (none when it has none); rejects with why they cannot be read. */
export async function readStoredAdditions(): Promise<Addition[]> {
  const json = await readAdditionsPart();
  return json === null ? [] : parseAdditions(json, "工作簿中的本地添加 / the workbook's stored additions");
}

export const readSourceUrl = readDataSourceUrl;
export const saveSourceUrl = writeDataSourceUrl;
export const readLastRefresh = readLastRefreshMarker;

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
