/**
 * The shared runtime's dataset as React state: one subscription to the store the custom functions also read
 * (src/runtime/sharedDataset.ts), so the pane shows a refresh or a startup load the moment it happens.
 * Call it once, at the top of the pane, and pass the state down: every subscription counts as a listener, and
 * the diagnostics count live formulas as listeners minus the pane's own.
 */
import { useSyncExternalStore } from "react";
import type { DatasetState, DatasetStore } from "../core/datasetStore";
import { sharedDataset } from "../runtime/sharedDataset";

/** How many store subscriptions the pane itself holds (this hook, used once). */
export const PANE_SUBSCRIPTIONS = 1;

export function useDataset(store: DatasetStore = sharedDataset): DatasetState {
  return useSyncExternalStore(store.subscribe, store.getState, store.getState);
}
