/** Excel.Range and Excel.RangeFormat. A Range is fixed to its cells when the command creating it runs. */
import {
  MAX_COLUMNS,
  MAX_ROWS,
  formatAddress,
  intersect,
  parseRect,
  splitSheet,
  type Rect,
} from "./addresses";
import { ERROR_CODES, fail } from "./errors";
import { Ref, defineKind, type Env } from "./kinds";
import type { SheetModel } from "./sheetModel";
import { deleteRangeLeft, deleteRangeUp } from "./tableOps";
import { cellKey } from "./sheetModel";

export interface RangeB {
  sheet: SheetModel;
  rect: Rect;
}

export function int(value: unknown, what: string): number {
  if (typeof value !== "number" || !Number.isInteger(value))
    fail(ERROR_CODES.invalidArgument, `${what} must be an integer`);
  return value as number;
}

/** A range within the sheet's bounds, or InvalidArgument. */
export function rangeOf(sheet: SheetModel, rect: Rect): RangeB {
  if (
    rect.row < 0 ||
    rect.column < 0 ||
    rect.rows < 1 ||
    rect.columns < 1 ||
    rect.row + rect.rows > MAX_ROWS ||
    rect.column + rect.columns > MAX_COLUMNS
  ) {
    fail(ERROR_CODES.invalidArgument, "The range is outside the worksheet.");
  }
  return { sheet, rect };
}

/** A `Range | string` argument: a Range object, or an address on `sheet` (or on the sheet it names). */
export function rangeArg(env: Env, arg: unknown, sheet: SheetModel | null): RangeB {
  if (arg instanceof Ref && arg.kind === "Range") return arg.binding as RangeB;
  if (typeof arg !== "string") return fail(ERROR_CODES.invalidArgument, "expected a Range or an address");
  const { sheet: named, cells } = splitSheet(arg);
  const target = named === null ? (sheet ?? env.wb.activeSheet) : env.wb.sheetByName(named);
  if (!target) return fail(ERROR_CODES.itemNotFound, `no worksheet '${named}'`);
  if (sheet && target !== sheet)
    fail(ERROR_CODES.invalidArgument, `'${arg}' is not on worksheet '${sheet.name}'`);
  return rangeOf(target, parseRect(cells));
}

const cellProp = (property: "values" | "formulas" | "numberFormat") => ({
  get: (b: RangeB, env: Env) => env.wb.read(b.sheet, b.rect, property),
  set: (b: RangeB, value: unknown, env: Env) => env.wb.write(b.sheet, b.rect, property, value),
});

const readOnly = (get: (b: RangeB, env: Env) => unknown, api?: string) => ({ get, api });

const at = (b: RangeB, row: number, column: number, rows: number, columns: number) =>
  rangeOf(b.sheet, { row: b.rect.row + row, column: b.rect.column + column, rows, columns });

function usedWithin(b: RangeB, valuesOnly: unknown, env: Env): RangeB | null {
  env.wb.calculate();
  const used = b.sheet.usedRect(valuesOnly === true);
  const inside = used && intersect(used, b.rect);
  return inside ? { sheet: b.sheet, rect: inside } : null;
}

export const RANGE = defineKind<RangeB>({
  name: "Range",
  alive: (b) => !b.sheet.deleted,
  props: {
    address: readOnly((b) => formatAddress(b.sheet.name, b.rect)),
    addressLocal: readOnly((b) => formatAddress(b.sheet.name, b.rect)),
    values: cellProp("values"),
    formulas: cellProp("formulas"),
    numberFormat: cellProp("numberFormat"),
    text: readOnly((b, env) => env.wb.read(b.sheet, b.rect, "text")),
    valueTypes: readOnly((b, env) => env.wb.read(b.sheet, b.rect, "valueTypes")),
    rowCount: readOnly((b) => b.rect.rows),
    columnCount: readOnly((b) => b.rect.columns),
    rowIndex: readOnly((b) => b.rect.row),
    columnIndex: readOnly((b) => b.rect.column),
    cellCount: readOnly((b) => b.rect.rows * b.rect.columns),
  },
  nav: {
    format: { kind: "RangeFormat", resolve: (b) => b },
    worksheet: { kind: "Worksheet", resolve: (b) => b.sheet },
  },
  methods: {
    getCell: { returns: "Range", run: (b, [r, c]) => at(b, int(r, "row"), int(c, "column"), 1, 1) },
    getRow: { returns: "Range", run: (b, [r]) => at(b, int(r, "row"), 0, 1, b.rect.columns) },
    getColumn: { returns: "Range", run: (b, [c]) => at(b, 0, int(c, "column"), b.rect.rows, 1) },
    getOffsetRange: {
      returns: "Range",
      run: (b, [r, c]) => at(b, int(r, "rowOffset"), int(c, "columnOffset"), b.rect.rows, b.rect.columns),
    },
    getResizedRange: {
      returns: "Range",
      api: "1.2",
      run: (b, [r, c]) =>
        at(b, 0, 0, b.rect.rows + int(r, "deltaRows"), b.rect.columns + int(c, "deltaColumns")),
    },
    getAbsoluteResizedRange: {
      returns: "Range",
      api: "1.7",
      run: (b, [r, c]) => at(b, 0, 0, int(r, "numRows"), int(c, "numColumns")),
    },
    getRowsAbove: {
      returns: "Range",
      api: "1.2",
      run: (b, [n]) => at(b, -int(n ?? 1, "count"), 0, int(n ?? 1, "count"), b.rect.columns),
    },
    getRowsBelow: {
      returns: "Range",
      api: "1.2",
      run: (b, [n]) => at(b, b.rect.rows, 0, int(n ?? 1, "count"), b.rect.columns),
    },
    getLastRow: { returns: "Range", run: (b) => at(b, b.rect.rows - 1, 0, 1, b.rect.columns) },
    getLastColumn: { returns: "Range", run: (b) => at(b, 0, b.rect.columns - 1, b.rect.rows, 1) },
    getLastCell: { returns: "Range", run: (b) => at(b, b.rect.rows - 1, b.rect.columns - 1, 1, 1) },
    getEntireRow: {
      returns: "Range",
      run: (b) => rangeOf(b.sheet, { ...b.rect, column: 0, columns: MAX_COLUMNS }),
    },
    getEntireColumn: {
      returns: "Range",
      run: (b) => rangeOf(b.sheet, { ...b.rect, row: 0, rows: MAX_ROWS }),
    },
    getIntersection: {
      returns: "Range",
      run: (b, [other], env) => {
        const o = rangeArg(env, other, b.sheet);
        const rect = intersect(b.rect, o.rect);
        return rect
          ? { sheet: b.sheet, rect }
          : fail(ERROR_CODES.itemNotFound, "the ranges do not intersect");
      },
    },
    getIntersectionOrNullObject: {
      returns: "Range",
      orNull: true,
      api: "1.4",
      run: (b, [other], env) => {
        const rect = intersect(b.rect, rangeArg(env, other, b.sheet).rect);
        return rect ? { sheet: b.sheet, rect } : null;
      },
    },
    getBoundingRect: {
      returns: "Range",
      run: (b, [other], env) => {
        const o = rangeArg(env, other, b.sheet).rect;
        const [r0, c0] = [Math.min(b.rect.row, o.row), Math.min(b.rect.column, o.column)];
        const r1 = Math.max(b.rect.row + b.rect.rows, o.row + o.rows);
        const c1 = Math.max(b.rect.column + b.rect.columns, o.column + o.columns);
        return rangeOf(b.sheet, { row: r0, column: c0, rows: r1 - r0, columns: c1 - c0 });
      },
    },
    getUsedRange: {
      returns: "Range",
      run: (b, [valuesOnly], env) =>
        usedWithin(b, valuesOnly, env) ?? fail(ERROR_CODES.itemNotFound, "the range has no used cells"),
    },
    getUsedRangeOrNullObject: {
      returns: "Range",
      orNull: true,
      api: "1.4",
      run: (b, [valuesOnly], env) => usedWithin(b, valuesOnly, env),
    },
    getSpillingToRangeOrNullObject: {
      returns: "Range",
      orNull: true,
      api: "1.12",
      run: (b, _args, env) => {
        if (b.rect.rows * b.rect.columns !== 1) fail(ERROR_CODES.invalidArgument, "call it on one cell");
        env.wb.calculate();
        const rect = b.sheet.spillAnchors.get(cellKey(b.rect.row, b.rect.column));
        return rect ? { sheet: b.sheet, rect } : null;
      },
    },
    clear: {
      returns: "void",
      run: (b, [applyTo], env) => env.wb.clear(b.sheet, b.rect, (applyTo as string | undefined) ?? "All"),
    },
    delete: {
      returns: "void",
      run: (b, [shift], env) => {
        if (shift === "Up") deleteRangeUp(env.wb, b.sheet, b.rect);
        else if (shift === "Left") deleteRangeLeft(env.wb, b.sheet, b.rect);
        else fail(ERROR_CODES.invalidArgument, "Range.delete needs a shift direction, 'Up' or 'Left'");
      },
    },
    select: {
      returns: "void",
      run: (b, _args, env) => {
        env.wb.activeSheet = b.sheet;
        env.wb.selection = { sheet: b.sheet, rect: b.rect };
      },
    },
  },
});

export const RANGE_FORMAT = defineKind<RangeB>({
  name: "RangeFormat",
  alive: (b) => !b.sheet.deleted,
  props: {
    columnWidth: { api: "1.2", get: () => 48, set: () => undefined },
    wrapText: { get: () => false, set: () => undefined },
  },
  methods: {
    autofitColumns: { returns: "void", api: "1.2", run: (_b, _a, env) => void env.wb.calls.autofit++ },
    autofitRows: { returns: "void", api: "1.2", run: (_b, _a, env) => void env.wb.calls.autofit++ },
  },
});
