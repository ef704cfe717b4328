/**
 * The workbook's local additions as React state, and the actions on them: add one reviewed article, remove one,
 * discard stored additions that cannot be read. Each is a write of the shared workbook writer
 * (additionsFlow.ts); this hook runs one change at a time and records failures, whole, for the diagnostics.
 * Call it once, in the Pane, so that Refresh can wait while an addition writes the tables.
 */
import { useCallback, useRef, useState, useSyncExternalStore } from "react";
import type { Addition } from "../ingest/additions/types";
import type { Layers, LayersState } from "../runtime/localLayers";
import { sharedLayers } from "../runtime/sharedLayers";
import { sharedWriter } from "../runtime/sharedWriter";
import type { WorkbookWriter } from "../runtime/workbookWriter";
import {
  type AdditionsOutcome,
  BUSY,
  addAddition,
  clearStoredAdditions,
  removeAddition,
} from "./additionsFlow";
import { paneErrors } from "./errorLog";

export interface AdditionsController {
  state: LayersState;
  busy: boolean;
  add: (addition: Addition) => Promise<AdditionsOutcome>;
  remove: (articleId: string) => Promise<AdditionsOutcome>;
  /** Discards stored additions that cannot be read (the pane asks first). */
  clearUnreadable: () => Promise<AdditionsOutcome>;
}

interface Deps {
  layers: Pick<Layers, "getState" | "subscribe">;
  writer: Pick<WorkbookWriter, "write">;
}

const DEPS: Deps = { layers: sharedLayers, writer: sharedWriter };

export function useAdditions(deps: Deps = DEPS): AdditionsController {
  const state = useSyncExternalStore(deps.layers.subscribe, deps.layers.getState, deps.layers.getState);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  // One change at a time: a second one while another writes is refused (it is not the one that ran).
  const run = useCallback(
    async (what: string, task: () => Promise<AdditionsOutcome>): Promise<AdditionsOutcome> => {
      if (running.current) return { ok: false, failure: BUSY };
      running.current = true;
      setBusy(true);
      try {
        const outcome = await task();
        if (!outcome.ok) {
          const { workbook, reason, table, detail } = outcome.failure;
          paneErrors.record(
            `${what} (${reason}; workbook ${workbook}${table ? ` at ${table}` : ""}): ${detail}`,
          );
        }
        return outcome;
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [],
  );
  const add = useCallback(
    (addition: Addition) => run("adding an article", () => addAddition(deps.writer, addition)),
    [deps, run],
  );
  const remove = useCallback(
    (articleId: string) => run("removing an addition", () => removeAddition(deps.writer, articleId)),
    [deps, run],
  );
  const clearUnreadable = useCallback(
    () => run("discarding unreadable additions", () => clearStoredAdditions(deps.writer)),
    [deps, run],
  );
  return { state, busy, add, remove, clearUnreadable };
}
