/**
 * The two layers behind the dataset in memory: the published dataset (downloaded, or the last good copy) and
 * the workbook's local additions. The store the CZ functions read always holds their layering, so a refresh, an
 * addition and a removal all reach every formula the same way. Pure: the layering function and the store are
 * passed in, so this runs (and is tested) without the ingest pipeline, Office or a DOM.
 */
import type { Dataset } from "../core/dataset";
import type { DatasetOrigin, DatasetStore } from "../core/datasetStore";
import type { Addition, LayeredDataset } from "../ingest/additions/types";

export type LayerFunction = (published: Dataset, additions: readonly Addition[]) => LayeredDataset;

export interface LayersState {
  published: { dataset: Dataset; origin: DatasetOrigin } | null;
  additions: readonly Addition[];
  /**
   * Why the workbook's stored additions could not be read (null when they could). While this is set, adding and
   * removing are refused: writing would replace additions the runtime could not read.
   */
  readError: string | null;
  /**
   * Why the additions (read fine) did not layer over the published dataset, which is then used alone. Removing
   * the addition at fault is allowed; it clears this.
   */
  layerError: string | null;
  /** The last layering of published + additions (null before a published dataset). */
  layered: LayeredDataset | null;
  /** Whether the workbook's stored additions have been read (or failed to): before that, none are known. */
  additionsRead: boolean;
}

export interface Layers {
  getState(): LayersState;
  subscribe(listener: (state: LayersState) => void): () => void;
  /**
   * The layering of a published dataset with additions (the current ones unless given), without changing
   * anything: a refresh and an addition compute it first and commit only once the workbook is written.
   * Throws what the layering throws (an AdditionError).
   */
  compose(published: Dataset, additions?: readonly Addition[]): LayeredDataset;
  /**
   * A new published dataset: layered with the current additions into the store. When the additions no longer
   * layer (a rule changed under them), the store gets the published dataset alone and `layerError` says why.
   */
  setPublished(dataset: Dataset, origin: DatasetOrigin, layered?: LayeredDataset): void;
  /** The additions as stored in the workbook now, with their layering (from compose) when there is a dataset. */
  setAdditions(additions: readonly Addition[], layered?: LayeredDataset): void;
  /** The workbook's stored additions could not be read: keep what is in memory, refuse to overwrite them. */
  setReadError(message: string): void;
  /**
   * What the workbook now holds, after a write or a repair: the published dataset and the stored additions (or
   * why they cannot be read, with none layered), with their layering when it was computed.
   */
  commit(
    published: NonNullable<LayersState["published"]>,
    additions: readonly Addition[],
    readError: string | null,
    layered?: LayeredDataset,
  ): void;
  /**
   * Resolves once the workbook's additions have been read and, when there are additions (these or the current
   * ones), what layering them needs is loaded: a refresh or a change awaits it, so none composes with additions
   * it has not seen yet. Rejects when that cannot be loaded (it is tried again on the next call).
   */
  ready(additions?: readonly Addition[]): Promise<void>;
}

export interface LayersOptions {
  /** Loads what layering additions needs (the pipeline chunk). */
  prepare?: () => Promise<unknown>;
  /** False in the shared runtime, where the workbook's additions are read at start-up; true in tests. */
  additionsRead?: boolean;
}

export function createLayers(
  store: Pick<DatasetStore, "setDataset">,
  layer: LayerFunction,
  options: LayersOptions = {},
): Layers {
  const { prepare = async () => undefined, additionsRead = true } = options;
  let state: LayersState = {
    published: null,
    additions: [],
    readError: null,
    layerError: null,
    layered: null,
    additionsRead,
  };
  let markRead: () => void = () => undefined;
  const read = additionsRead ? Promise.resolve() : new Promise<void>((resolve) => (markRead = resolve));
  const listeners = new Set<(state: LayersState) => void>();
  const publish = (next: LayersState) => {
    state = next;
    for (const listener of [...listeners]) listener(state);
  };
  /** Layers and hands the result to the store; a failure leaves the published dataset alone in it. */
  const apply = (
    published: NonNullable<LayersState["published"]>,
    additions: readonly Addition[],
    layered?: LayeredDataset,
  ): Pick<LayersState, "layered" | "layerError"> => {
    try {
      const result = layered ?? layer(published.dataset, additions);
      store.setDataset(result.dataset, published.origin);
      return { layered: result, layerError: null };
    } catch (error) {
      store.setDataset(published.dataset, published.origin);
      return {
        layered: { dataset: published.dataset, merges: [], alreadyPublished: [] },
        // The reason alone: the pane and the diagnostics say what it is the reason of.
        layerError: error instanceof Error ? error.message : String(error),
      };
    }
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    compose: (published, additions = state.additions) => layer(published, additions),
    setPublished(dataset, origin, layered) {
      const published = { dataset, origin };
      publish({ ...state, published, ...apply(published, state.additions, layered) });
    },
    setAdditions(additions, layered) {
      markRead();
      const read = { additions, readError: null, additionsRead: true };
      if (state.published === null) return publish({ ...state, ...read });
      publish({ ...state, ...read, ...apply(state.published, additions, layered) });
    },
    setReadError(message) {
      markRead();
      publish({ ...state, readError: message, additionsRead: true });
    },
    commit(published, additions, readError, layered) {
      markRead();
      publish({
        ...state,
        published,
        additions,
        readError,
        additionsRead: true,
        ...apply(published, readError === null ? additions : [], layered),
      });
    },
    async ready(additions) {
      await read;
      if ((additions ?? state.additions).length > 0) await prepare();
    },
  };
}
