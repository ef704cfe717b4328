/** Excel.TableCollection, Table, its columns and rows. */
import { ERROR_CODES, fail } from "./errors";
import { defineKind, type Env } from "./kinds";
import { int, rangeArg, type RangeB } from "./rangeKinds";
import type { SheetModel } from "./sheetModel";
import {
  addTable,
  addTableColumn,
  convertToRange,
  deleteRangeUp,
  deleteTable,
  deleteTableColumn,
  insertTableRows,
  resizeTable,
  validateTableName,
} from "./tableOps";
import type { TableModel, WorkbookModel } from "./workbookModel";

const ro = <B>(get: (b: B, env: Env) => unknown, api?: string) => ({ get, api });
const tablesIn = (wb: WorkbookModel, sheet: SheetModel | null) => (sheet ? wb.tablesOn(sheet) : wb.tables);
const find = (wb: WorkbookModel, sheet: SheetModel | null, key: unknown) =>
  tablesIn(wb, sheet).find((t) => t.name.toLowerCase() === String(key).toLowerCase() || t.id === String(key));

export const TABLE_COLLECTION = defineKind<{ sheet: SheetModel | null }>({
  name: "TableCollection",
  items: { kind: "Table", list: (b, env) => tablesIn(env.wb, b.sheet) },
  props: { count: ro((b, env) => tablesIn(env.wb, b.sheet).length) },
  methods: {
    add: {
      returns: "Table",
      run: (b, [address, hasHeaders], env) => {
        const range = rangeArg(env, address, b.sheet);
        return addTable(env.wb, range.sheet, range.rect, hasHeaders === true);
      },
    },
    getItem: {
      returns: "Table",
      run: (b, [key], env) =>
        find(env.wb, b.sheet, key) ??
        fail(ERROR_CODES.itemNotFound, `The table '${String(key)}' doesn't exist.`),
    },
    getItemOrNullObject: {
      returns: "Table",
      orNull: true,
      api: "1.4",
      run: (b, [key], env) => find(env.wb, b.sheet, key) ?? null,
    },
    getItemAt: {
      returns: "Table",
      run: (b, [i], env) =>
        tablesIn(env.wb, b.sheet)[int(i, "index")] ?? fail(ERROR_CODES.itemNotFound, "no table there"),
    },
    getCount: { returns: "result", api: "1.4", run: (b, _a, env) => tablesIn(env.wb, b.sheet).length },
  },
});

const body = (t: TableModel): RangeB => ({
  sheet: t.sheet,
  rect: { ...t.rect, row: t.rect.row + 1, rows: t.rect.rows - 1 },
});
const header = (t: TableModel): RangeB => ({ sheet: t.sheet, rect: { ...t.rect, rows: 1 } });

export const TABLE = defineKind<TableModel>({
  name: "Table",
  alive: (t) => !t.deleted,
  props: {
    id: ro((t) => t.id),
    name: {
      get: (t) => t.name,
      set: (t, v, env) => (validateTableName(env.wb, String(v), t), (t.name = String(v))),
    },
    style: { get: (t) => t.style, set: (t, v) => (t.style = String(v)) },
    showHeaders: ro(() => true),
    showTotals: { get: (t) => t.showTotals, set: (t, v) => (t.showTotals = !!v) },
  },
  nav: {
    columns: { kind: "TableColumnCollection", resolve: (t) => t },
    rows: { kind: "TableRowCollection", resolve: (t) => t },
    worksheet: { kind: "Worksheet", resolve: (t) => t.sheet, api: "1.2" },
  },
  methods: {
    getRange: { returns: "Range", run: (t) => ({ sheet: t.sheet, rect: { ...t.rect } }) },
    getHeaderRowRange: { returns: "Range", run: (t) => header(t) },
    getDataBodyRange: { returns: "Range", run: (t) => body(t) },
    resize: {
      returns: "void",
      api: "1.13",
      run: (t, [newRange], env) => {
        const r = rangeArg(env, newRange, t.sheet);
        resizeTable(env.wb, t, r.sheet, r.rect);
      },
    },
    delete: { returns: "void", run: (t, _a, env) => deleteTable(env.wb, t) },
    convertToRange: {
      returns: "Range",
      api: "1.2",
      run: (t, _a, env) => ({ sheet: t.sheet, rect: convertToRange(env.wb, t) }),
    },
    clearFilters: { returns: "void", api: "1.2", run: (t) => void t.clearFiltersCalls++ },
    reapplyFilters: { returns: "void", api: "1.2", run: () => undefined },
  },
});

interface ColumnB {
  table: TableModel;
  id: number;
}

const indexOf = (c: ColumnB) => {
  const i = c.table.columnIds.indexOf(c.id);
  return i >= 0 ? i : fail(ERROR_CODES.itemNotFound, "the table column no longer exists");
};

function findColumn(wb: WorkbookModel, t: TableModel, key: unknown): ColumnB | null {
  const names = wb.headerNames(t);
  const i =
    typeof key === "number"
      ? t.columnIds.indexOf(key)
      : names.findIndex((n) => n.toLowerCase() === String(key).toLowerCase());
  return i >= 0 ? { table: t, id: t.columnIds[i]! } : null;
}

export const TABLE_COLUMN_COLLECTION = defineKind<TableModel>({
  name: "TableColumnCollection",
  alive: (t) => !t.deleted,
  items: { kind: "TableColumn", list: (t) => t.columnIds.map((id) => ({ table: t, id })) },
  props: { count: ro((t) => t.rect.columns) },
  methods: {
    add: {
      returns: "TableColumn",
      run: (t, [index, values, name], env) => {
        const grid =
          values === undefined || values === null
            ? null
            : Array.isArray(values)
              ? (values as unknown[][])
              : null;
        const id = addTableColumn(
          env.wb,
          t,
          index === undefined || index === null || index === -1 ? null : int(index, "index"),
          grid,
          name === undefined || name === null ? null : String(name),
        );
        return { table: t, id };
      },
    },
    getItem: {
      returns: "TableColumn",
      run: (t, [key], env) =>
        findColumn(env.wb, t, key) ?? fail(ERROR_CODES.itemNotFound, `no column '${String(key)}'`),
    },
    getItemOrNullObject: {
      returns: "TableColumn",
      orNull: true,
      api: "1.4",
      run: (t, [key], env) => findColumn(env.wb, t, key),
    },
    getItemAt: {
      returns: "TableColumn",
      run: (t, [i]) => {
        const id = t.columnIds[int(i, "index")];
        return id === undefined ? fail(ERROR_CODES.itemNotFound, "no column there") : { table: t, id };
      },
    },
    getCount: { returns: "result", api: "1.4", run: (t) => t.rect.columns },
  },
});

const columnRange = (c: ColumnB, part: "all" | "header" | "body"): RangeB => {
  const t = c.table;
  const column = t.rect.column + indexOf(c);
  const row = part === "body" ? t.rect.row + 1 : t.rect.row;
  const rows = part === "all" ? t.rect.rows : part === "header" ? 1 : t.rect.rows - 1;
  return { sheet: t.sheet, rect: { row, column, rows, columns: 1 } };
};

export const TABLE_COLUMN = defineKind<ColumnB>({
  name: "TableColumn",
  alive: (c) => !c.table.deleted && c.table.columnIds.includes(c.id),
  props: {
    id: ro((c) => c.id),
    index: ro((c) => indexOf(c)),
    name: {
      get: (c, env) => env.wb.headerNames(c.table)[indexOf(c)],
      set: (c, v, env) => env.wb.write(c.table.sheet, columnRange(c, "header").rect, "values", [[String(v)]]),
    },
    values: {
      get: (c, env) => env.wb.read(c.table.sheet, columnRange(c, "all").rect, "values"),
      set: (c, v, env) => env.wb.write(c.table.sheet, columnRange(c, "all").rect, "values", v),
    },
  },
  methods: {
    getRange: { returns: "Range", run: (c) => columnRange(c, "all") },
    getHeaderRowRange: { returns: "Range", run: (c) => columnRange(c, "header") },
    getDataBodyRange: { returns: "Range", run: (c) => columnRange(c, "body") },
    delete: { returns: "void", run: (c, _a, env) => deleteTableColumn(env.wb, c.table, indexOf(c)) },
  },
});

export const TABLE_ROW_COLLECTION = defineKind<TableModel>({
  name: "TableRowCollection",
  alive: (t) => !t.deleted,
  items: {
    kind: "TableRow",
    list: (t) => Array.from({ length: t.rect.rows - 1 }, (_, index) => ({ table: t, index })),
  },
  props: { count: ro((t) => t.rect.rows - 1) },
  methods: {
    add: {
      returns: "TableRow",
      run: (t, [index, values], env) => {
        const grid = Array.isArray(values)
          ? (values as unknown[][])
          : values === undefined || values === null
            ? null
            : [[values]];
        const count = grid ? grid.length : 1;
        const at = index === undefined || index === null || index === -1 ? null : int(index, "index");
        const sheetRow = insertTableRows(env.wb, t, at, count);
        if (grid)
          env.wb.write(
            t.sheet,
            { row: sheetRow, column: t.rect.column, rows: count, columns: t.rect.columns },
            "values",
            grid,
          );
        return { table: t, index: sheetRow - t.rect.row - 1 };
      },
    },
    getItemAt: {
      returns: "TableRow",
      run: (t, [i]) => {
        const index = int(i, "index");
        return index >= 0 && index < t.rect.rows - 1
          ? { table: t, index }
          : fail(ERROR_CODES.itemNotFound, "no row there");
      },
    },
    getCount: { returns: "result", api: "1.4", run: (t) => t.rect.rows - 1 },
  },
});

interface RowB {
  table: TableModel;
  index: number;
}

const rowRange = (r: RowB): RangeB => ({
  sheet: r.table.sheet,
  rect: {
    row: r.table.rect.row + 1 + r.index,
    column: r.table.rect.column,
    rows: 1,
    columns: r.table.rect.columns,
  },
});

export const TABLE_ROW = defineKind<RowB>({
  name: "TableRow",
  alive: (r) => !r.table.deleted && r.index < r.table.rect.rows - 1,
  props: {
    index: ro((r) => r.index),
    values: {
      get: (r, env) => env.wb.read(r.table.sheet, rowRange(r).rect, "values"),
      set: (r, v, env) => env.wb.write(r.table.sheet, rowRange(r).rect, "values", v),
    },
  },
  methods: {
    getRange: { returns: "Range", run: (r) => rowRange(r) },
    delete: { returns: "void", run: (r, _a, env) => deleteRangeUp(env.wb, r.table.sheet, rowRange(r).rect) },
  },
});
