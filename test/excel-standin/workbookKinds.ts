/** Excel.Workbook, Application, worksheets and freeze panes. */
import { MAX_COLUMNS, MAX_ROWS } from "./addresses";
import { ERROR_CODES, fail } from "./errors";
import { defineKind, type Env } from "./kinds";
import { int, rangeArg, rangeOf, type RangeB } from "./rangeKinds";
import type { SheetModel } from "./sheetModel";
import { cellRect, type WorkbookModel } from "./workbookModel";

const ro = <B>(get: (b: B, env: Env) => unknown, api?: string) => ({ get, api });

export const WORKBOOK = defineKind<WorkbookModel>({
  name: "Workbook",
  props: { name: ro(() => "Book1.xlsx", "1.7") },
  nav: {
    application: { kind: "Application", resolve: (wb) => wb },
    worksheets: { kind: "WorksheetCollection", resolve: (wb) => wb },
    tables: { kind: "TableCollection", resolve: () => ({ sheet: null }) },
    names: { kind: "NamedItemCollection", resolve: (wb) => wb },
    settings: { kind: "SettingCollection", resolve: (wb) => wb, api: "1.4" },
    pivotTables: { kind: "PivotTableCollection", resolve: () => ({ sheet: null }), api: "1.3" },
    comments: { kind: "CommentCollection", resolve: () => ({ sheet: null }), api: "1.10" },
    customXmlParts: { kind: "CustomXmlPartCollection", resolve: () => ({ namespaceUri: null }), api: "1.5" },
  },
  methods: {
    getSelectedRange: { returns: "Range", run: (wb) => ({ ...wb.selection }) },
    getActiveCell: {
      returns: "Range",
      api: "1.7",
      run: (wb) => ({ sheet: wb.selection.sheet, rect: { ...wb.selection.rect, rows: 1, columns: 1 } }),
    },
  },
});

export const APPLICATION = defineKind<WorkbookModel>({
  name: "Application",
  props: {
    calculationMode: { get: () => "Automatic", set: () => undefined },
  },
  methods: {
    calculate: {
      returns: "void",
      run: (wb, [type]) => {
        if (!["Recalculate", "Full", "FullRebuild"].includes(type as string)) {
          fail(
            ERROR_CODES.invalidArgument,
            `calculate('${String(type)}'): expected Recalculate, Full or FullRebuild`,
          );
        }
        wb.calls.calculate.push(type as string);
        wb.calculate(true);
      },
    },
    suspendApiCalculationUntilNextSync: {
      returns: "void",
      api: "1.6",
      run: (wb) => void wb.calls.suspendApiCalculation++,
    },
    suspendScreenUpdatingUntilNextSync: {
      returns: "void",
      api: "1.9",
      run: (wb) => void wb.calls.suspendScreenUpdating++,
    },
  },
});

export const WORKSHEET_COLLECTION = defineKind<WorkbookModel>({
  name: "WorksheetCollection",
  items: { kind: "Worksheet", list: (wb) => wb.liveSheets() },
  methods: {
    add: { returns: "Worksheet", run: (wb, [name]) => wb.addSheet(name as string | undefined) },
    getItem: {
      returns: "Worksheet",
      run: (wb, [key]) =>
        wb.sheetByName(String(key)) ??
        wb.liveSheets().find((s) => s.id === key) ??
        fail(ERROR_CODES.itemNotFound, `The worksheet '${String(key)}' doesn't exist.`),
    },
    getItemOrNullObject: {
      returns: "Worksheet",
      orNull: true,
      api: "1.4",
      run: (wb, [key]) => wb.sheetByName(String(key)) ?? wb.liveSheets().find((s) => s.id === key) ?? null,
    },
    getActiveWorksheet: { returns: "Worksheet", run: (wb) => wb.activeSheet },
    getCount: { returns: "result", api: "1.4", run: (wb) => wb.liveSheets().length },
  },
});

function usedRange(wb: WorkbookModel, sheet: SheetModel, valuesOnly: unknown): RangeB | null {
  wb.calculate();
  const rect = sheet.usedRect(valuesOnly === true);
  return rect ? { sheet, rect } : null;
}

export const WORKSHEET = defineKind<SheetModel>({
  name: "Worksheet",
  alive: (s) => !s.deleted,
  props: {
    id: ro((s) => s.id),
    name: {
      get: (s) => s.name,
      set: (s, v, env) => (env.wb.validateSheetName(String(v), s), (s.name = String(v))),
    },
    position: ro((s, env) => env.wb.liveSheets().indexOf(s)),
    visibility: { get: (s) => s.visibility, set: (s, v) => (s.visibility = v as SheetModel["visibility"]) },
    tabColor: { get: (s) => s.tabColor, set: (s, v) => (s.tabColor = String(v)), api: "1.7" },
    showGridlines: { get: (s) => s.showGridlines, set: (s, v) => (s.showGridlines = !!v), api: "1.8" },
  },
  nav: {
    tables: { kind: "TableCollection", resolve: (s) => ({ sheet: s }) },
    pivotTables: { kind: "PivotTableCollection", resolve: (s) => ({ sheet: s }), api: "1.3" },
    freezePanes: { kind: "WorksheetFreezePanes", resolve: (s) => s, api: "1.7" },
    comments: { kind: "CommentCollection", resolve: (s) => ({ sheet: s }), api: "1.10" },
  },
  methods: {
    activate: { returns: "void", run: (s, _a, env) => activate(env.wb, s) },
    delete: { returns: "void", run: (s, _a, env) => env.wb.deleteSheet(s) },
    getRange: {
      returns: "Range",
      run: (s, [address], env) =>
        address === undefined || address === ""
          ? { sheet: s, rect: { row: 0, column: 0, rows: MAX_ROWS, columns: MAX_COLUMNS } }
          : rangeArg(env, address, s),
    },
    getRangeByIndexes: {
      returns: "Range",
      api: "1.7",
      run: (s, [r, c, rows, columns]) =>
        rangeOf(s, {
          row: int(r, "startRow"),
          column: int(c, "startColumn"),
          rows: int(rows, "rowCount"),
          columns: int(columns, "columnCount"),
        }),
    },
    getCell: { returns: "Range", run: (s, [r, c]) => rangeOf(s, cellRect(int(r, "row"), int(c, "column"))) },
    // An empty sheet's used range is its first cell.
    getUsedRange: {
      returns: "Range",
      run: (s, [v], env) => usedRange(env.wb, s, v) ?? { sheet: s, rect: cellRect(0, 0) },
    },
    getUsedRangeOrNullObject: {
      returns: "Range",
      orNull: true,
      api: "1.4",
      run: (s, [v], env) => usedRange(env.wb, s, v),
    },
  },
});

function activate(wb: WorkbookModel, sheet: SheetModel): void {
  if (sheet.visibility !== "Visible")
    fail(ERROR_CODES.invalidOperation, "a hidden worksheet cannot be activated");
  wb.activeSheet = sheet;
  if (wb.selection.sheet !== sheet) wb.selection = { sheet, rect: cellRect(0, 0) };
}

export const FREEZE_PANES = defineKind<SheetModel>({
  name: "WorksheetFreezePanes",
  alive: (s) => !s.deleted,
  methods: {
    freezeRows: {
      returns: "void",
      api: "1.7",
      run: (s, [n]) => void (s.frozenRows = n === undefined ? 1 : int(n, "count")),
    },
    freezeColumns: {
      returns: "void",
      api: "1.7",
      run: (s, [n]) => void (s.frozenColumns = n === undefined ? 1 : int(n, "count")),
    },
    unfreeze: {
      returns: "void",
      api: "1.7",
      run: (s) => void Object.assign(s, { frozenRows: 0, frozenColumns: 0 }),
    },
  },
});
