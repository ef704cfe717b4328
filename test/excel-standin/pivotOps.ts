/**
 * PivotTables: a source (a table, which they follow as it grows, or a fixed range), row / column / data fields,
 * and what they show, recomputed when fields change and when refreshed. They are not drawn into cells; tests
 * read `shown` through the inspection API.
 */
import { formatAddress, type Rect } from "./addresses";
import { ERROR_CODES, fail } from "./errors";
import type { SheetModel } from "./sheetModel";
import type { PivotModel, WorkbookModel } from "./workbookModel";

const AGGREGATIONS = ["Sum", "Count", "Average", "Max", "Min"];

function sourceRect(p: PivotModel): { sheet: SheetModel; rect: Rect } {
  if ("table" in p.source) {
    if (p.source.table.deleted)
      fail(ERROR_CODES.invalidReference, `the source of PivotTable '${p.name}' is gone`);
    return { sheet: p.source.table.sheet, rect: p.source.table.rect };
  }
  return p.source;
}

export function sourceFields(wb: WorkbookModel, p: PivotModel): string[] {
  const { sheet, rect } = sourceRect(p);
  return wb.read(sheet, { ...rect, rows: 1 }, "values")[0]!.map(String);
}

export function dataSourceString(p: PivotModel): string {
  return "table" in p.source ? p.source.table.name : formatAddress(p.source.sheet.name, p.source.rect);
}

export function addPivot(
  wb: WorkbookModel,
  name: string,
  source: PivotModel["source"],
  sheet: SheetModel,
  anchor: { row: number; column: number },
): PivotModel {
  if (!/^[\p{L}_][\p{L}\p{N}_ .]*$/u.test(name))
    fail(ERROR_CODES.invalidArgument, `bad PivotTable name '${name}'`);
  if (wb.pivots.some((p) => p.name.toLowerCase() === name.toLowerCase())) {
    fail(ERROR_CODES.itemAlreadyExists, `a PivotTable named '${name}' exists`);
  }
  const pivot: PivotModel = {
    id: wb.nextId("{pivot-"),
    name,
    sheet,
    anchor,
    source,
    rows: [],
    columns: [],
    filters: [],
    data: [],
    layoutType: "Compact",
    refreshCount: 0,
    shown: null,
    deleted: false,
  };
  sourceFields(wb, pivot);
  wb.pivots.push(pivot);
  computeShown(wb, pivot);
  return pivot;
}

export function checkField(wb: WorkbookModel, p: PivotModel, field: string): string {
  const found = sourceFields(wb, p).find((f) => f.toLowerCase() === field.toLowerCase());
  if (!found) fail(ERROR_CODES.itemNotFound, `PivotTable '${p.name}' has no field '${field}'`);
  return found!;
}

/** Excel's default: Sum for a field of numbers, Count otherwise. */
export function defaultAggregation(wb: WorkbookModel, p: PivotModel, field: string): string {
  const { sheet, rect } = sourceRect(p);
  const index = sourceFields(wb, p).indexOf(field);
  const body = wb.read(
    sheet,
    { row: rect.row + 1, column: rect.column + index, rows: rect.rows - 1, columns: 1 },
    "values",
  );
  const filled = body.map((l) => l[0]).filter((v) => v !== "");
  return filled.length > 0 && filled.every((v) => typeof v === "number") ? "Sum" : "Count";
}

export function renameForAggregation(name: string, summarizeBy: string): string {
  const m = /^(\w+) of (.*)$/.exec(name);
  return m && AGGREGATIONS.includes(m[1]!) ? `${summarizeBy} of ${m[2]}` : name;
}

/** Recomputes what the PivotTable shows from its source as it is now. */
export function computeShown(wb: WorkbookModel, p: PivotModel): void {
  const { sheet, rect } = sourceRect(p);
  const grid = wb.read(sheet, rect, "values");
  const headers = grid[0]!.map(String);
  const col = (f: string) => headers.indexOf(f);
  const totals: Record<string, number> = {};
  const counts: Record<string, number> = {};
  for (const line of grid.slice(1)) {
    const rowKey = p.rows.map((f) => String(line[col(f)] ?? "")).join(" / ");
    const columnKey = p.columns.map((f) => String(line[col(f)] ?? "")).join(" / ");
    for (const d of p.data) {
      const v = line[col(d.field)];
      if (v === "" || v === undefined) continue;
      const key = `${rowKey} | ${columnKey} | ${d.name}`;
      const n = typeof v === "number" ? v : Number.NaN;
      counts[key] = (counts[key] ?? 0) + 1;
      const prev = totals[key];
      switch (d.summarizeBy) {
        case "Count":
          totals[key] = counts[key]!;
          break;
        case "Max":
          if (!Number.isNaN(n)) totals[key] = Math.max(prev ?? -Infinity, n);
          break;
        case "Min":
          if (!Number.isNaN(n)) totals[key] = Math.min(prev ?? Infinity, n);
          break;
        default:
          if (!Number.isNaN(n)) totals[key] = (prev ?? 0) + n;
      }
    }
  }
  for (const d of p.data.filter((x) => x.summarizeBy === "Average")) {
    for (const key of Object.keys(totals)) if (key.endsWith(`| ${d.name}`)) totals[key]! /= counts[key]!;
  }
  p.shown = { sourceRows: grid.length - 1, totals };
}
