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
}

/**
 * @example const queue = createRefreshQueue(); queue.refresh(d) === queue.refresh(d) // true while it runs
 */
export function createRefreshQueue(refresh: typeof refreshTables = refreshTables): RefreshQueue {
  let current: Promise<RefreshReport> | null = null;
  return {
    refresh(dataset, options) {
      current ??= refresh(dataset, options).finally(() => {
        current = null;
      });
      return current;
    },
    get running() {
      return current !== null;
    },
  };
}
