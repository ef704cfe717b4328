/**
 * Queues a refresh's commands and syncs whenever the next batch would pass the byte budget, so the number of
 * syncs follows the bytes written, not the rows or the tables: one table's last rows and the next table's first
 * commands share a request. Each request is labelled with the parts (tables) whose commands it carries, so a
 * failed sync names every table it may have left incomplete. Each write sync suspends calculation (it stays off
 * only until that sync); screen updating is suspended once (Microsoft: calling it in a loop makes the window
 * flicker).
 * The last sync of a refresh does not suspend calculation: it recalculates, as suspending makes that the
 * add-in's job, and then refreshes the PivotTables, which read the recalculated cells.
 */
/// <reference types="office-js" />
import { NEWER_APIS, supports, type SyncMeter } from "./runExcel";

export interface Writer {
  budget: number;
  /** Bytes queued and not yet synced. */
  readonly pending: number;
  /** Commands queued from now on belong to `part` (a table's name). */
  begin(part: string): void;
  /** The parts each sync carried, in order (a table's end and the next one's start may share one). */
  readonly syncedParts: readonly (readonly string[])[];
  /** The parts of the sync that failed, or null while none has. */
  readonly failedParts: readonly string[] | null;
  /** Queues `queue()`'s commands, syncing first if `bytes` more would not fit; `onSynced` runs after their sync. */
  add(bytes: number, queue: () => void, onSynced?: () => void): Promise<void>;
  /** Syncs what is queued; with `last`, queues its commands first and lets calculation run. */
  flush(last?: () => void): Promise<void>;
}

export function createSyncWriter(ctx: Excel.RequestContext, meter: SyncMeter, budget: number): Writer {
  let pending = 0;
  let queued = false;
  let callbacks: (() => void)[] = [];
  let screenSuspended = false;
  let part = "";
  let parts: string[] = [];
  const syncedParts: string[][] = [];
  let failedParts: string[] | null = null;
  const sync = async (last: boolean) => {
    if (!queued) return;
    const app = ctx.workbook.application;
    if (!last) app.suspendApiCalculationUntilNextSync();
    if (!screenSuspended && supports(NEWER_APIS.screenUpdating)) app.suspendScreenUpdatingUntilNextSync();
    screenSuspended = true;
    const bytes = pending;
    const carried = parts;
    [pending, queued, parts] = [0, false, []];
    const done = callbacks;
    callbacks = [];
    try {
      await meter.sync(bytes);
    } catch (error) {
      failedParts = carried;
      throw error;
    }
    syncedParts.push(carried);
    for (const f of done) f();
  };
  return {
    budget,
    get pending() {
      return pending;
    },
    begin(next) {
      part = next;
    },
    syncedParts,
    get failedParts() {
      return failedParts;
    },
    async add(bytes, queue, onSynced) {
      if (queued && pending + bytes > budget) await sync(false);
      queue();
      [pending, queued] = [pending + bytes, true];
      if (parts.at(-1) !== part) parts.push(part);
      if (onSynced) callbacks.push(onSynced);
    },
    async flush(last) {
      if (last && queued) last();
      await sync(last !== undefined);
    },
  };
}
