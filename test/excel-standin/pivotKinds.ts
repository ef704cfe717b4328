/** Excel.PivotTableCollection, PivotTable, its hierarchies and layout (ExcelApi 1.8 for building them). */
import { ERROR_CODES, fail } from "./errors";
import { Ref, defineKind, type Env } from "./kinds";
import {
  addPivot,
  checkField,
  computeShown,
  dataSourceString,
  defaultAggregation,
  renameForAggregation,
  sourceFields,
} from "./pivotOps";
import { rangeArg, type RangeB } from "./rangeKinds";
import type { SheetModel } from "./sheetModel";
import type { DataFieldModel, PivotModel, TableModel, WorkbookModel } from "./workbookModel";

const ro = <B>(get: (b: B, env: Env) => unknown, api?: string) => ({ get, api });
const pivotsIn = (wb: WorkbookModel, sheet: SheetModel | null) =>
  wb.pivots.filter((p) => !sheet || p.sheet === sheet);
const find = (wb: WorkbookModel, sheet: SheetModel | null, name: unknown) =>
  pivotsIn(wb, sheet).find((p) => p.name.toLowerCase() === String(name).toLowerCase());

function refresh(wb: WorkbookModel, p: PivotModel): void {
  computeShown(wb, p);
  p.refreshCount++;
}

export const PIVOT_TABLE_COLLECTION = defineKind<{ sheet: SheetModel | null }>({
  name: "PivotTableCollection",
  items: { kind: "PivotTable", list: (b, env) => pivotsIn(env.wb, b.sheet) },
  methods: {
    add: {
      returns: "PivotTable",
      api: "1.8",
      run: (b, [name, source, destination], env) => {
        const dest = rangeArg(env, destination, b.sheet);
        let from: PivotModel["source"];
        if (source instanceof Ref && source.kind === "Table") from = { table: source.binding as TableModel };
        else if (typeof source === "string" && env.wb.tableByName(source))
          from = { table: env.wb.tableByName(source)! };
        else {
          const r = rangeArg(env, source, null);
          from = { sheet: r.sheet, rect: r.rect };
        }
        return addPivot(env.wb, String(name), from, dest.sheet, {
          row: dest.rect.row,
          column: dest.rect.column,
        });
      },
    },
    getItem: {
      returns: "PivotTable",
      run: (b, [name], env) =>
        find(env.wb, b.sheet, name) ?? fail(ERROR_CODES.itemNotFound, `no PivotTable '${String(name)}'`),
    },
    getItemOrNullObject: {
      returns: "PivotTable",
      orNull: true,
      api: "1.4",
      run: (b, [name], env) => find(env.wb, b.sheet, name) ?? null,
    },
    getCount: { returns: "result", api: "1.4", run: (b, _a, env) => pivotsIn(env.wb, b.sheet).length },
    refreshAll: {
      returns: "void",
      run: (b, _a, env) => pivotsIn(env.wb, b.sheet).forEach((p) => refresh(env.wb, p)),
    },
  },
});

export const PIVOT_TABLE = defineKind<PivotModel>({
  name: "PivotTable",
  alive: (p) => !p.deleted,
  props: {
    id: ro((p) => p.id, "1.5"),
    name: { get: (p) => p.name, set: (p, v) => (p.name = String(v)) },
  },
  nav: {
    worksheet: { kind: "Worksheet", resolve: (p) => p.sheet },
    hierarchies: { kind: "PivotHierarchyCollection", resolve: (p) => p, api: "1.8" },
    rowHierarchies: {
      kind: "RowColumnPivotHierarchyCollection",
      resolve: (p) => ({ pivot: p, axis: "rows" }),
      api: "1.8",
    },
    columnHierarchies: {
      kind: "RowColumnPivotHierarchyCollection",
      resolve: (p) => ({ pivot: p, axis: "columns" }),
      api: "1.8",
    },
    filterHierarchies: {
      kind: "FilterPivotHierarchyCollection",
      resolve: (p) => ({ pivot: p, axis: "filters" }),
      api: "1.8",
    },
    dataHierarchies: { kind: "DataPivotHierarchyCollection", resolve: (p) => p, api: "1.8" },
    layout: { kind: "PivotLayout", resolve: (p) => p, api: "1.8" },
  },
  methods: {
    refresh: { returns: "void", run: (p, _a, env) => refresh(env.wb, p) },
    delete: {
      returns: "void",
      api: "1.8",
      run: (p, _a, env) => {
        p.deleted = true;
        env.wb.pivots = env.wb.pivots.filter((x) => x !== p);
      },
    },
    getDataSourceString: { returns: "result", api: "1.15", run: (p) => dataSourceString(p) },
    getDataSourceType: {
      returns: "result",
      api: "1.15",
      run: (p) => ("table" in p.source ? "LocalTable" : "LocalRange"),
    },
  },
});

interface HierarchyB {
  pivot: PivotModel;
  name: string;
}

export const PIVOT_HIERARCHY_COLLECTION = defineKind<PivotModel>({
  name: "PivotHierarchyCollection",
  alive: (p) => !p.deleted,
  items: {
    kind: "PivotHierarchy",
    list: (p, env) => sourceFields(env.wb, p).map((name) => ({ pivot: p, name })),
  },
  methods: {
    getItem: {
      returns: "PivotHierarchy",
      api: "1.8",
      run: (p, [name], env) => ({ pivot: p, name: checkField(env.wb, p, String(name)) }),
    },
    getCount: { returns: "result", api: "1.8", run: (p, _a, env) => sourceFields(env.wb, p).length },
  },
});

export const PIVOT_HIERARCHY = defineKind<HierarchyB>({
  name: "PivotHierarchy",
  props: { id: ro((h) => h.name, "1.8"), name: ro((h) => h.name, "1.8") },
});

interface AxisB {
  pivot: PivotModel;
  axis: "rows" | "columns" | "filters";
}

function hierarchyName(arg: unknown, pivot: PivotModel): string {
  if (!(arg instanceof Ref) || arg.kind !== "PivotHierarchy")
    return fail(ERROR_CODES.invalidArgument, "expected a PivotHierarchy");
  const h = arg.binding as HierarchyB;
  if (h.pivot !== pivot) fail(ERROR_CODES.invalidArgument, "the hierarchy belongs to another PivotTable");
  return h.name;
}

function axisKind(name: string, itemKind: string) {
  return defineKind<AxisB>({
    name,
    alive: (a) => !a.pivot.deleted,
    items: {
      kind: itemKind,
      list: (a) => a.pivot[a.axis].map((n) => ({ pivot: a.pivot, name: n, axis: a.axis })),
    },
    methods: {
      add: {
        returns: itemKind,
        api: "1.8",
        run: (a, [h], env) => {
          const n = hierarchyName(h, a.pivot);
          const p = a.pivot;
          if ([...p.rows, ...p.columns, ...p.filters].includes(n))
            fail(ERROR_CODES.invalidArgument, `'${n}' is already placed`);
          p[a.axis].push(n);
          computeShown(env.wb, p);
          return { pivot: p, name: n, axis: a.axis };
        },
      },
      getItem: {
        returns: itemKind,
        api: "1.8",
        run: (a, [name]) =>
          a.pivot[a.axis].includes(String(name))
            ? { pivot: a.pivot, name: String(name), axis: a.axis }
            : fail(ERROR_CODES.itemNotFound, `'${String(name)}' is not on this axis`),
      },
      remove: {
        returns: "void",
        api: "1.8",
        run: (a, [h], env) => {
          const n = (h as Ref).binding as HierarchyB;
          a.pivot[a.axis] = a.pivot[a.axis].filter((x) => x !== n.name);
          computeShown(env.wb, a.pivot);
        },
      },
      getCount: { returns: "result", api: "1.8", run: (a) => a.pivot[a.axis].length },
    },
  });
}

export const ROW_COLUMN_HIERARCHY_COLLECTION = axisKind(
  "RowColumnPivotHierarchyCollection",
  "RowColumnPivotHierarchy",
);
export const FILTER_HIERARCHY_COLLECTION = axisKind("FilterPivotHierarchyCollection", "FilterPivotHierarchy");

const placed = (name: string) =>
  defineKind<HierarchyB & { axis: string }>({
    name,
    props: { id: ro((h) => h.name, "1.8"), name: ro((h) => h.name, "1.8") },
  });
export const ROW_COLUMN_HIERARCHY = placed("RowColumnPivotHierarchy");
export const FILTER_HIERARCHY = placed("FilterPivotHierarchy");

interface DataB {
  pivot: PivotModel;
  field: DataFieldModel;
}

export const DATA_HIERARCHY_COLLECTION = defineKind<PivotModel>({
  name: "DataPivotHierarchyCollection",
  alive: (p) => !p.deleted,
  items: { kind: "DataPivotHierarchy", list: (p) => p.data.map((field) => ({ pivot: p, field })) },
  methods: {
    add: {
      returns: "DataPivotHierarchy",
      api: "1.8",
      run: (p, [h], env) => {
        const field = hierarchyName(h, p);
        const summarizeBy = defaultAggregation(env.wb, p, field);
        const data: DataFieldModel = {
          id: env.wb.nextId("{data-"),
          name: `${summarizeBy} of ${field}`,
          field,
          summarizeBy,
          numberFormat: "General",
        };
        p.data.push(data);
        computeShown(env.wb, p);
        return { pivot: p, field: data };
      },
    },
    getItem: {
      returns: "DataPivotHierarchy",
      api: "1.8",
      run: (p, [name]) => {
        const field = p.data.find((d) => d.name === String(name));
        return field
          ? { pivot: p, field }
          : fail(ERROR_CODES.itemNotFound, `no data field '${String(name)}'`);
      },
    },
    getCount: { returns: "result", api: "1.8", run: (p) => p.data.length },
  },
});

const SUMMARIES = ["Sum", "Count", "Average", "Max", "Min", "Automatic"];

export const DATA_HIERARCHY = defineKind<DataB>({
  name: "DataPivotHierarchy",
  alive: (d) => d.pivot.data.includes(d.field),
  props: {
    id: ro((d) => d.field.id, "1.8"),
    name: { api: "1.8", get: (d) => d.field.name, set: (d, v) => (d.field.name = String(v)) },
    numberFormat: {
      api: "1.8",
      get: (d) => d.field.numberFormat,
      set: (d, v) => (d.field.numberFormat = String(v)),
    },
    summarizeBy: {
      api: "1.8",
      get: (d) => d.field.summarizeBy,
      set: (d, v, env) => {
        if (!SUMMARIES.includes(String(v)))
          fail(ERROR_CODES.invalidArgument, `summarizeBy '${String(v)}' is not modelled`);
        const by = v === "Automatic" ? defaultAggregation(env.wb, d.pivot, d.field.field) : String(v);
        d.field.name = renameForAggregation(d.field.name, by);
        d.field.summarizeBy = by;
        computeShown(env.wb, d.pivot);
      },
    },
  },
});

export const PIVOT_LAYOUT = defineKind<PivotModel>({
  name: "PivotLayout",
  props: {
    layoutType: { api: "1.8", get: (p) => p.layoutType, set: (p, v) => (p.layoutType = String(v)) },
    showRowGrandTotals: { api: "1.8", get: () => true, set: () => undefined },
    showColumnGrandTotals: { api: "1.8", get: () => true, set: () => undefined },
  },
  methods: {
    getRange: {
      returns: "Range",
      api: "1.8",
      run: (p): RangeB => ({
        sheet: p.sheet,
        rect: { row: p.anchor.row, column: p.anchor.column, rows: 1, columns: 1 },
      }),
    },
  },
});
