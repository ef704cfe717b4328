/**
 * Start of the shared runtime: load the dataset the workbook points at (its saved data-source URL, else the
 * default dataset served next to the add-in) into the one store, once. This runs when the runtime starts —
 * when the workbook opens, before the pane is ever shown — so CZ formulas answer without the pane. The workbook's
 * local additions are read first and layered on top, so the formulas see them from the first answer; and a write
 * the workbook's journal says stopped part way is repaired before that first answer.
 */
import type { Dataset } from "../core/dataset";
import type { DatasetOrigin } from "../core/datasetStore";
import type { Addition } from "../ingest/additions/types";
import { sharedDataset } from "./sharedDataset";
import { sharedLayers } from "./sharedLayers";
import { DEFAULT_DATASET_FILE, type LoadDeps, loadDataset } from "./loadDataset";

export interface RuntimeDeps extends LoadDeps {
  /** The URL saved with the workbook, if the user chose one. */
  readSourceUrl: () => Promise<string | null>;
  /** Where the add-in is served from (the page's URL). */
  baseUrl: string;
  /** The additions stored in the workbook (none when it has none); rejects when they cannot be read. */
  readAdditions?: () => Promise<readonly Addition[]>;
  /**
   * Brings the workbook and the loaded dataset together before any formula answers: repairs tables a write left
   * half done (sharedWriter.settle), then hands the layering to the store. Without it the store gets the
   * dataset at once.
   */
  settle?: (published: { dataset: Dataset; origin: DatasetOrigin }) => Promise<unknown>;
}

let started: Promise<void> | null = null;

/**
 * The URL a dataset is loaded from: the workbook's choice or the default file next to the add-in. Never throws:
 * a saved address that is no URL (`http://[`) comes back as written, for the loader to refuse in words —
 * the pane computes this while it draws.
 */
export function datasetUrl(saved: string | null, baseUrl: string): string {
  const chosen = saved && saved.trim() !== "" ? saved.trim() : DEFAULT_DATASET_FILE;
  try {
    return new URL(chosen, baseUrl).toString();
  } catch {
    return chosen;
  }
}

/** Loads the dataset once per runtime; later calls return the same promise. */
export function startRuntime(deps: RuntimeDeps): Promise<void> {
  started ??= (async () => {
    sharedDataset.setLoading();
    let saved: string | null = null;
    try {
      saved = await deps.readSourceUrl();
    } catch {
      // No workbook settings (yet): the default dataset is the right answer.
    }
    // The workbook's additions are read beside the download. Until they are, a refresh or an addition waits
    // (sharedLayers.ready), so none composes without them and nothing overwrites them unseen.
    const additionsRead = readAdditions(deps);
    const download = loadDataset(datasetUrl(saved, deps.baseUrl), deps).then(
      (loaded) => ({ ok: true as const, ...loaded }),
      (error: unknown) => ({ ok: false as const, error }),
    );
    await additionsRead;
    const loaded = await download;
    // A Refresh in the pane may finish before this start-up load does; its dataset is newer, so a late
    // start-up answer (or failure) must not replace it.
    if (sharedDataset.getState().status === "ready") return;
    if (!loaded.ok) return sharedDataset.setFailed(errorText(loaded.error));
    // Until here every formula shows "loading": a workbook left half written is made whole before it answers.
    if (deps.settle) await deps.settle({ dataset: loaded.dataset, origin: loaded.origin });
    else sharedLayers.setPublished(loaded.dataset, loaded.origin);
    if (loaded.warning)
      sharedDataset.setFailed(`${loaded.warning} — 使用上次保存的副本 / using the last good copy`);
  })();
  return started;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Reads the workbook's additions into the layers and loads the pipeline they need. A pipeline that cannot load
 * is not a read failure: the additions are known (and kept), they are just not layered until it loads, which a
 * refresh or the next change tries again.
 */
async function readAdditions(deps: RuntimeDeps): Promise<void> {
  if (!deps.readAdditions) return sharedLayers.setAdditions([]);
  let additions: readonly Addition[];
  try {
    additions = await deps.readAdditions();
  } catch (error) {
    return sharedLayers.setReadError(errorText(error));
  }
  sharedLayers.setAdditions(additions);
  try {
    await sharedLayers.ready(additions);
  } catch {
    // setPublished will record why the additions are not layered (the pipeline is not loaded).
  }
}

/** For tests: forget that the runtime started. */
export function resetRuntimeForTests(): void {
  started = null;
}
