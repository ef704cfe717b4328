/**
 * What a refresh does to one table, decided before anything is written (pure: no Excel here).
 *
 * Rows stay where they are: a row whose ID is still in the dataset keeps its place (and so every value a user
 * typed beside it, and any sort the user applied); rows whose ID is gone, repeated or empty are deleted; new IDs
 * are appended in dataset order. User cells therefore never move, so a refresh that stops part way cannot
 * scramble them, and the next refresh finishes the job: rows it had appended with their ID are kept, rows it
 * had appended without one are deleted and appended again.
 */
import type { CellValue, TableLayout } from "../core/tableLayouts";

export interface ExistingTable {
  headers: string[];
  /** Body values of the key column, top to bottom (empty when the table lost its key column). */
  keys: unknown[];
  bodyRows: number;
  /** Formulas (or values) of the body of each column the layout does not have: the user's columns. */
  userColumns: { index: number; header: string; formulas: unknown[] }[];
}

export interface TablePlan {
  /** Layout headers the table lacks, appended at its right. */
  addHeaders: string[];
  /** Table column index of each layout column, after appending. */
  columnIndex: number[];
  width: number;
  /** Body rows to delete, bottom block first so the indexes of the others stay valid. */
  deleteBlocks: { start: number; count: number }[];
  rowsAfterDelete: number;
  /** At least one: a table always has a body row. */
  finalRows: number;
  /** The dataset row each final body row shows, or null for the blank row of an empty table. */
  rowSources: (number | null)[];
  /** Rows from here on are new: their user cells are written too (filled formula, or emptied). */
  firstNewRow: number;
  userFill: { index: number; value: string }[];
  added: number;
  removed: number;
}

const keyText = (v: unknown) => (v === null || v === undefined ? "" : String(v));

/** A column whose non-empty cells all hold one formula is a calculated column: new rows get it too. */
function fillOf(formulas: readonly unknown[]): string {
  const filled = formulas.filter((f) => f !== "" && f !== null && f !== undefined);
  const first = filled[0];
  return typeof first === "string" && first.startsWith("=") && filled.every((f) => f === first) ? first : "";
}

/**
 * The plan for a table that does not exist yet.
 * @example planNewTable(layoutOf("CZ_Sources"), 3).finalRows // 3
 */
export function planNewTable(layout: TableLayout, rowCount: number): TablePlan {
  const finalRows = Math.max(1, rowCount);
  return {
    addHeaders: [],
    columnIndex: layout.columns.map((_, i) => i),
    width: layout.columns.length,
    deleteBlocks: [],
    rowsAfterDelete: finalRows,
    finalRows,
    rowSources: rowCount === 0 ? [null] : Array.from({ length: rowCount }, (_, i) => i),
    firstNewRow: 0,
    userFill: [],
    added: rowCount,
    removed: 0,
  };
}

/**
 * The plan for refreshing an existing table in place with `rows` (the layout's rows of the new dataset).
 * @example planRefresh(layout, rows, { headers, keys: ["a", "gone", "b"], bodyRows: 3, userColumns: [] }).deleteBlocks
 * // [{ start: 1, count: 1 }]
 */
export function planRefresh(
  layout: TableLayout,
  rows: readonly CellValue[][],
  existing: ExistingTable,
): TablePlan {
  const keyAt = layout.columns.findIndex((c) => c.key === layout.keyColumn);
  const datasetRow = new Map(rows.map((r, i) => [keyText(r[keyAt]), i]));
  const headerAt = new Map(existing.headers.map((h, i) => [h.toLowerCase(), i]));
  const addHeaders = layout.columns.map((c) => c.header).filter((h) => !headerAt.has(h.toLowerCase()));
  const columnIndex = layout.columns.map(
    (c) => headerAt.get(c.header.toLowerCase()) ?? existing.headers.length + addHeaders.indexOf(c.header),
  );

  const kept: number[] = [];
  const keptSources: number[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < existing.bodyRows; i++) {
    const key = keyText(existing.keys[i]);
    const source = datasetRow.get(key);
    if (key === "" || source === undefined || seen.has(key)) continue;
    kept.push(i);
    keptSources.push(source);
    seen.add(key);
  }
  // With no row to keep, the first row stays as a slot for the first new one: a table cannot lose its body.
  const reuse = kept.length === 0 && existing.bodyRows > 0;
  const keep = new Set(reuse ? [0] : kept);
  const deleteBlocks: { start: number; count: number }[] = [];
  for (let i = existing.bodyRows - 1; i >= 0; i--) {
    if (keep.has(i)) continue;
    const last = deleteBlocks[deleteBlocks.length - 1];
    if (last && last.start === i + 1)
      deleteBlocks[deleteBlocks.length - 1] = { start: i, count: last.count + 1 };
    else deleteBlocks.push({ start: i, count: 1 });
  }
  const appended = rows.map((_, i) => i).filter((i) => !seen.has(keyText(rows[i]![keyAt])));
  const sources: (number | null)[] = [...keptSources, ...appended];
  const sample = (formulas: unknown[]) => (kept.length > 0 ? kept.map((i) => formulas[i]) : formulas);
  return {
    addHeaders,
    columnIndex,
    width: existing.headers.length + addHeaders.length,
    deleteBlocks,
    rowsAfterDelete: keep.size,
    finalRows: Math.max(1, sources.length),
    rowSources: sources.length > 0 ? sources : [null],
    firstNewRow: reuse ? 0 : kept.length,
    userFill: existing.userColumns.map((u) => ({ index: u.index, value: fillOf(sample(u.formulas)) })),
    added: appended.length,
    removed: existing.bodyRows - kept.length,
  };
}
