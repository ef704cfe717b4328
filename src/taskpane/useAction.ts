/**
 * A workbook action started from a button (insert a formula, create a pivot, freeze values …): busy while it
 * runs, then a message saying what happened. Failures are also kept for the diagnostics.
 */
import { useCallback, useRef, useState } from "react";
import { errorMessage, paneErrors } from "./errorLog";

export type ActionState =
  | { status: "idle" }
  | { status: "busy" }
  | { status: "done"; message: string }
  | { status: "failed"; message: string };

export interface Action {
  state: ActionState;
  /** Runs the task unless one is running; its result is the message shown on success. */
  run: (task: () => Promise<string>) => Promise<void>;
  clear: () => void;
}

export function useAction(describeFailure: (why: string) => string): Action {
  const [state, setState] = useState<ActionState>({ status: "idle" });
  const busy = useRef(false);
  const run = useCallback(
    async (task: () => Promise<string>) => {
      if (busy.current) return;
      busy.current = true;
      setState({ status: "busy" });
      try {
        setState({ status: "done", message: await task() });
      } catch (error) {
        const why = errorMessage(error);
        paneErrors.record(why);
        setState({ status: "failed", message: describeFailure(why) });
      } finally {
        busy.current = false;
      }
    },
    [describeFailure],
  );
  const clear = useCallback(() => setState({ status: "idle" }), []);
  return { state, run, clear };
}
