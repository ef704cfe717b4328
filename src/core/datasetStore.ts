/**
 * The one dataset of the shared runtime, with its query engine, and who to tell when it changes. The custom
 * functions subscribe (each live formula is a subscription), the pane replaces the dataset on refresh, and
 * every CZ formula then shows the new answer without a recalculation. Pure: no Office, no DOM.
 */
import type { Dataset } from "./dataset";
import { type QueryEngine, createQueryEngine } from "./query/engine";
import { sameContent } from "./sameContent";

/** Where the dataset in memory came from. */
export type DatasetOrigin = "network" | "cache" | "file";

export type DatasetState =
  | { status: "loading"; engine: null; error: null }
  | { status: "failed"; engine: null; error: string }
  | {
      status: "ready";
      engine: QueryEngine;
      origin: DatasetOrigin;
      loadedAt: string;
      /** The last load or refresh that failed while this dataset stayed in use (nothing the user had is lost). */
      error: string | null;
    };

export type DatasetListener = (state: DatasetState) => void;

export interface DatasetStore {
  getState(): DatasetState;
  /** Calls the listener on every change; returns the unsubscribe function. */
  subscribe(listener: DatasetListener): () => void;
  /** A load has started; only shown while no dataset is in memory yet. */
  setLoading(): void;
  /** A validated dataset replaces the one in memory (the engine is built here, once per content). */
  setDataset(dataset: Dataset, origin: DatasetOrigin): void;
  /** A load or refresh failed: keeps the dataset in memory if there is one and records why. */
  setFailed(message: string): void;
  /** How many listeners are subscribed (live formulas), for diagnostics and tests. */
  listenerCount(): number;
}

export function createDatasetStore(now: () => Date = () => new Date()): DatasetStore {
  let state: DatasetState = { status: "loading", engine: null, error: null };
  const listeners = new Set<DatasetListener>();
  const publish = (next: DatasetState) => {
    state = next;
    // A listener that throws (a cancelled formula) must not keep the others from their update.
    for (const listener of [...listeners])
      try {
        listener(state);
      } catch {
        listeners.delete(listener);
      }
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    setLoading() {
      if (state.status !== "ready") publish({ status: "loading", engine: null, error: null });
    },
    setDataset(dataset, origin) {
      // The engine is kept only for the very same content, not for the same claimed `version`: a republished
      // or hand-edited file keeps its version, and the formulas kept old answers beside rewritten tables.
      if (
        state.status === "ready" &&
        state.origin === origin &&
        state.engine.dataset.version === dataset.version &&
        sameContent(state.engine.dataset, dataset)
      )
        return publish({ ...state, loadedAt: now().toISOString(), error: null });
      publish({
        status: "ready",
        engine: createQueryEngine(dataset),
        origin,
        loadedAt: now().toISOString(),
        error: null,
      });
    },
    setFailed(message) {
      publish(
        state.status === "ready"
          ? { ...state, error: message }
          : { status: "failed", engine: null, error: message },
      );
    },
    listenerCount: () => listeners.size,
  };
}
