/**
 * One-click PivotTables on a CZ table (ExcelApi 1.8), each on a new sheet. Fields are checked against the
 * table's layout before Excel is asked, so a misspelt field is a plain message, not an Excel error.
 */
/// <reference types="office-js" />
import { layoutOf, type TableName } from "../core/tableLayouts";
import { PIVOTS_SETTING, registeredPivots } from "./readTables";
import { queueDone, queuePending } from "./journal";
import { exclusive, runExcel } from "./runExcel";
import { withUndo } from "./undoPending";

export type PivotSource = Extract<TableName, "CZ_Amounts" | "CZ_Projects">;

export interface PivotRequest {
  source: PivotSource;
  /** Headers of the source table, e.g. ["Sector L1", "Sector L2"]. */
  rows: string[];
  columns: string[];
  /** Sum by default for a number column, Count for any other. */
  values: { field: string; summarizeBy?: "Sum" | "Count" };
  sheetName?: string;
}

export interface PivotResult {
  sheetName: string;
  pivotName: string;
}

/**
 * What is wrong with a request, in words a person can act on (empty when nothing is).
 * @example pivotProblems({ source: "CZ_Amounts", rows: ["Sectr"], columns: [], values: { field: "Low" } })
 * // ["CZ_Amounts has no column 'Sectr'"]
 */
export function pivotProblems(request: PivotRequest): string[] {
  const layout = layoutOf(request.source);
  const byHeader = new Map(layout.columns.map((c) => [c.header, c]));
  const problems: string[] = [];
  const placed = [...request.rows, ...request.columns];
  for (const field of [...placed, request.values.field]) {
    if (!byHeader.has(field)) problems.push(`${request.source} has no column '${field}'`);
  }
  const twice = placed.filter((f, i) => placed.indexOf(f) !== i);
  for (const f of new Set(twice)) problems.push(`'${f}' is used twice`);
  const value = byHeader.get(request.values.field);
  if (value && request.values.summarizeBy === "Sum" && value.type === "text") {
    problems.push(`'${value.header}' holds text: it can be counted, not summed`);
  }
  return problems;
}

/** A sheet name Excel accepts: at most 31 characters, none of []:*?/\ . */
function sheetNameOf(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, " ")
      .replace(/^'+|'+$/g, "")
      .trim()
      .slice(0, 31) || "Pivot";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
  return name;
}

/**
 * Creates a PivotTable on a new sheet and activates it; the refresh keeps it up to date.
 * @example await createPivot({ source: "CZ_Amounts", rows: ["Sector L1"], columns: ["District"], values: { field: "Low" } })
 * // { sheetName: "Amounts pivot", pivotName: "CZ_Pivot_Amounts_1" }
 */
export function createPivot(request: PivotRequest): Promise<PivotResult> {
  const problems = pivotProblems(request);
  if (problems.length > 0) return Promise.reject(new Error(problems.join("; ")));
  const short = request.source.replace(/^CZ_/, "");
  const layout = layoutOf(request.source);
  const numeric = layout.columns.find((c) => c.header === request.values.field)!.type !== "text";
  const summarizeBy = request.values.summarizeBy ?? (numeric ? "Sum" : "Count");
  return exclusive(() =>
    withUndo(() =>
      runExcel(async (ctx) => {
        const wb = ctx.workbook;
        const sheets = wb.worksheets.load("items/name");
        const pivots = wb.pivotTables.load("items/name");
        const table = wb.tables.getItemOrNullObject(request.source);
        const registered = wb.settings.getItemOrNullObject(PIVOTS_SETTING).load("value");
        await ctx.sync();
        if (table.isNullObject)
          throw new Error(
            `${request.source} 尚未写入本工作簿:请先刷新数据。 / ${request.source} is not in this workbook yet: refresh the data first.`,
          );

        const sheetName = sheetNameOf(
          request.sheetName ?? `${short} pivot`,
          new Set(sheets.items.map((s) => s.name.toLowerCase())),
        );
        const names = new Set(pivots.items.map((p) => p.name.toLowerCase()));
        let n = 1;
        while (names.has(`cz_pivot_${short.toLowerCase()}_${n}`)) n++;
        const pivotName = `CZ_Pivot_${short}_${n}`;

        // The write's one sync, journaled: cut short, its sheet (and PivotTable) go (undoPending.ts).
        queuePending(ctx, "sheet", { sheet: sheetName, pivot: pivotName, at: new Date().toISOString() });
        const sheet = wb.worksheets.add(sheetName);
        const pivot = sheet.pivotTables.add(pivotName, table, sheet.getRange("A3"));
        for (const field of request.rows) pivot.rowHierarchies.add(pivot.hierarchies.getItem(field));
        for (const field of request.columns) pivot.columnHierarchies.add(pivot.hierarchies.getItem(field));
        const data = pivot.dataHierarchies.add(pivot.hierarchies.getItem(request.values.field));
        data.summarizeBy = summarizeBy;
        sheet.activate();
        // Hosts without PivotTable.getDataSourceString (ExcelApi 1.15) still know which PivotTables to refresh.
        const known = registeredPivots(registered);
        wb.settings.add(PIVOTS_SETTING, [...known.filter((k) => k !== pivotName), pivotName]);
        queueDone(ctx, "sheet");
        await ctx.sync();
        return { sheetName, pivotName };
      }),
    ),
  );
}
