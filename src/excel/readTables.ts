/**
 * The reads a refresh starts with: which sheets, tables and PivotTables exist; where each CZ table is and what
 * its headers are (two syncs whatever the size); then the IDs and the cells of any column a user added, read in
 * row blocks packed into syncs whose answers stay under the payload budget (Excel on the web refuses a response
 * over 5 MB; at 100k projects the five ID columns alone are about 6 MB). Nothing is written here.
 */
/// <reference types="office-js" />
import type { TableLayout, TableName } from "../core/tableLayouts";
import { NEWER_APIS, supports, type SyncMeter } from "./runExcel";
import type { ExistingTable } from "./tablePlan";

/** The workbook setting listing the PivotTables createPivot made (for hosts without getDataSourceString). */
export const PIVOTS_SETTING = "CZ.pivots";

/** The names createPivot registered (a setting a user could have edited: anything but strings is ignored). */
export function registeredPivots(setting: Excel.Setting): string[] {
  const value: unknown = setting.isNullObject ? [] : setting.value;
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

export interface ExistingCzTable extends ExistingTable {
  sheet: string;
  top: number;
  left: number;
}

export interface WorkbookState {
  /** Sheet names, lower case. */
  sheets: Set<string>;
  /** Tables by lower-case name, with their sheet. */
  tables: Map<string, { name: string; sheet: string }>;
  czTables: Map<TableName, ExistingCzTable>;
  /** PivotTables built on a CZ table, to refresh after writing. */
  czPivots: string[];
}

const lower = (s: string) => s.toLowerCase();
const bare = (s: string) => s.replace(/^'(.*)'$/, "$1").replace(/''/g, "'");

/** Whether a PivotTable's data source string names a CZ table, or a range on a CZ sheet. */
export function isCzSource(source: string, layouts: readonly TableLayout[]): boolean {
  const s = lower(source.trim());
  const bang = s.lastIndexOf("!");
  const sheet = bang < 0 ? null : bare(s.slice(0, bang));
  return layouts.some((l) => s === lower(l.table) || sheet === lower(l.sheet));
}

/**
 * What one cell of a column costs in a response, estimated before reading it: IDs are short (prj-…, 14
 * characters), a user's column may hold anything, so it is given more room.
 */
export const ESTIMATED_KEY_CELL_BYTES = 40;
export const ESTIMATED_USER_CELL_BYTES = 200;

/** One column of one table to read: body rows [0, rows). */
interface ColumnRead {
  sheet: Excel.Worksheet;
  top: number;
  column: number;
  rows: number;
  cellBytes: number;
  /** "values" for IDs, "formulas" for user columns (a formula must be kept as a formula). */
  property: "values" | "formulas";
  done: (cells: unknown[]) => void;
}

/**
 * Reads the columns in row blocks, as many blocks per sync as fit the budget.
 * @example 136k IDs at a 4 MB budget: two syncs instead of one 5.4 MB answer.
 */
async function readColumns(reads: ColumnRead[], meter: SyncMeter, budgetBytes: number): Promise<void> {
  const rowsPerBlock = (r: ColumnRead) => Math.max(1, Math.floor(budgetBytes / r.cellBytes));
  const blocks = reads.flatMap((read) => {
    const out: { read: ColumnRead; start: number; rows: number; cells: unknown[] }[] = [];
    const cells: unknown[] = [];
    for (let start = 0; start < read.rows; start += rowsPerBlock(read))
      out.push({ read, start, rows: Math.min(rowsPerBlock(read), read.rows - start), cells });
    return out;
  });
  let batch: { block: (typeof blocks)[number]; range: Excel.Range }[] = [];
  let batchBytes = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await meter.sync(batchBytes);
    for (const { block, range } of batch)
      for (const row of range[block.read.property]) block.cells.push(row[0]);
    batch = [];
    batchBytes = 0;
  };
  for (const block of blocks) {
    const bytes = block.rows * block.read.cellBytes;
    if (batchBytes + bytes > budgetBytes) await flush();
    const { sheet, top, column, property } = block.read;
    batch.push({
      block,
      range: sheet.getRangeByIndexes(top + block.start, column, block.rows, 1).load(property),
    });
    batchBytes += bytes;
  }
  await flush();
  // Blocks of one read share its cells array and were read in order, so the column is whole here.
  for (const read of reads) read.done(blocks.find((b) => b.read === read)?.cells ?? []);
}

export async function readWorkbookState(
  ctx: Excel.RequestContext,
  meter: SyncMeter,
  layouts: readonly TableLayout[],
  budgetBytes: number,
): Promise<WorkbookState> {
  const wb = ctx.workbook;
  const sheets = wb.worksheets.load("items/name");
  const tables = wb.tables.load("items/name, items/worksheet/name");
  const pivots = wb.pivotTables.load("items/name");
  const registered = wb.settings.getItemOrNullObject(PIVOTS_SETTING).load("value");
  await meter.sync();

  const state: WorkbookState = {
    sheets: new Set(sheets.items.map((s) => lower(s.name))),
    tables: new Map(tables.items.map((t) => [lower(t.name), { name: t.name, sheet: t.worksheet.name }])),
    czTables: new Map(),
    czPivots: [],
  };
  const present = layouts.filter((l) => state.tables.has(lower(l.table)));
  if (present.length === 0) return state;

  // Where each table is and its headers.
  const geometry = present.map((l) => {
    const t = wb.tables.getItem(l.table);
    return {
      layout: l,
      range: t.getRange().load("rowIndex, columnIndex, rowCount, columnCount"),
      header: t.getHeaderRowRange().load("values"),
    };
  });
  const sources = supports(NEWER_APIS.pivotSource)
    ? pivots.items.map((p) => ({
        name: p.name,
        source: wb.pivotTables.getItem(p.name).getDataSourceString(),
      }))
    : null;
  await meter.sync();

  state.czPivots = sources
    ? sources.filter((p) => isCzSource(p.source.value, layouts)).map((p) => p.name)
    : registeredPivots(registered).filter((name) => pivots.items.some((p) => lower(p.name) === lower(name)));

  const reads: ColumnRead[] = [];
  for (const { layout, range, header } of geometry) {
    const headers = (header.values[0] ?? []).map(String);
    const keyHeader = layout.columns.find((c) => c.key === layout.keyColumn)!.header;
    const keyAt = headers.findIndex((h) => lower(h) === lower(keyHeader));
    const layoutHeaders = new Set(layout.columns.map((c) => lower(c.header)));
    const table: ExistingCzTable = {
      sheet: state.tables.get(lower(layout.table))!.sheet,
      top: range.rowIndex,
      left: range.columnIndex,
      headers,
      bodyRows: range.rowCount - 1,
      keys: [],
      userColumns: [],
    };
    state.czTables.set(layout.table, table);
    if (table.bodyRows === 0) continue;
    const sheet = wb.worksheets.getItem(table.sheet);
    const read = (j: number, property: ColumnRead["property"], cellBytes: number, done: ColumnRead["done"]) =>
      reads.push({
        sheet,
        top: table.top + 1,
        column: table.left + j,
        rows: table.bodyRows,
        cellBytes,
        property,
        done,
      });
    if (keyAt >= 0) read(keyAt, "values", ESTIMATED_KEY_CELL_BYTES, (cells) => (table.keys = cells));
    headers.forEach((h, j) => {
      if (!layoutHeaders.has(lower(h)))
        read(j, "formulas", ESTIMATED_USER_CELL_BYTES, (cells) =>
          table.userColumns.push({ index: j, header: h, formulas: cells }),
        );
    });
  }
  await readColumns(reads, meter, budgetBytes);
  // User columns in the order of the table's headers, however their reads were packed.
  for (const table of state.czTables.values()) table.userColumns.sort((a, b) => a.index - b.index);
  return state;
}
