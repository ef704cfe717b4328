/**
 * The workbook behind the stand-in: sheets, tables, names, settings, PivotTables, comments, selection and
 * calculation. Plain data with the rules Excel enforces (unique names, tables that never overlap, headers that
 * are unique text); the proxies in `runtime.ts` only ever reach it through a sync.
 */
import { intersect, type Rect } from "./addresses";
import { GENERAL, displayText, valueType, writeInput, type Cell, type Scalar, type ValueType } from "./cells";
import { calculateSheets } from "./calculation";
import { ERROR_CODES, fail } from "./errors";
import { SheetModel, cellKey } from "./sheetModel";

export interface TableModel {
  id: string;
  name: string;
  sheet: SheetModel;
  /** Header row and body. */
  rect: Rect;
  columnIds: number[];
  nextColumnId: number;
  style: string;
  showTotals: boolean;
  deleted: boolean;
  clearFiltersCalls: number;
}

export interface NameModel {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
}

export interface DataFieldModel {
  id: string;
  name: string;
  field: string;
  summarizeBy: string;
  numberFormat: string;
}

export interface PivotModel {
  id: string;
  name: string;
  sheet: SheetModel;
  anchor: { row: number; column: number };
  source: { table: TableModel } | { sheet: SheetModel; rect: Rect };
  rows: string[];
  columns: string[];
  filters: string[];
  data: DataFieldModel[];
  layoutType: string;
  refreshCount: number;
  /** What the PivotTable shows: data-field totals keyed "row items | column items | data field". */
  shown: { sourceRows: number; totals: Record<string, number> } | null;
  deleted: boolean;
}

/** A custom XML part: its namespace is read from the XML's root element whenever asked. */
export interface CustomXmlPartModel {
  id: string;
  xml: string;
  deleted: boolean;
}

export interface CommentModel {
  id: string;
  sheet: SheetModel;
  row: number;
  column: number;
  content: string;
  deleted: boolean;
}

/**
 * A test's formula evaluator: what a formula shows (an array spills), or undefined for the default evaluator.
 * `at.cell("$B5")` reads another cell of the same sheet, for formulas that refer to their headers.
 */
export type Evaluator = (
  formula: string,
  at: { sheet: string; row: number; column: number; address: string; cell: (a1: string) => Scalar | "" },
) => Scalar | Scalar[][] | undefined;

export type Grid = unknown[][];
export type CellProperty = "values" | "formulas" | "numberFormat" | "text" | "valueTypes";

const SHEET_NAME_BAD = /[[\]:*?/\\]/;

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  names: NameModel[] = [];
  settings = new Map<string, unknown>();
  pivots: PivotModel[] = [];
  comments: CommentModel[] = [];
  customXmlParts: CustomXmlPartModel[] = [];
  activeSheet: SheetModel;
  selection: { sheet: SheetModel; rect: Rect };
  evaluator: Evaluator | null = null;
  /** What the code under test asked of the application, for tests to check. */
  calls = { calculate: [] as string[], suspendApiCalculation: 0, suspendScreenUpdating: 0, autofit: 0 };
  private dirty = true;
  private ids = 0;

  constructor(
    sheetNames: readonly string[] = ["Sheet1"],
    /** Keep no cell below a sheet's first row (StandInOptions.discardCells). */
    private readonly discardCells = false,
  ) {
    for (const name of sheetNames) this.addSheet(name);
    const first = this.sheets[0];
    if (!first) throw new Error("a workbook needs a sheet");
    this.activeSheet = first;
    this.selection = { sheet: first, rect: { row: 0, column: 0, rows: 1, columns: 1 } };
  }

  nextId(prefix: string): string {
    return `${prefix}${++this.ids}`;
  }

  liveSheets(): SheetModel[] {
    return this.sheets.filter((s) => !s.deleted);
  }

  sheetByName(name: string): SheetModel | undefined {
    return this.liveSheets().find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  validateSheetName(name: string, except?: SheetModel): void {
    if (!name || name.length > 31 || SHEET_NAME_BAD.test(name) || /^'|'$/.test(name)) {
      fail(ERROR_CODES.invalidArgument, `'${name}' is not a valid worksheet name`);
    }
    const other = this.sheetByName(name);
    if (other && other !== except) fail(ERROR_CODES.itemAlreadyExists, `a worksheet named '${name}' exists`);
  }

  addSheet(name?: string): SheetModel {
    let chosen = name;
    for (let n = this.sheets.length + 1; chosen === undefined; n++) {
      if (!this.sheetByName(`Sheet${n}`)) chosen = `Sheet${n}`;
    }
    this.validateSheetName(chosen);
    const sheet = new SheetModel(this.nextId("{sheet-"), chosen, this.discardCells);
    this.sheets.push(sheet);
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.liveSheets().filter((s) => s.visibility === "Visible");
    if (visible.length === 1 && visible[0] === sheet) {
      fail(ERROR_CODES.invalidOperation, "a workbook must keep at least one visible worksheet");
    }
    sheet.deleted = true;
    for (const t of this.tables) if (t.sheet === sheet) t.deleted = true;
    for (const p of this.pivots) if (p.sheet === sheet) p.deleted = true;
    this.tables = this.tables.filter((t) => !t.deleted);
    this.pivots = this.pivots.filter((p) => !p.deleted);
    if (this.activeSheet === sheet) this.activeSheet = this.liveSheets()[0]!;
    if (this.selection.sheet === sheet) this.selection = { sheet: this.activeSheet, rect: cellRect(0, 0) };
    this.touch();
  }

  /** Marks the workbook for recalculation. */
  touch(): void {
    this.dirty = true;
  }

  tablesOn(sheet: SheetModel): TableModel[] {
    return this.tables.filter((t) => t.sheet === sheet);
  }

  tableByName(name: string): TableModel | undefined {
    return this.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
  }

  /** The value Excel shows in a cell: a constant, a formula's result, a spilled value, or "". */
  valueAt(sheet: SheetModel, row: number, column: number): Scalar | "" {
    this.calculate();
    const cell = sheet.get(row, column);
    if (cell?.f !== undefined) return sheet.computed.get(cellKey(row, column)) ?? 0;
    if (cell?.v !== undefined) return cell.v;
    return sheet.computed.get(cellKey(row, column)) ?? "";
  }

  read(sheet: SheetModel, rect: Rect, property: CellProperty): unknown[][] {
    if (rect.rows * rect.columns > 5_000_000) {
      fail(ERROR_CODES.invalidOperation, "a range read is limited to 5 million cells");
    }
    const out: unknown[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const line: unknown[] = [];
      for (let c = rect.column; c < rect.column + rect.columns; c++)
        line.push(this.cellProperty(sheet, r, c, property));
      out.push(line);
    }
    return out;
  }

  private cellProperty(sheet: SheetModel, r: number, c: number, property: CellProperty): unknown {
    const cell = sheet.get(r, c);
    switch (property) {
      case "numberFormat":
        return cell?.nf ?? GENERAL;
      case "formulas":
        return cell?.f ?? this.valueAt(sheet, r, c);
      case "text":
        return displayText(this.valueAt(sheet, r, c), cell?.nf);
      case "valueTypes":
        return valueType(this.valueAt(sheet, r, c)) satisfies ValueType;
      default:
        return this.valueAt(sheet, r, c);
    }
  }

  /** Writes a grid exactly as large as the range (Excel refuses any other size). */
  write(
    sheet: SheetModel,
    rect: Rect,
    property: "values" | "formulas" | "numberFormat",
    grid: unknown,
  ): void {
    if (
      !Array.isArray(grid) ||
      grid.length !== rect.rows ||
      grid.some((l) => !Array.isArray(l) || l.length !== rect.columns)
    ) {
      fail(
        ERROR_CODES.invalidArgument,
        `The number of rows or columns in the input array doesn't match the size or dimensions of the range ` +
          `(${rect.rows}×${rect.columns}).`,
      );
    }
    const lines = grid as unknown[][];
    for (let i = 0; i < rect.rows; i++) {
      for (let j = 0; j < rect.columns; j++) {
        const [r, c] = [rect.row + i, rect.column + j];
        const input = lines[i]![j];
        if (property === "numberFormat") {
          if (input === null || input === undefined) continue;
          if (typeof input !== "string") fail(ERROR_CODES.invalidArgument, "a number format is a string");
          // "" resets the format to General.
          const { nf: _old, ...rest } = sheet.get(r, c) ?? {};
          sheet.set(r, c, input === "" || input === GENERAL ? rest : { ...rest, nf: input as string });
        } else {
          sheet.set(r, c, writeInput(sheet.get(r, c), input, property));
        }
      }
    }
    this.normalizeHeaders(sheet, rect);
    this.touch();
  }

  clear(sheet: SheetModel, rect: Rect, applyTo: string): void {
    for (const [r, c, cell] of [...sheet.cells()]) {
      if (r < rect.row || r >= rect.row + rect.rows || c < rect.column || c >= rect.column + rect.columns)
        continue;
      const keepFormat = applyTo === "Contents" && cell.nf !== undefined;
      const keepContent = applyTo === "Formats";
      sheet.set(r, c, {
        ...(keepContent ? { v: cell.v, f: cell.f } : {}),
        ...(keepFormat ? { nf: cell.nf } : {}),
      } as Cell);
    }
    this.normalizeHeaders(sheet, rect);
    this.touch();
  }

  /** Table headers are unique, non-empty text, as Excel keeps them. */
  normalizeHeaders(sheet: SheetModel, rect: Rect | null): void {
    for (const t of this.tablesOn(sheet)) {
      const header = { ...t.rect, rows: 1 };
      if (rect && !intersect(header, rect)) continue;
      const seen = new Set<string>();
      for (let j = 0; j < t.rect.columns; j++) {
        const cell = sheet.get(t.rect.row, t.rect.column + j);
        let name = cell?.v !== undefined ? String(cell.v) : (cell?.f ?? "");
        if (!name) name = `Column${j + 1}`;
        for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${name.replace(/\d+$/, "")}${n}`;
        seen.add(name.toLowerCase());
        sheet.set(t.rect.row, t.rect.column + j, { ...(cell?.nf ? { nf: cell.nf } : {}), v: name });
      }
    }
  }

  headerNames(t: TableModel): string[] {
    const out: string[] = [];
    for (let j = 0; j < t.rect.columns; j++)
      out.push(String(t.sheet.get(t.rect.row, t.rect.column + j)?.v ?? ""));
    return out;
  }

  /** Recomputes formulas (and their spills) when anything changed since the last calculation. */
  calculate(force = false): void {
    if (!this.dirty && !force) return;
    this.dirty = false;
    calculateSheets(this);
  }
}

export const cellRect = (row: number, column: number): Rect => ({ row, column, rows: 1, columns: 1 });
