/**
 * What the workbook says about its own CZ data, read in one go before every write of it and at start-up: the
 * stored additions (with the key a later write compares) and the journal (the tables' stamp, writes left
 * pending). Two syncs: the parts and the settings, then the part's XML.
 */
/// <reference types="office-js" />
import { type StoredPart, loadPart } from "./additionsPart";
import { type Pending, type TablesStamp, loadJournal } from "./journal";
import { runExcel } from "./runExcel";

export interface WorkbookRecord {
  part: StoredPart;
  stamp: TablesStamp | null;
  pending: Pending;
}

/**
 * @example await readWorkbookRecord()
 * // { part: { json: '{"format":1,…}', problem: null, key: "3f9c…" }, stamp: { version: "…+…", … }, pending: { data: null, … } }
 */
export function readWorkbookRecord(): Promise<WorkbookRecord> {
  return runExcel(async (ctx) => {
    const part = loadPart(ctx);
    const journal = loadJournal(ctx);
    await ctx.sync();
    const { stamp, pending } = journal();
    return { part: (await part()).part, stamp, pending };
  });
}
