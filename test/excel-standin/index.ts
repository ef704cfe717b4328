/**
 * An in-memory Excel for tests and for the browser end-to-end runs: `installStandIn(globalThis)` in place of
 * office.js. Plain TypeScript with no Node module, so it bundles for a browser page. See README.md for what it
 * models and where it differs from Excel.
 */
export {
  installStandIn,
  uninstallStandIn,
  StandIn,
  type StandInOptions,
  type TableView,
  type PivotView,
  type CustomXmlPartView,
} from "./standIn";
export { OfficeError, StandInUsageError, ERROR_CODES } from "./errors";
export type { Evaluator } from "./workbookModel";
export type { SyncRecord, InjectedFailure } from "./runtime";
