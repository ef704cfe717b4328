/** One worksheet's cells: rows of sparse column maps, so deleting table rows is a splice, not a copy. */
import { MAX_COLUMNS, type Rect } from "./addresses";
import type { Cell, Scalar } from "./cells";

export const cellKey = (row: number, column: number) => row * MAX_COLUMNS + column;

export class SheetModel {
  deleted = false;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  frozenRows = 0;
  frozenColumns = 0;
  tabColor = "";
  showGridlines = true;
  /** Values of formula cells and of the cells their arrays spill into, filled by the workbook's calculation. */
  computed = new Map<number, Scalar>();
  spillAnchors = new Map<number, Rect>();
  private rows: (Map<number, Cell> | undefined)[] = [];
  /** Leftmost and rightmost column ever used: when a shift spans them all, rows move as a whole. */
  private minColumn = Number.POSITIVE_INFINITY;
  private maxColumn = -1;

  constructor(
    readonly id: string,
    public name: string,
    /** Drop every cell written below the first row (headers stay): see StandInOptions.discardCells. */
    private readonly discardCells = false,
  ) {}

  get(row: number, column: number): Cell | undefined {
    return this.rows[row]?.get(column);
  }

  set(row: number, column: number, cell: Cell | undefined): void {
    if (this.discardCells && row > 0) return;
    let line = this.rows[row];
    if (!cell || (cell.v === undefined && cell.f === undefined && cell.nf === undefined)) {
      line?.delete(column);
      return;
    }
    if (!line) this.rows[row] = line = new Map();
    line.set(column, cell);
    this.minColumn = Math.min(this.minColumn, column);
    this.maxColumn = Math.max(this.maxColumn, column);
  }

  /** Every non-empty cell, row by row. */
  *cells(): Generator<[number, number, Cell]> {
    for (let r = 0; r < this.rows.length; r++) {
      const line = this.rows[r];
      if (line) for (const [c, cell] of line) yield [r, c, cell];
    }
  }

  /** The smallest rectangle holding every cell with content (or, unless `valuesOnly`, a format). */
  usedRect(valuesOnly: boolean): Rect | null {
    let [r0, r1, c0, c1] = [Infinity, -1, Infinity, -1];
    for (const [r, c, cell] of this.cells()) {
      if (valuesOnly && cell.v === undefined && cell.f === undefined) continue;
      [r0, r1, c0, c1] = [Math.min(r0, r), Math.max(r1, r), Math.min(c0, c), Math.max(c1, c)];
    }
    for (const [key, rect] of this.spillAnchors) {
      const [r, c] = [Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS];
      [r0, r1] = [Math.min(r0, r), Math.max(r1, rect.row + rect.rows - 1)];
      [c0, c1] = [Math.min(c0, c), Math.max(c1, rect.column + rect.columns - 1)];
    }
    return r1 < 0 ? null : { row: r0, column: c0, rows: r1 - r0 + 1, columns: c1 - c0 + 1 };
  }

  private spansAllColumns(column: number, columns: number): boolean {
    return this.maxColumn < 0 || (column <= this.minColumn && column + columns > this.maxColumn);
  }

  /** Deletes rows [row, row+count) within the columns and moves the cells below up. */
  shiftUp(row: number, count: number, column: number, columns: number): void {
    if (this.spansAllColumns(column, columns)) {
      this.rows.splice(row, count);
      return;
    }
    for (let r = row; r < this.rows.length; r++) {
      for (let c = column; c < column + columns; c++) {
        this.set(r, c, r + count < this.rows.length ? this.get(r + count, c) : undefined);
      }
    }
  }

  /** Inserts `count` empty rows at `row` within the columns, moving the cells below down. */
  shiftDown(row: number, count: number, column: number, columns: number): void {
    if (this.spansAllColumns(column, columns)) {
      if (row < this.rows.length) this.rows.splice(row, 0, ...new Array<undefined>(count));
      return;
    }
    for (let r = this.rows.length - 1; r >= row; r--) {
      for (let c = column; c < column + columns; c++) {
        this.set(r + count, c, this.get(r, c));
        this.set(r, c, undefined);
      }
    }
  }

  /** Deletes columns [column, column+count) within the rows and moves the cells to the right left. */
  shiftLeft(column: number, count: number, row: number, rows: number): void {
    for (let r = row; r < Math.min(row + rows, this.rows.length); r++) {
      const line = this.rows[r];
      if (!line) continue;
      const moved = new Map<number, Cell>();
      for (const [c, cell] of line) {
        if (c < column) moved.set(c, cell);
        else if (c >= column + count) moved.set(c - count, cell);
      }
      this.rows[r] = moved;
    }
  }

  /** Inserts `count` empty columns at `column` within the rows, moving the cells to the right further right. */
  shiftRight(column: number, count: number, row: number, rows: number): void {
    for (let r = row; r < Math.min(row + rows, this.rows.length); r++) {
      const line = this.rows[r];
      if (!line) continue;
      const moved = new Map<number, Cell>();
      for (const [c, cell] of line) moved.set(c >= column ? c + count : c, cell);
      this.rows[r] = moved;
      this.maxColumn = Math.max(this.maxColumn, ...[...moved.keys()]);
    }
  }
}
