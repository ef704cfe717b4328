/**
 * The door to the Excel JavaScript API: everything the task pane asks of the workbook. Nothing else in the
 * add-in calls Excel; every function here runs its own Excel.run (through runExcel) and the writers run one
 * after another. Writes of several syncs are journaled (journal.ts) so that a failure at any sync can be repaired.
 */
export {
  refreshTables,
  RefreshError,
  type RefreshOptions,
  type RefreshProgressStep,
  type RefreshReport,
  type TableReport,
} from "./writeTables";
export { createPivot, pivotProblems, type PivotRequest, type PivotResult, type PivotSource } from "./pivots";
export { selectRow, insertFormula } from "./selection";
export { workbookDoor } from "./door";
export { WriteFailedError, undoPendingWrites } from "./undoPending";
export { readWorkbookRecord, type WorkbookRecord } from "./workbookRecord";
export { type TablesStamp, type Pending, additionsKey } from "./journal";
export { freezeAsValues, isCzFormula, FROZEN_SHEET, type FreezeScope, type FreezeResult } from "./freeze";
export {
  readLastRefresh,
  readDataSourceUrl,
  writeDataSourceUrl,
  LAST_REFRESH_NAME,
  type LastRefresh,
} from "./settings";
export {
  readAdditionsPart,
  writeAdditionsPart,
  deleteAdditionsPart,
  AdditionsPartError,
  ADDITIONS_NAMESPACE,
  type AdditionsPartProblem,
} from "./additionsPart";
export {
  insertStarterReport,
  buildStarterReport,
  type StarterReportKind,
  type StarterReport,
  type ReportCell,
} from "./starterReports";
export { runExcel, setExcelRunner, type ExcelRunner } from "./runExcel";
