/**
 * At most one run at a time: a call while a run is under way gets that run's promise instead of starting a
 * second one, so two quick clicks on Refresh make one refresh.
 */

/**
 * @example const refresh = singleFlight(() => runRefresh(deps, onProgress)); refresh(); refresh(); // one run
 */
export function singleFlight<T>(run: () => Promise<T>): { (): Promise<T>; running(): boolean } {
  let current: Promise<T> | null = null;
  const call = () => {
    current ??= (async () => {
      try {
        return await run();
      } finally {
        current = null;
      }
    })();
    return current;
  };
  return Object.assign(call, { running: () => current !== null });
}
