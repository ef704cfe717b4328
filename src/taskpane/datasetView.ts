/**
 * What the pane shows about the dataset in memory, read from the store's state: version, build time, counts,
 * origin and the problem, if any.
 */
import type { Dataset } from "../core/dataset";
import type { DatasetOrigin, DatasetState } from "../core/datasetStore";

export interface DatasetCounts {
  projects: number;
  amounts: number;
  organizations: number;
  events: number;
  sources: number;
}

export interface DatasetView {
  status: DatasetState["status"];
  dataset: Dataset | null;
  version: string | null;
  builtAt: string | null;
  origin: DatasetOrigin | null;
  loadedAt: string | null;
  counts: DatasetCounts | null;
  /** The failed load or refresh; with a dataset, the one that stayed in use despite it. */
  error: string | null;
}

export function countsOf(dataset: Dataset): DatasetCounts {
  return {
    projects: dataset.projects.length,
    amounts: dataset.amounts.length,
    organizations: dataset.organizations.length,
    events: dataset.events.length,
    sources: dataset.sources.length,
  };
}

/**
 * @example datasetView(store.getState()).version // "50fe6bebef6c7d4a"
 */
export function datasetView(state: DatasetState): DatasetView {
  if (state.status !== "ready")
    return {
      status: state.status,
      dataset: null,
      version: null,
      builtAt: null,
      origin: null,
      loadedAt: null,
      counts: null,
      error: state.error,
    };
  const dataset = state.engine.dataset;
  return {
    status: "ready",
    dataset,
    version: dataset.version,
    builtAt: dataset.builtAt,
    origin: state.origin,
    loadedAt: state.loadedAt,
    counts: countsOf(dataset),
    error: state.error,
  };
}

/**
 * A time as the pane shows it: local date and time to the minute (the time alone when it is today), or the
 * text itself when it is no time.
 * @example formatTime("2026-11-29T03:45:56.529Z") // "2026-11-29 11:45" (in UTC+8)
 */
export function formatTime(iso: string, now?: Date): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, "0");
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  const time = `${pad(date.getHours())}:${pad(date.getMinutes())}`;
  const today =
    now !== undefined &&
    now.getFullYear() === date.getFullYear() &&
    now.getMonth() === date.getMonth() &&
    now.getDate() === date.getDate();
  return today ? time : `${day} ${time}`;
}
