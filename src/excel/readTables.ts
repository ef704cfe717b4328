/**
 * The reads a refresh starts with, in at most three syncs whatever the size of the tables: which sheets,
 * tables and PivotTables exist; where each CZ table is and what its headers and IDs are; and the cells of any
 * column a user added. Nothing is written here.
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

export async function readWorkbookState(
  ctx: Excel.RequestContext,
  meter: SyncMeter,
  layouts: readonly TableLayout[],
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

  // Where each table is and its headers; the first body column too, where the ID column usually is.
  const geometry = present.map((l) => {
    const t = wb.tables.getItem(l.table);
    return {
      layout: l,
      range: t.getRange().load("rowIndex, columnIndex, rowCount, columnCount"),
      header: t.getHeaderRowRange().load("values"),
      first: t.getDataBodyRange().getColumn(0).load("values"),
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

  const pending = geometry.map(({ layout, range, header, first }) => {
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
      keys: keyAt === 0 ? first.values.map((r) => r[0]) : [],
      userColumns: [],
    };
    state.czTables.set(layout.table, table);
    const sheet = wb.worksheets.getItem(table.sheet);
    const column = (j: number) => sheet.getRangeByIndexes(table.top + 1, table.left + j, table.bodyRows, 1);
    const keys = keyAt > 0 ? column(keyAt).load("values") : null;
    const users = headers.flatMap((h, j) =>
      layoutHeaders.has(lower(h)) ? [] : [{ index: j, header: h, range: column(j).load("formulas") }],
    );
    return { table, keys, users };
  });
  if (pending.some((p) => p.keys || p.users.length > 0)) {
    await meter.sync();
    for (const { table, keys, users } of pending) {
      if (keys) table.keys = keys.values.map((r) => r[0]);
      table.userColumns = users.map((u) => ({
        index: u.index,
        header: u.header,
        formulas: u.range.formulas.map((r) => r[0]),
      }));
    }
  }
  return state;
}
