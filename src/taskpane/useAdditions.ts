/**
 * The workbook's local additions as React state, and the actions on them: add one reviewed article, remove one,
 * clear stored additions that cannot be read. The flows themselves are in additionsFlow.ts; this hook binds them
 * to the shared layers and the workbook, runs one change at a time, and records failures for the diagnostics.
 * Call it once, in the Pane, so that Refresh can wait while an addition writes the tables.
 */
import { useCallback, useRef, useState, useSyncExternalStore } from "react";
import type { Addition } from "../ingest/additions/types";
import type { LayersState } from "../runtime/localLayers";
import { sharedLayers } from "../runtime/sharedLayers";
import {
  type AdditionsDeps,
  type AdditionsFailure,
  type AdditionsOutcome,
  addAddition,
  clearStoredAdditions,
  removeAddition,
} from "./additionsFlow";
import { paneErrors } from "./errorLog";
import {
  deleteStoredAdditions,
  incompleteTable,
  storeAdditions,
  writeWorkbookForAdditions,
} from "./workbook";

export type ClearOutcome = { ok: true } | { ok: false; failure: AdditionsFailure };

export interface AdditionsController {
  state: LayersState;
  busy: boolean;
  add: (addition: Addition) => Promise<AdditionsOutcome>;
  remove: (articleId: string) => Promise<AdditionsOutcome>;
  /** Discards stored additions that cannot be read (the pane asks first). */
  clearUnreadable: () => Promise<ClearOutcome>;
}

type Deps = AdditionsDeps & { layers: typeof sharedLayers; deleteStored: () => Promise<void> };

const DEPS: Deps = {
  layers: sharedLayers,
  deleteStored: deleteStoredAdditions,
  storeAdditions,
  writeWorkbook: writeWorkbookForAdditions,
  incompleteTable,
};

const BUSY: AdditionsFailure = {
  step: "busy",
  table: null,
  message: "another change of the additions is being written",
};

export function useAdditions(deps: Deps = DEPS): AdditionsController {
  const state = useSyncExternalStore(deps.layers.subscribe, deps.layers.getState, deps.layers.getState);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  // One change at a time: a second one while another writes is refused (it is not the one that ran).
  const run = useCallback(
    async <T extends ClearOutcome>(what: string, task: () => Promise<T>): Promise<T | ClearOutcome> => {
      if (running.current) return { ok: false, failure: BUSY };
      running.current = true;
      setBusy(true);
      try {
        const outcome = await task();
        if (!outcome.ok) paneErrors.record(`${what} (${outcome.failure.step}): ${outcome.failure.message}`);
        return outcome;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [],
  );
  const add = useCallback(
    (addition: Addition) =>
      run("adding an article", () => addAddition(deps, addition)) as Promise<AdditionsOutcome>,
    [deps, run],
  );
  const remove = useCallback(
    (articleId: string) =>
      run("removing an addition", () => removeAddition(deps, articleId)) as Promise<AdditionsOutcome>,
    [deps, run],
  );
  const clearUnreadable = useCallback(
    () => run("clearing unreadable additions", () => clearStoredAdditions(deps)),
    [deps, run],
  );
  return { state, busy, add, remove, clearUnreadable };
}
