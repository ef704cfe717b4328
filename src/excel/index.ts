/**
 * The door to the Excel JavaScript API: everything the task pane asks of the workbook. Nothing else in the
 * add-in calls Excel; every function here runs its own Excel.run (through runExcel) and the writers run one
 * after another.
 */
export {
  refreshTables,
  incompleteTable,
  RefreshError,
  type RefreshOptions,
  type RefreshProgressStep,
  type RefreshReport,
  type TableReport,
} from "./writeTables";
export { createRefreshQueue, type RefreshQueue } from "./refreshQueue";
export { createPivot, pivotProblems, type PivotRequest, type PivotResult, type PivotSource } from "./pivots";
export { selectRow, insertFormula } from "./selection";
export { freezeAsValues, isCzFormula, FROZEN_SHEET, type FreezeScope, type FreezeResult } from "./freeze";
export {
  writeLastRefresh,
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
