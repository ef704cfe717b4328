/**
 * Adding or removing a local addition, start to end, as a plain async function over its dependencies (the hook
 * useAdditions binds the real ones): layer (nothing is written unless the whole result is a valid dataset) →
 * store the additions in the workbook → rewrite the tables and refresh the pivots → the store (every CZ formula
 * answers anew). If the tables cannot be written, the stored additions are put back as they were, so the
 * workbook's stored additions and the formulas never disagree.
 */
import type { Dataset } from "../core/dataset";
import type { Addition, LayeredDataset } from "../ingest/additions/types";
import type { Layers } from "../runtime/localLayers";
import { errorMessage } from "./errorLog";
import type { WorkbookProgress } from "./refreshFlow";

export interface AdditionsDeps {
  layers: Pick<Layers, "getState" | "compose" | "setAdditions" | "ready">;
  /** Writes the additions into the workbook (one stored part, replaced whole). */
  storeAdditions: (additions: readonly Addition[]) => Promise<void>;
  writeWorkbook: (dataset: Dataset, onProgress: (progress: WorkbookProgress) => void) => Promise<unknown>;
  incompleteTable: (error: unknown) => string | null;
}

/** Where a change stopped, for the pane to say; nothing in the workbook changed unless `step` is "table". */
export type AdditionsFailure =
  | { step: "unreadable" | "noDataset" | "layer" | "store" | "busy"; table: null; message: string }
  | { step: "table" | "workbook"; table: string | null; message: string };

export type AdditionsOutcome =
  | { ok: true; layered: LayeredDataset; additions: readonly Addition[] }
  | { ok: false; failure: AdditionsFailure };

/**
 * Replaces the workbook's additions with `change(current)`; never throws. The current additions are those read
 * from the workbook: a change waits for the start-up read, so it never writes over additions it has not seen.
 */
export async function changeAdditions(
  deps: AdditionsDeps,
  change: (current: readonly Addition[]) => readonly Addition[],
  onProgress: (progress: WorkbookProgress) => void = () => undefined,
): Promise<AdditionsOutcome> {
  const fail = (failure: AdditionsFailure): AdditionsOutcome => ({ ok: false, failure });
  let next: readonly Addition[];
  try {
    await deps.layers.ready();
    next = change(deps.layers.getState().additions);
    // The pipeline the new additions need (a removal down to none needs none).
    await deps.layers.ready(next);
  } catch (error) {
    return fail({ step: "layer", table: null, message: errorMessage(error) });
  }
  const state = deps.layers.getState();
  if (state.readError !== null) return fail({ step: "unreadable", table: null, message: state.readError });
  if (state.published === null)
    return fail({
      step: "noDataset",
      table: null,
      message:
        "还没有载入数据集：请先刷新 / No dataset is loaded yet: press Refresh first, then add the article.",
    });
  let layered: LayeredDataset;
  try {
    layered = deps.layers.compose(state.published.dataset, next);
  } catch (error) {
    return fail({ step: "layer", table: null, message: errorMessage(error) });
  }
  const previous = state.additions;
  try {
    await deps.storeAdditions(next);
  } catch (error) {
    return fail({ step: "store", table: null, message: errorMessage(error) });
  }
  try {
    await deps.writeWorkbook(layered.dataset, onProgress);
  } catch (error) {
    // The tables are as a failed refresh leaves them; the stored additions go back to what the formulas show.
    let restored = "";
    try {
      await deps.storeAdditions(previous);
    } catch (restoreError) {
      restored = ` (恢复原有添加也失败 / putting the previous additions back also failed: ${errorMessage(restoreError)})`;
    }
    const table = deps.incompleteTable(error);
    return fail({
      step: table === null ? "workbook" : "table",
      table,
      message: errorMessage(error) + restored,
    });
  }
  deps.layers.setAdditions(next, layered);
  return { ok: true, layered, additions: next };
}

/**
 * Discards the workbook's stored additions when they cannot be read (another version's format, two parts from
 * merged workbooks): the only way out of that state, so the pane asks first. The tables are rewritten from the
 * published dataset alone.
 */
export async function clearStoredAdditions(
  deps: AdditionsDeps & { deleteStored: () => Promise<void> },
  onProgress: (progress: WorkbookProgress) => void = () => undefined,
): Promise<{ ok: true } | { ok: false; failure: AdditionsFailure }> {
  const fail = (failure: AdditionsFailure) => ({ ok: false as const, failure });
  const { published } = deps.layers.getState();
  try {
    await deps.deleteStored();
  } catch (error) {
    return fail({ step: "store", table: null, message: errorMessage(error) });
  }
  if (published === null) {
    deps.layers.setAdditions([]);
    return { ok: true };
  }
  const layered = deps.layers.compose(published.dataset, []);
  try {
    await deps.writeWorkbook(layered.dataset, onProgress);
  } catch (error) {
    const table = deps.incompleteTable(error);
    deps.layers.setAdditions([], layered);
    return fail({ step: table === null ? "workbook" : "table", table, message: errorMessage(error) });
  }
  deps.layers.setAdditions([], layered);
  return { ok: true };
}

/** Adds one article's addition on top of the workbook's. */
export function addAddition(
  deps: AdditionsDeps,
  addition: Addition,
  onProgress?: (progress: WorkbookProgress) => void,
): Promise<AdditionsOutcome> {
  return changeAdditions(
    deps,
    (current) => [...current.filter((a) => a.article.id !== addition.article.id), addition],
    onProgress,
  );
}

/** Removes the addition of one article (by its source id). */
export function removeAddition(
  deps: AdditionsDeps,
  articleId: string,
  onProgress?: (progress: WorkbookProgress) => void,
): Promise<AdditionsOutcome> {
  return changeAdditions(deps, (current) => current.filter((a) => a.article.id !== articleId), onProgress);
}
