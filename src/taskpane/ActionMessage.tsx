/** What a workbook action did, beside its button: a short success or an error in plain words. */
import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { ActionState } from "./useAction";

export function ActionMessage({ state, testId }: { state: ActionState; testId?: string }) {
  if (state.status !== "done" && state.status !== "failed") return null;
  // A quiet success (selecting a row) shows itself in the workbook.
  if (state.message === "") return null;
  return (
    <MessageBar intent={state.status === "done" ? "success" : "error"} data-testid={testId}>
      <MessageBarBody>{state.message}</MessageBarBody>
    </MessageBar>
  );
}
