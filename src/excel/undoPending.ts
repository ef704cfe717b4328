/**
 * Undoing what the journal says a write left half done, for the writes that add to the workbook rather than
 * rewrite the CZ data (those are finished or undone by the runtime's writer): a starter report's or a
 * PivotTable's new sheet is deleted (with its PivotTable, and the PivotTable's registration), and a freeze puts
 * back every formula its log rows list (its log is written first, in its first writing sync) and removes those
 * rows. Idempotent: run twice, or after a write that had done nothing yet, it leaves the workbook as before the
 * write. Run by the write itself when a sync fails, and at start-up when the workbook was closed part way.
 */
/// <reference types="office-js" />
import { type JournalRead, type PendingFreeze, type PendingSheet, queueDone, readJournal } from "./journal";
import { PIVOTS_SETTING, registeredPivots } from "./readTables";
import { runExcel } from "./runExcel";

/** The columns of the freeze log that undoing reads: Sheet, Cells, Formula (see freeze.ts). */
const LOG_SHEET = 2;
const LOG_CELLS = 3;
const LOG_FORMULA = 4;
const LOG_WIDTH = 6;

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** "'Sector by district'!B5:C9" → "B5:C9". */
const addressOnSheet = (address: string) => address.slice(address.lastIndexOf("!") + 1);

async function undoSheet(ctx: Excel.RequestContext, pending: PendingSheet): Promise<void> {
  const wb = ctx.workbook;
  const sheets = wb.worksheets.load("items/name");
  const registered = wb.settings.getItemOrNullObject(PIVOTS_SETTING).load("value");
  await ctx.sync();
  const sheet = sheets.items.find((s) => sameName(s.name, pending.sheet));
  // Deleting the sheet takes its PivotTable with it.
  if (sheet) wb.worksheets.getItem(sheet.name).delete();
  const known = registeredPivots(registered);
  if (pending.pivot !== null && known.includes(pending.pivot))
    wb.settings.add(
      PIVOTS_SETTING,
      known.filter((name) => name !== pending.pivot),
    );
  queueDone(ctx, "sheet");
  await ctx.sync();
}

async function undoFreeze(ctx: Excel.RequestContext, pending: PendingFreeze): Promise<void> {
  const wb = ctx.workbook;
  const sheets = wb.worksheets.load("items/name");
  await ctx.sync();
  const log = sheets.items.find((s) => sameName(s.name, pending.logSheet));
  const present = new Set(sheets.items.map((s) => s.name.toLowerCase()));
  let entries: { sheet: string; address: string; formula: string }[] = [];
  if (log && pending.rows > 0) {
    const rows = wb.worksheets
      .getItem(log.name)
      .getRangeByIndexes(pending.firstRow, 0, pending.rows, LOG_WIDTH)
      .load("values");
    await ctx.sync();
    entries = rows.values
      .map((row) => ({
        sheet: String(row[LOG_SHEET] ?? ""),
        address: addressOnSheet(String(row[LOG_CELLS] ?? "")),
        formula: String(row[LOG_FORMULA] ?? ""),
      }))
      // The header row of a new log, and rows a sync cut short before they were written.
      .filter((e) => e.formula.startsWith("=") && e.address !== "" && present.has(e.sheet.toLowerCase()));
  }
  // What freeze formatted as text to keep a value that looks like a formula: General again, so the formula
  // put back is a formula (a CZ cell was never "@", or its formula would have been text).
  const ranges = entries.map((e) => ({
    ...e,
    range: wb.worksheets.getItem(e.sheet).getRange(e.address).load("numberFormat"),
  }));
  if (ranges.length > 0) await ctx.sync();
  for (const { range, formula, sheet, address } of ranges) {
    const formats = range.numberFormat.map((line) => line.map((f) => (f === "@" ? "General" : null)));
    if (formats.some((line) => line.some((f) => f !== null))) range.numberFormat = formats as string[][];
    range.clear("Contents");
    const anchor = wb.worksheets.getItem(sheet).getRange(address).getCell(0, 0);
    anchor.formulas = [[formula]];
  }
  if (log) {
    if (pending.createdLog) wb.worksheets.getItem(log.name).delete();
    else if (pending.rows > 0)
      wb.worksheets
        .getItem(log.name)
        .getRangeByIndexes(pending.firstRow, 0, pending.rows, LOG_WIDTH)
        .clear("All");
  }
  queueDone(ctx, "freeze");
  await ctx.sync();
}

/** What undoPendingWrites found and undid. */
export interface Undone {
  sheet: string | null;
  freeze: number | null;
}

/**
 * Undoes the starter report, PivotTable or freeze the journal says stopped part way (nothing when none did).
 * @example await undoPendingWrites() // { sheet: "Largest projects", freeze: null }
 */
export function undoPendingWrites(journal?: JournalRead): Promise<Undone> {
  return runExcel(async (ctx) => {
    const { pending } = journal ?? (await readJournal(ctx));
    if (pending.sheet) await undoSheet(ctx, pending.sheet);
    if (pending.freeze) await undoFreeze(ctx, pending.freeze);
    return { sheet: pending.sheet?.sheet ?? null, freeze: pending.freeze?.rows ?? null };
  });
}

/**
 * A journaled write that failed after it had begun writing: `undone` says whether what it left was undone at
 * once (the workbook is as before) or is left to the next start-up. The message is the failure's own.
 */
export class WriteFailedError extends Error {
  constructor(
    override readonly cause: unknown,
    readonly undone: boolean,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = "WriteFailedError";
  }
}

/**
 * Runs a journaled write; when it fails, undoes what the journal says it left half done. A failure before it
 * wrote anything is passed on as it is; one after, as a WriteFailedError saying whether it was undone (a
 * failing undo is left to the next start-up, which finds the journal still pending).
 */
export async function withUndo<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    let undone: Undone;
    try {
      undone = await undoPendingWrites();
    } catch {
      throw new WriteFailedError(error, false);
    }
    if (undone.sheet === null && undone.freeze === null) throw error;
    throw new WriteFailedError(error, true);
  }
}
