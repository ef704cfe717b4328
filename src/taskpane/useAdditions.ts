/**
 * The workbook's local additions as React state, and the actions on them: add one reviewed article, remove one.
 * The flow itself is changeAdditions (additionsFlow.ts); this hook binds it to the shared layers and the
 * workbook, runs one change at a time, and records failures for the diagnostics. Call it once, in the Pane, so
 * that Refresh can wait while an addition writes the tables.
 */
import { useCallback, useRef, useState, useSyncExternalStore } from "react";
import type { Addition } from "../ingest/additions/types";
import type { LayersState } from "../runtime/localLayers";
import { sharedLayers } from "../runtime/sharedLayers";
import { type AdditionsDeps, type AdditionsOutcome, addAddition, removeAddition } from "./additionsFlow";
import { paneErrors } from "./errorLog";
import { incompleteTable, storeAdditions, writeWorkbookForAdditions } from "./workbook";

export interface AdditionsController {
  state: LayersState;
  busy: boolean;
  add: (addition: Addition) => Promise<AdditionsOutcome>;
  remove: (articleId: string) => Promise<AdditionsOutcome>;
}

const DEPS: AdditionsDeps & { layers: typeof sharedLayers } = {
  layers: sharedLayers,
  storeAdditions,
  writeWorkbook: writeWorkbookForAdditions,
  incompleteTable,
};

export function useAdditions(
  deps: AdditionsDeps & { layers: typeof sharedLayers } = DEPS,
): AdditionsController {
  const state = useSyncExternalStore(deps.layers.subscribe, deps.layers.getState, deps.layers.getState);
  const [busy, setBusy] = useState(false);
  const running = useRef<Promise<AdditionsOutcome> | null>(null);
  const run = useCallback((what: string, task: () => Promise<AdditionsOutcome>) => {
    // One change at a time: a second one while another writes is refused (it is not the one that ran).
    if (running.current)
      return Promise.resolve<AdditionsOutcome>({
        ok: false,
        failure: { step: "busy", table: null, message: "another change of the additions is being written" },
      });
    setBusy(true);
    const current = task()
      .then((outcome) => {
        if (!outcome.ok) paneErrors.record(`${what} (${outcome.failure.step}): ${outcome.failure.message}`);
        return outcome;
      })
      .finally(() => {
        running.current = null;
        setBusy(false);
      });
    running.current = current;
    return current;
  }, []);
  const add = useCallback(
    (addition: Addition) => run("adding an article", () => addAddition(deps, addition)),
    [deps, run],
  );
  const remove = useCallback(
    (articleId: string) => run("removing an addition", () => removeAddition(deps, articleId)),
    [deps, run],
  );
  return { state, busy, add, remove };
}
