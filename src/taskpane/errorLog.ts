/**
 * The pane's recent errors, newest last, for "copy diagnostics": what failed and when, kept in memory only.
 */

export interface LoggedError {
  time: string;
  message: string;
}

export interface ErrorLog {
  record(message: string): void;
  entries(): readonly LoggedError[];
}

/**
 * @example const log = createErrorLog(2); log.record("a"); log.record("b"); log.record("c"); log.entries() // b, c
 */
export function createErrorLog(limit = 20, now: () => Date = () => new Date()): ErrorLog {
  let entries: LoggedError[] = [];
  return {
    record(message) {
      entries = [...entries, { time: now().toISOString(), message }].slice(-limit);
    },
    entries: () => entries,
  };
}

/** The pane's one log. */
export const paneErrors = createErrorLog();

/**
 * Words for any thrown value.
 * @example errorMessage(new Error("boom")) // "boom"; errorMessage("x") // "x"
 */
export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  if (typeof error === "string") return error;
  try {
    return JSON.stringify(error) ?? String(error);
  } catch {
    return String(error);
  }
}
