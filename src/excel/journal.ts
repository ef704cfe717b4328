/**
 * The workbook's write journal: how a write of several syncs leaves a trace that lets the workbook be made whole
 * again, whether the pane repairs it at once or the next start-up does (Excel applies each sync on its own and
 * undoes nothing). Two kinds of record, both workbook settings, so they travel with the file:
 *
 * - the **stamp** of the CZ tables (`CZ.tables`): the dataset version they hold, the published version under it
 *   and the key of the stored additions they were written with. It is set in the same sync as the last table
 *   command, so a stamp always describes complete tables.
 * - a **pending** entry per kind of write (`CZ.pending.data`, `.sheet`, `.freeze`): set as the first command of
 *   the write's first writing sync, deleted with its last command. An entry still there means the write stopped
 *   part way; it says what to undo or redo.
 *
 * One entry per kind, so a data write left pending is never overwritten by a PivotTable made afterwards.
 */
/// <reference types="office-js" />
import { sha256Hex } from "../core/hash";

export const TABLES_STAMP_SETTING = "CZ.tables";
export const PENDING_SETTINGS = {
  data: "CZ.pending.data",
  sheet: "CZ.pending.sheet",
  freeze: "CZ.pending.freeze",
} as const;

/** What the CZ tables hold. */
export interface TablesStamp {
  /** The version of the dataset written (published, or published+local when additions are layered). */
  version: string;
  /** The published dataset's version under it. */
  published: string;
  /** additionsKey() of the stored additions the tables were written with. */
  additions: string;
}

/** A write of the CZ tables (a refresh, an addition changed, a repair) under way, towards `target`. */
export interface PendingData {
  target: TablesStamp;
  at: string;
}

/** A starter report or a PivotTable being put on a new sheet: undone by deleting the sheet. */
export interface PendingSheet {
  sheet: string;
  /** The PivotTable registered in CZ.pivots by this write, to unregister. */
  pivot: string | null;
  at: string;
}

/** A freeze under way: its log rows (written first) list every cell and formula to put back. */
export interface PendingFreeze {
  logSheet: string;
  /** Rows of the log this freeze wrote (0-based, on logSheet), the header included when `createdLog`. */
  firstRow: number;
  rows: number;
  /** The log sheet was made by this freeze (undoing deletes it). */
  createdLog: boolean;
  at: string;
}

export interface Pending {
  data: PendingData | null;
  sheet: PendingSheet | null;
  freeze: PendingFreeze | null;
}

/**
 * The key of the stored additions' JSON as read back (null: no stored additions; a problem: they cannot be read).
 * @example additionsKey(null) // "none"; additionsKey('{"format":1,"additions":[]}') // "3f9c0a1b2d4e5f60"
 */
export function additionsKey(json: string | null, problem: string | null = null): string {
  if (problem !== null) return `unreadable:${problem}`;
  return json === null ? "none" : sha256Hex(json).slice(0, 16);
}

/** Whether two stamps describe the same tables. */
export function sameStamp(a: TablesStamp | null, b: TablesStamp | null): boolean {
  return (
    a !== null &&
    b !== null &&
    a.version === b.version &&
    a.published === b.published &&
    a.additions === b.additions
  );
}

const isString = (v: unknown): v is string => typeof v === "string";
const record = (v: unknown): Record<string, unknown> | null =>
  v !== null && typeof v === "object" && !Array.isArray(v) ? (v as Record<string, unknown>) : null;

/** A stamp read back, or null when the setting holds something else (a user could have edited it). */
export function stampOf(value: unknown): TablesStamp | null {
  const v = record(value);
  return v && isString(v.version) && isString(v.published) && isString(v.additions)
    ? { version: v.version, published: v.published, additions: v.additions }
    : null;
}

function pendingOf(kind: keyof Pending, value: unknown): Pending[keyof Pending] {
  const v = record(value);
  if (!v) return null;
  const at = isString(v.at) ? v.at : "";
  if (kind === "data") {
    const target = stampOf(v.target);
    // A pending data entry that cannot be read still says a write stopped: repair towards anything.
    return { target: target ?? { version: "", published: "", additions: "" }, at };
  }
  if (kind === "sheet")
    return isString(v.sheet) ? { sheet: v.sheet, pivot: isString(v.pivot) ? v.pivot : null, at } : null;
  const n = (x: unknown) => (typeof x === "number" && Number.isInteger(x) && x >= 0 ? x : null);
  const firstRow = n(v.firstRow);
  const rows = n(v.rows);
  return isString(v.logSheet) && firstRow !== null && rows !== null
    ? { logSheet: v.logSheet, firstRow, rows, createdLog: v.createdLog === true, at }
    : null;
}

export interface JournalRead {
  stamp: TablesStamp | null;
  pending: Pending;
}

/** Queues the journal's reads; its result is there after the caller's next sync. */
export function loadJournal(ctx: Excel.RequestContext): () => JournalRead {
  const settings = ctx.workbook.settings;
  const stamp = settings.getItemOrNullObject(TABLES_STAMP_SETTING).load("value");
  const kinds = Object.keys(PENDING_SETTINGS) as (keyof Pending)[];
  const pending = kinds.map((kind) => ({
    kind,
    setting: settings.getItemOrNullObject(PENDING_SETTINGS[kind]).load("value"),
  }));
  return () => ({
    stamp: stamp.isNullObject ? null : stampOf(stamp.value),
    pending: Object.fromEntries(
      pending.map(({ kind, setting }) => [
        kind,
        setting.isNullObject ? null : pendingOf(kind, setting.value),
      ]),
    ) as unknown as Pending,
  });
}

/** Reads the journal (one sync). */
export async function readJournal(ctx: Excel.RequestContext): Promise<JournalRead> {
  const read = loadJournal(ctx);
  await ctx.sync();
  return read();
}

/** Queues "a write of this kind has begun": to be the first command of the write's first writing sync. */
export function queuePending<K extends keyof Pending>(
  ctx: Excel.RequestContext,
  kind: K,
  entry: NonNullable<Pending[K]>,
): void {
  ctx.workbook.settings.add(PENDING_SETTINGS[kind], entry);
}

/** Queues "the write of this kind is done": to be the last command of its last sync. */
export function queueDone(ctx: Excel.RequestContext, kind: keyof Pending): void {
  // Setting.delete on a missing key would fail the batch; add-then-delete never does, and a batch cut between
  // the two leaves "done", which reads as nothing pending.
  ctx.workbook.settings.add(PENDING_SETTINGS[kind], "done");
  ctx.workbook.settings.getItem(PENDING_SETTINGS[kind]).delete();
}

/** Queues the tables' stamp. */
export function queueStamp(ctx: Excel.RequestContext, stamp: TablesStamp): void {
  ctx.workbook.settings.add(TABLES_STAMP_SETTING, { ...stamp });
}
