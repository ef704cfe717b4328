/** A1 addresses: parsing ("'My sheet'!$A$1:C3", "A:C", "2:4") and formatting, as Excel writes them. */
import { ERROR_CODES, fail } from "./errors";

export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, zero-based. */
export interface Rect {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Excel quotes a sheet name unless it is a plain identifier. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

export function formatRect(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  if (rect.row === 0 && rect.rows === MAX_ROWS) {
    return `${d}${columnLetters(rect.column)}:${d}${columnLetters(rect.column + rect.columns - 1)}`;
  }
  if (rect.column === 0 && rect.columns === MAX_COLUMNS)
    return `${d}${rect.row + 1}:${d}${rect.row + rect.rows}`;
  const first = `${d}${columnLetters(rect.column)}${d}${rect.row + 1}`;
  if (rect.rows === 1 && rect.columns === 1) return first;
  return `${first}:${d}${columnLetters(rect.column + rect.columns - 1)}${d}${rect.row + rect.rows}`;
}

export function formatAddress(sheet: string, rect: Rect, absolute = false): string {
  return `${quoteSheet(sheet)}!${formatRect(rect, absolute)}`;
}

/** Splits "Sheet!A1:B2" into its sheet (or null) and the cell part. */
export function splitSheet(address: string): { sheet: string | null; cells: string } {
  const quoted = /^'((?:[^']|'')+)'!(.*)$/.exec(address);
  if (quoted) return { sheet: quoted[1]!.replace(/''/g, "'"), cells: quoted[2]! };
  const bang = address.lastIndexOf("!");
  return bang < 0
    ? { sheet: null, cells: address }
    : { sheet: address.slice(0, bang), cells: address.slice(bang + 1) };
}

type Corner = { row: number | null; column: number | null };

function corner(part: string): Corner | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(part.trim());
  if (!m || (!m[1] && !m[2])) return null;
  const column = m[1] ? columnIndex(m[1]) : null;
  const row = m[2] ? Number(m[2]) - 1 : null;
  if ((column !== null && column >= MAX_COLUMNS) || (row !== null && (row < 0 || row >= MAX_ROWS)))
    return null;
  return { row, column };
}

/** Parses the cell part of an address ("A1", "A1:C3", "A:C", "2:4"); throws InvalidArgument otherwise. */
export function parseRect(cells: string): Rect {
  const [a, b, extra] = cells.split(":");
  const first = a === undefined ? null : corner(a);
  const second = b === undefined ? first : corner(b);
  if (extra !== undefined || !first || !second)
    return fail(ERROR_CODES.invalidArgument, `bad address '${cells}'`);
  const wholeColumns = first.row === null && second.row === null;
  const wholeRows = first.column === null && second.column === null;
  if ((first.row === null || second.row === null) && !wholeColumns) {
    return fail(ERROR_CODES.invalidArgument, `bad address '${cells}'`);
  }
  if ((first.column === null || second.column === null) && !wholeRows) {
    return fail(ERROR_CODES.invalidArgument, `bad address '${cells}'`);
  }
  const r0 = wholeColumns ? 0 : Math.min(first.row!, second.row!);
  const r1 = wholeColumns ? MAX_ROWS - 1 : Math.max(first.row!, second.row!);
  const c0 = wholeRows ? 0 : Math.min(first.column!, second.column!);
  const c1 = wholeRows ? MAX_COLUMNS - 1 : Math.max(first.column!, second.column!);
  return { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
}

export function intersect(a: Rect, b: Rect): Rect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const rowEnd = Math.min(a.row + a.rows, b.row + b.rows);
  const columnEnd = Math.min(a.column + a.columns, b.column + b.columns);
  return row < rowEnd && column < columnEnd
    ? { row, column, rows: rowEnd - row, columns: columnEnd - column }
    : null;
}

export function contains(outer: Rect, inner: Rect): boolean {
  return (
    inner.row >= outer.row &&
    inner.column >= outer.column &&
    inner.row + inner.rows <= outer.row + outer.rows &&
    inner.column + inner.columns <= outer.column + outer.columns
  );
}
