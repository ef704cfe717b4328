/**
 * A workbook action started from a button (insert a formula, create a pivot, freeze values …): busy while it
 * runs, then a message saying what happened, in the pane's language only. A write that failed after it began
 * says what the workbook holds (put back as it was, or left for the next start-up to undo); any other failure
 * gives its reason when it has words in the pane's language. Every failure is also kept, whole, for the
 * diagnostics.
 */
import { useCallback, useRef, useState } from "react";
import { WriteFailedError } from "../excel/undoPending";
import { errorMessage, paneErrors } from "./errorLog";
import type { Language, Strings } from "./i18n";
import { errorInPaneLanguage } from "./paneLanguage";
import { useLanguage } from "./useLanguage";

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

/**
 * The sentence for a failed action.
 * @example actionFailureText(new WriteFailedError(new Error("x"), true), STRINGS.en.actionFailed, STRINGS.en, "en")
 * // "That did not work, and the workbook was put back as it was: try again."
 */
export function actionFailureText(
  error: unknown,
  describeFailure: (why: string) => string,
  strings: Strings,
  language: Language,
): string {
  if (error instanceof WriteFailedError)
    return error.undone ? strings.actionUndone : strings.actionIncomplete;
  return describeFailure(errorInPaneLanguage(error, language) ?? strings.seeDiagnostics);
}

export function useAction(describeFailure: (why: string) => string): Action {
  const { strings, language } = useLanguage();
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
        paneErrors.record(errorMessage(error));
        setState({
          status: "failed",
          message: actionFailureText(error, describeFailure, strings, language),
        });
      } finally {
        busy.current = false;
      }
    },
    [describeFailure, strings, language],
  );
  const clear = useCallback(() => setState({ status: "idle" }), []);
  return { state, run, clear };
}
