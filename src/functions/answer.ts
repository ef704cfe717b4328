/**
 * How a CZ function answers in a cell. Every function is a streaming function subscribed to the shared dataset
 * store: it answers at once from memory (or #N/A saying the dataset is loading / failed), and answers again
 * whenever the pane replaces the dataset. That is how every CZ formula shows a refresh without a recalculation
 * (README, "Why streaming functions").
 */
/// <reference types="custom-functions-runtime" />
import type { DatasetState, DatasetStore } from "../core/datasetStore";
import type { QueryEngine } from "../core/query/engine";
import { QueryError } from "../core/query/queryError";

/** Excel shows custom messages up to a limit; a long list of suggestions is cut rather than lost entirely. */
const MESSAGE_LIMIT = 250;

function cellError(code: "invalidValue" | "notAvailable", message: string): CustomFunctions.Error {
  const text = message.length > MESSAGE_LIMIT ? `${message.slice(0, MESSAGE_LIMIT - 1)}…` : message;
  return new CustomFunctions.Error(
    code === "invalidValue" ? CustomFunctions.ErrorCode.invalidValue : CustomFunctions.ErrorCode.notAvailable,
    text,
  );
}

/** What a cell shows for a store state: the answer, or an error that says why there is none. */
export function answerFor<T>(
  state: DatasetState,
  compute: (engine: QueryEngine) => T,
): T | CustomFunctions.Error {
  if (state.status === "loading")
    return cellError("notAvailable", "数据集正在加载… / the CZ dataset is loading");
  if (state.status === "failed")
    return cellError("notAvailable", `数据集未能加载: ${state.error} / the CZ dataset could not be loaded`);
  try {
    return compute(state.engine);
  } catch (error) {
    if (error instanceof QueryError) return cellError(error.code, error.message);
    // A bug must still answer the cell (never leave it at #BUSY!) and say what happened.
    return cellError(
      "notAvailable",
      `内部错误 / internal error: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

/**
 * Answers now and after every dataset change, until Excel cancels the formula (cell edited or deleted).
 * Excel may reuse one stream for identical formulas and may cancel an old stream after starting a new one
 * (office-js #6483), so each invocation owns exactly its own subscription.
 */
export function streamAnswer<T>(
  store: DatasetStore,
  invocation: CustomFunctions.StreamingInvocation<T>,
  compute: (engine: QueryEngine) => T,
): void {
  let shownFor: DatasetState | null = null;
  const show = (state: DatasetState) => {
    // Same engine, same status: the answer cannot have changed; do not make Excel redraw the cell.
    if (
      shownFor &&
      shownFor.status === state.status &&
      shownFor.engine === state.engine &&
      shownFor.error === state.error
    )
      return;
    shownFor = state;
    invocation.setResult(answerFor(state, compute) as T);
  };
  const unsubscribe = store.subscribe(show);
  invocation.onCanceled = unsubscribe;
  show(store.getState());
}
