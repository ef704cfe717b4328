/**
 * What Excel does to tables and the cells around them: adding, resizing, inserting and deleting rows and
 * columns, deleting ranges. Excel refuses any change that would split or overlap a table; so does this.
 */
import { intersect, type Rect } from "./addresses";
import { writeInput } from "./cells";
import { ERROR_CODES, fail } from "./errors";
import type { SheetModel } from "./sheetModel";
import type { TableModel, WorkbookModel } from "./workbookModel";

const TABLE_NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;

export function validateTableName(wb: WorkbookModel, name: string, except?: TableModel): void {
  if (
    !TABLE_NAME.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]\d*$/.test(name) ||
    name.length > 255
  ) {
    fail(ERROR_CODES.invalidArgument, `'${name}' is not a valid table name`);
  }
  const clash =
    wb.tables.some((t) => t !== except && t.name.toLowerCase() === name.toLowerCase()) ||
    wb.names.some((n) => n.name.toLowerCase() === name.toLowerCase());
  if (clash) fail(ERROR_CODES.itemAlreadyExists, `the name '${name}' is already used`);
}

function refuseOverlap(wb: WorkbookModel, sheet: SheetModel, rect: Rect, except?: TableModel): void {
  if (wb.tablesOn(sheet).some((t) => t !== except && intersect(t.rect, rect))) {
    fail(ERROR_CODES.invalidOperation, "A table can't overlap another table.");
  }
}

export function addTable(wb: WorkbookModel, sheet: SheetModel, rect: Rect, hasHeaders: boolean): TableModel {
  if (!hasHeaders) {
    // Excel then inserts a header row above the data; the code under test always brings its headers.
    fail(ERROR_CODES.invalidArgument, "the stand-in models tables.add(address, true) only");
  }
  // A table has at least one body row: a header-only range takes the row below.
  const full = { ...rect, rows: Math.max(rect.rows, 2) };
  refuseOverlap(wb, sheet, full);
  let n = wb.tables.length + 1;
  while (wb.tableByName(`Table${n}`)) n++;
  const table: TableModel = {
    id: String(n),
    name: `Table${n}`,
    sheet,
    rect: full,
    columnIds: Array.from({ length: full.columns }, (_, i) => i + 1),
    nextColumnId: full.columns + 1,
    style: "TableStyleMedium2",
    showTotals: false,
    deleted: false,
    clearFiltersCalls: 0,
  };
  wb.tables.push(table);
  wb.normalizeHeaders(sheet, null);
  wb.touch();
  return table;
}

/** `Table.resize`: the header stays in its row, the new range overlaps the old one; no cell moves. */
export function resizeTable(wb: WorkbookModel, t: TableModel, sheet: SheetModel, rect: Rect): void {
  if (sheet !== t.sheet || rect.row !== t.rect.row || rect.rows < 2 || !intersect(rect, t.rect)) {
    fail(
      ERROR_CODES.invalidArgument,
      "The new range must overlap the table, keep its header row and hold at least one data row.",
    );
  }
  refuseOverlap(wb, sheet, rect, t);
  const columns = rect.columns;
  while (t.columnIds.length < columns) t.columnIds.push(t.nextColumnId++);
  t.columnIds.length = columns;
  t.rect = { ...rect };
  wb.normalizeHeaders(sheet, null);
  wb.touch();
}

/**
 * Moves every table and PivotTable anchor lying wholly below `row` within the columns by `delta` rows; a table
 * cut by the column span cannot move and makes Excel refuse.
 */
function moveBelow(
  wb: WorkbookModel,
  sheet: SheetModel,
  row: number,
  delta: number,
  span: Rect,
  except?: TableModel,
) {
  for (const t of wb.tablesOn(sheet)) {
    if (t === except || t.rect.row < row) continue;
    const inside =
      t.rect.column >= span.column && t.rect.column + t.rect.columns <= span.column + span.columns;
    const apart =
      t.rect.column + t.rect.columns <= span.column || t.rect.column >= span.column + span.columns;
    if (!inside && !apart) fail(ERROR_CODES.invalidOperation, "This operation would shift cells in a table.");
    if (inside) t.rect = { ...t.rect, row: t.rect.row + delta };
  }
}

/** Inserts `count` rows into a table at body index `index` (default: at the end), shifting cells below down. */
export function insertTableRows(
  wb: WorkbookModel,
  t: TableModel,
  index: number | null,
  count: number,
): number {
  const body = t.rect.rows - 1;
  const at = index ?? body;
  if (at < 0 || at > body) fail(ERROR_CODES.invalidArgument, `row index ${at} is outside the table`);
  const sheetRow = t.rect.row + 1 + at;
  const span = { ...t.rect };
  moveBelow(wb, t.sheet, sheetRow, count, span, t);
  t.sheet.shiftDown(sheetRow, count, t.rect.column, t.rect.columns);
  t.rect = { ...t.rect, rows: t.rect.rows + count };
  // New rows take the number formats of the row above, as Excel's table formatting carries down.
  const from = at === 0 ? sheetRow + count : sheetRow - 1;
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < t.rect.columns; j++) {
      const nf = t.sheet.get(from, t.rect.column + j)?.nf;
      if (nf && from !== t.rect.row) t.sheet.set(sheetRow + i, t.rect.column + j, { nf });
    }
  }
  wb.touch();
  return sheetRow;
}

/** `Range.delete("Up")`: allowed through a table only for whole table rows of its body. */
export function deleteRangeUp(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  const cut = wb.tablesOn(sheet).filter((t) => intersect(t.rect, rect));
  for (const t of cut) {
    const wholeRows = rect.column === t.rect.column && rect.columns === t.rect.columns;
    const inBody = rect.row > t.rect.row && rect.row + rect.rows <= t.rect.row + t.rect.rows;
    if (!wholeRows || !inBody)
      fail(ERROR_CODES.invalidOperation, "This operation would shift cells in a table.");
  }
  const table = cut[0];
  moveBelow(wb, sheet, rect.row + rect.rows, -rect.rows, rect, table);
  if (table && rect.rows === table.rect.rows - 1) {
    // Deleting every body row leaves one empty row: a table always has a body.
    wb.clear(sheet, { ...rect, rows: 1 }, "All");
    sheet.shiftUp(rect.row + 1, rect.rows - 1, rect.column, rect.columns);
    table.rect = { ...table.rect, rows: 2 };
  } else {
    sheet.shiftUp(rect.row, rect.rows, rect.column, rect.columns);
    if (table) table.rect = { ...table.rect, rows: table.rect.rows - rect.rows };
  }
  wb.touch();
}

/** `Range.delete("Left")`: the stand-in allows it only away from tables. */
export function deleteRangeLeft(wb: WorkbookModel, sheet: SheetModel, rect: Rect): void {
  const rowsSpan = (t: TableModel) =>
    t.rect.row < rect.row + rect.rows && t.rect.row + t.rect.rows > rect.row;
  if (wb.tablesOn(sheet).some((t) => rowsSpan(t) && t.rect.column + t.rect.columns > rect.column)) {
    fail(ERROR_CODES.invalidOperation, "This operation would shift cells in a table.");
  }
  sheet.shiftLeft(rect.column, rect.columns, rect.row, rect.rows);
  wb.touch();
}

/** `TableColumnCollection.add`: values hold the header then the body, or the body only when a name is given. */
export function addTableColumn(
  wb: WorkbookModel,
  t: TableModel,
  index: number | null,
  values: unknown[][] | null,
  name: string | null,
): number {
  const at = index ?? t.rect.columns;
  if (at < 0 || at > t.rect.columns)
    fail(ERROR_CODES.invalidArgument, `column index ${at} is outside the table`);
  let header: unknown = name;
  let body: unknown[][] | null = null;
  if (values) {
    if (values.length === t.rect.rows) [header, body] = [name ?? values[0]?.[0], values.slice(1)];
    else if (values.length === t.rect.rows - 1 && name !== null) body = values;
    else fail(ERROR_CODES.invalidArgument, "the values do not match the table's row count");
  }
  const column = t.rect.column + at;
  for (const other of wb.tablesOn(t.sheet)) {
    if (other === t || other.rect.column < column) continue;
    const overlapRows =
      other.rect.row < t.rect.row + t.rect.rows && other.rect.row + other.rect.rows > t.rect.row;
    if (overlapRows) fail(ERROR_CODES.invalidOperation, "This operation would shift cells in a table.");
  }
  t.sheet.shiftRight(column, 1, t.rect.row, t.rect.rows);
  t.rect = { ...t.rect, columns: t.rect.columns + 1 };
  t.columnIds.splice(at, 0, t.nextColumnId++);
  if (header !== null && header !== undefined) t.sheet.set(t.rect.row, column, { v: String(header) });
  body?.forEach((line, i) => {
    const r = t.rect.row + 1 + i;
    t.sheet.set(r, column, writeInput(t.sheet.get(r, column), line[0], "values"));
  });
  wb.normalizeHeaders(t.sheet, null);
  wb.touch();
  return t.columnIds[at]!;
}

export function deleteTableColumn(wb: WorkbookModel, t: TableModel, index: number): void {
  if (t.rect.columns === 1) fail(ERROR_CODES.invalidOperation, "a table keeps at least one column");
  t.sheet.shiftLeft(t.rect.column + index, 1, t.rect.row, t.rect.rows);
  t.columnIds.splice(index, 1);
  t.rect = { ...t.rect, columns: t.rect.columns - 1 };
  wb.touch();
}

/** `Table.delete`: the table and its cells go; PivotTables built on it lose their source. */
export function deleteTable(wb: WorkbookModel, t: TableModel): void {
  t.deleted = true;
  wb.tables = wb.tables.filter((x) => x !== t);
  wb.clear(t.sheet, t.rect, "All");
}

/** `Table.convertToRange`: the table goes, its cells stay. */
export function convertToRange(wb: WorkbookModel, t: TableModel): Rect {
  t.deleted = true;
  wb.tables = wb.tables.filter((x) => x !== t);
  return t.rect;
}
