/**
 * Two quick clicks on Refresh make one refresh: a refresh asked for while one runs joins it and gets its
 * result, rather than starting a second that would resize the same tables under the first.
 */
import type { Dataset } from "../core/dataset";
import { refreshTables, type RefreshOptions, type RefreshReport } from "./writeTables";

export interface RefreshQueue {
  /** Starts a refresh, or returns the one under way. */
  refresh(dataset: Dataset, options?: RefreshOptions): Promise<RefreshReport>;
  readonly running: boolean;
  /**
   * Starts a refresh of exactly this dataset once none runs (an addition must write its own dataset, not join a
   * refresh of another one).
   */
  refreshAfter(dataset: Dataset, options?: RefreshOptions): Promise<RefreshReport>;
}

/**
 * @example const queue = createRefreshQueue(); queue.refresh(d) === queue.refresh(d) // true while it runs
 */
export function createRefreshQueue(refresh: typeof refreshTables = refreshTables): RefreshQueue {
  let current: Promise<RefreshReport> | null = null;
  const start = (dataset: Dataset, options?: RefreshOptions) =>
    (current ??= refresh(dataset, options).finally(() => {
      current = null;
    }));
  return {
    refresh: start,
    async refreshAfter(dataset, options) {
      // Another caller may start one between our wake-up and our turn: wait until the queue is really free.
      while (current !== null) await current.catch(() => undefined);
      return start(dataset, options);
    },
    get running() {
      return current !== null;
    },
  };
}
