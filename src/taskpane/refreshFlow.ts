/**
 * One refresh, start to end, as a plain async function over its dependencies (the hook useRefresh binds the
 * real ones): download → validate (nothing in the workbook is touched before the whole dataset is valid) →
 * write the tables and refresh the pivots → the store (every CZ formula answers anew) → the last good copy →
 * the "refresh finished" marker → load-on-open. A failure says which step failed, and the store keeps the old
 * dataset.
 */
import type { Dataset } from "../core/dataset";
import type { DatasetStore } from "../core/datasetStore";
import { TABLE_NAMES } from "../core/tableLayouts";
import { DatasetLoadError, type LoadDeps } from "../runtime/loadDataset";
import { errorMessage } from "./errorLog";
import { NotInExcelError } from "../excel/runExcel";
import type { Layers } from "../runtime/localLayers";

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
  /** Writes every table and refreshes the pivots; rejects with the table that is incomplete, if it knows. */
  writeWorkbook: (dataset: Dataset, onProgress: (progress: WorkbookProgress) => void) => Promise<unknown>;
  /** The table an error of writeWorkbook names as incomplete, or null. */
  incompleteTable: (error: unknown) => string | null;
  store: Pick<DatasetStore, "setFailed">;
  /** The published dataset and the workbook's additions: the tables and the store get their layering. */
  layers: Pick<Layers, "compose" | "setPublished" | "ready">;
  remember: (dataset: Dataset, storage: LoadDeps["storage"]) => void;
  writeLastRefresh: (marker: { time: string; version: string }) => Promise<unknown>;
  /** Called after a successful refresh; the hook makes it once per session. */
  enableLoadOnOpen: () => Promise<unknown>;
  now: () => Date;
}

export type RefreshFailure =
  | { step: "download" | "validate"; table: null; message: string }
  | { step: "table"; table: string; message: string }
  | { step: "workbook"; table: null; message: string }
  /** Not inside Excel: the pane was opened in a plain browser. */
  | { step: "host"; table: null; message: string };

export type RefreshOutcome =
  | {
      ok: true;
      version: string;
      time: string;
      /** What went wrong after the data was in place (the marker, load-on-open): worth a note, not a failure. */
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
 * @example describeFailure(new DatasetLoadError("validate", "…"), () => null) // { step: "validate", … }
 */
export function describeFailure(
  error: unknown,
  incompleteTable: (error: unknown) => string | null,
): RefreshFailure {
  const message = errorMessage(error);
  if (error instanceof DatasetLoadError) return { step: error.step, table: null, message };
  if (error instanceof NotInExcelError) return { step: "host", table: null, message };
  const table = incompleteTable(error);
  if (table !== null) return { step: "table", table, message };
  return { step: "workbook", table: null, message };
}

/**
 * Runs one refresh. Never throws: a failure is the outcome, already recorded in the store (which keeps the old
 * dataset for the formulas).
 */
export async function runRefresh(
  deps: RefreshDeps,
  onProgress: (progress: RefreshProgress) => void,
): Promise<RefreshOutcome> {
  const report = (step: RefreshStep, fraction: number) => onProgress({ step, fraction });
  try {
    report({ kind: "download" }, DOWNLOAD[0]);
    // Once the body has arrived, what downloadDataset does next is parsing and validation.
    const dataset = await deps.download(deps.url, {
      fetch: deps.fetch,
      storage: deps.storage,
      onReceived: () => report({ kind: "validate" }, VALIDATE[0]),
    });
    report({ kind: "table", table: TABLE_NAMES[0] }, TABLES[0]);
    // The workbook's additions stay on top of the new published dataset. If they no longer layer, the
    // published dataset is written alone and the layers record why (the additions stay stored, untouched).
    let layered: ReturnType<Layers["compose"]> | undefined;
    let notLayered: string | null = null;
    try {
      // Waits for the workbook's additions to be read (start-up) and the pipeline they need.
      await deps.layers.ready();
      layered = deps.layers.compose(dataset);
    } catch (error) {
      layered = undefined;
      notLayered = errorMessage(error);
    }
    await deps.writeWorkbook(layered?.dataset ?? dataset, (progress) =>
      report(
        progress.kind === "pivots" ? { kind: "pivots" } : { kind: "table", table: progress.table },
        workbookFraction(progress),
      ),
    );
    report({ kind: "finish" }, PIVOTS[1]);
    deps.layers.setPublished(dataset, "network", layered);
    // The last good copy is the published dataset: the additions live in the workbook, not in the browser.
    deps.remember(dataset, deps.storage);
    const time = deps.now().toISOString();
    const warnings: string[] = [];
    if (notLayered !== null)
      warnings.push(`本地添加未能叠加 / the workbook's local additions were not layered: ${notLayered}`);
    for (const step of [
      () => deps.writeLastRefresh({ time, version: layered?.dataset.version ?? dataset.version }),
      () => deps.enableLoadOnOpen(),
    ])
      try {
        await step();
      } catch (error) {
        warnings.push(errorMessage(error));
      }
    report({ kind: "finish" }, 1);
    const version = layered?.dataset.version ?? dataset.version;
    return { ok: true, version, time, warnings };
  } catch (error) {
    const failure = describeFailure(error, deps.incompleteTable);
    deps.store.setFailed(failure.message);
    return { ok: false, failure };
  }
}
