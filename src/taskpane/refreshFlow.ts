/**
 * One refresh, start to end, as a plain async function over its dependencies (the hook useRefresh binds the
 * real ones): download → validate (nothing in the workbook is touched before the whole dataset is valid) →
 * the workbook writer (src/runtime/workbookWriter.ts: the tables with the workbook's additions on top, the
 * PivotTables, the CZ_LastRefresh marker, repaired at once if a sync fails) → the last good copy → load-on-open.
 * A failure says which step failed and what the workbook holds now; the store keeps the dataset the tables hold.
 */
import type { Dataset } from "../core/dataset";
import type { DatasetStore } from "../core/datasetStore";
import { TABLE_NAMES } from "../core/tableLayouts";
import { DatasetLoadError, type LoadDeps } from "../runtime/loadDataset";
import type { WorkbookState, WorkbookWriter, WriteFailure } from "../runtime/workbookWriter";
import { errorMessage } from "./errorLog";
import { NotInExcelError } from "../excel/runExcel";

export type RefreshStep =
  | { kind: "download" }
  | { kind: "validate" }
  | { kind: "table"; table: string }
  | { kind: "pivots" }
  | { kind: "finish" };

export interface RefreshProgress {
  step: RefreshStep;
  /** 0…1 for the ProgressBar. */
  fraction: number;
}

/** What the workbook writer reports as it goes; the flow turns it into a step and a fraction. */
export type WorkbookProgress = { kind: "table"; table: string; fraction?: number } | { kind: "pivots" };

export interface RefreshDeps {
  url: string;
  fetch: LoadDeps["fetch"];
  storage: LoadDeps["storage"];
  download: (url: string, deps: LoadDeps) => Promise<Dataset>;
  /** Writes the dataset (with the workbook's additions) into the workbook, under the one rule for writes. */
  writer: Pick<WorkbookWriter, "write">;
  store: Pick<DatasetStore, "setFailed">;
  remember: (dataset: Dataset, storage: LoadDeps["storage"]) => void;
  /** Called after a successful refresh; the hook makes it once per session. */
  enableLoadOnOpen: () => Promise<unknown>;
}

export type RefreshFailure =
  | { step: "download" | "validate"; message: string }
  /** Not inside Excel: the pane was opened in a plain browser. */
  | { step: "host"; message: string }
  /** The workbook was not written, or a write failed: `workbook` says what it holds now. */
  | { step: "workbook"; workbook: WorkbookState; table: string | null; message: string };

export type RefreshOutcome =
  | {
      ok: true;
      version: string;
      time: string;
      /** What went wrong beside the data (additions not layered, load-on-open): worth a note, not a failure. */
      warnings: string[];
    }
  | { ok: false; failure: RefreshFailure };

// Where each step sits on the progress bar: downloading is slow, checking quick, the tables take most.
const DOWNLOAD = [0, 0.15] as const;
const VALIDATE = [0.15, 0.25] as const;
const TABLES = [0.25, 0.9] as const;
const PIVOTS = [0.9, 0.97] as const;

/**
 * Where a workbook progress report puts the bar: tables share their span in the order they are written.
 * @example workbookFraction({ kind: "table", table: "CZ_Projects" }) // 0.25
 */
export function workbookFraction(
  progress: WorkbookProgress,
  tables: readonly string[] = TABLE_NAMES,
): number {
  if (progress.kind === "pivots") return PIVOTS[0];
  const at = Math.max(0, tables.indexOf(progress.table));
  const share = (TABLES[1] - TABLES[0]) / Math.max(1, tables.length);
  const within = Math.min(1, Math.max(0, progress.fraction ?? 0));
  return TABLES[0] + share * (at + within);
}

/**
 * The workbook writer's report (rows written of a table) as a step of the bar. A table reports after each
 * write sync, so a finished table means the next one is being written now.
 * @example tableProgress({ table: "CZ_Projects", done: 15, total: 15 }) // { kind: "table", table: "CZ_Amounts", fraction: 0 }
 */
export function tableProgress(
  step: { table: string; done: number; total: number },
  tables: readonly string[] = TABLE_NAMES,
): WorkbookProgress {
  const next = tables[tables.indexOf(step.table) + 1];
  if (step.done >= step.total && next !== undefined && tables.includes(step.table))
    return { kind: "table", table: next, fraction: 0 };
  return {
    kind: "table",
    table: step.table,
    fraction: step.total > 0 ? Math.min(1, step.done / step.total) : 1,
  };
}

/**
 * The failure of a refresh in the pane's terms.
 * @example describeFailure(new DatasetLoadError("validate", "…")) // { step: "validate", message: "…" }
 */
export function describeFailure(error: unknown): RefreshFailure {
  const message = errorMessage(error);
  if (error instanceof DatasetLoadError) return { step: error.step, message };
  if (error instanceof NotInExcelError) return { step: "host", message };
  return { step: "workbook", workbook: "unchanged", table: null, message };
}

/** A write the writer refused or repaired, in the pane's terms. */
export function writeFailure(failure: WriteFailure): RefreshFailure {
  if (failure.cause instanceof NotInExcelError) return { step: "host", message: failure.detail };
  return { step: "workbook", workbook: failure.workbook, table: failure.table, message: failure.detail };
}

/**
 * Runs one refresh. Never throws: a failure is the outcome, already recorded in the store (which keeps the
 * dataset the tables hold for the formulas).
 */
export async function runRefresh(
  deps: RefreshDeps,
  onProgress: (progress: RefreshProgress) => void,
): Promise<RefreshOutcome> {
  const report = (step: RefreshStep, fraction: number) => onProgress({ step, fraction });
  const failed = (failure: RefreshFailure): RefreshOutcome => {
    deps.store.setFailed(failure.message);
    return { ok: false, failure };
  };
  let dataset: Dataset;
  try {
    report({ kind: "download" }, DOWNLOAD[0]);
    // Once the body has arrived, what downloadDataset does next is parsing and validation.
    dataset = await deps.download(deps.url, {
      fetch: deps.fetch,
      storage: deps.storage,
      onReceived: () => report({ kind: "validate" }, VALIDATE[0]),
    });
  } catch (error) {
    return failed(describeFailure(error));
  }
  report({ kind: "table", table: TABLE_NAMES[0] }, TABLES[0]);
  let lastTable = false;
  const outcome = await deps.writer.write({
    published: { dataset, origin: "network" },
    onProgress: (step) => {
      const progress = tableProgress(step);
      if (progress.kind === "table")
        report({ kind: "table", table: progress.table }, workbookFraction(progress));
      // The last table's last sync refreshes the PivotTables.
      if (!lastTable && step.table === TABLE_NAMES.at(-1) && step.done >= step.total) {
        lastTable = true;
        report({ kind: "pivots" }, PIVOTS[0]);
      }
    },
  });
  if (!outcome.ok) return failed(writeFailure(outcome.failure));
  report({ kind: "finish" }, PIVOTS[1]);
  // The last good copy is the published dataset: the additions live in the workbook, not in the browser.
  deps.remember(dataset, deps.storage);
  const warnings: string[] = [];
  if (outcome.notLayered !== null)
    warnings.push(
      `本地添加未能叠加 / the workbook's local additions were not layered: ${outcome.notLayered}`,
    );
  try {
    await deps.enableLoadOnOpen();
  } catch (error) {
    warnings.push(errorMessage(error));
  }
  report({ kind: "finish" }, 1);
  return { ok: true, version: outcome.marker.version, time: outcome.marker.time, warnings };
}
