/**
 * What the PivotTable builder offers, read from the tables' layouts (src/core/tableLayouts.ts), so the choices
 * are always headers the workbook really has: fields to group by (rows, columns) and values to add up.
 */
import { type LayoutColumn, type TableName, layoutOf } from "../core/tableLayouts";

export const PIVOT_SOURCES = ["CZ_Amounts", "CZ_Projects"] as const satisfies readonly TableName[];
export type PivotSource = (typeof PIVOT_SOURCES)[number];

/** A value of the pivot: the sum of a number column, or a count of rows (counting the ID column). */
export type PivotValue = { kind: "sum"; header: string } | { kind: "count"; header: string };

export interface PivotChoices {
  /** Headers a pivot can group by. */
  groupFields: readonly string[];
  values: readonly PivotValue[];
}

export interface PivotRequest {
  source: PivotSource;
  rows: string[];
  columns: string[];
  values: PivotValue[];
}

// Columns unique per row or free text: grouping by them gives one row per record, which is no pivot.
const NOT_GROUPABLE = new Set(["id", "projectId", "sourceId", "quote", "text", "sha256", "url", "date"]);
const SUMMABLE: Record<PivotSource, readonly string[]> = {
  CZ_Amounts: ["low", "high", "mid"],
  // Each project's investment under CZ.TOTAL's rule: one figure per project, so sums never mix measures.
  CZ_Projects: ["investmentLow", "investmentHigh"],
};

const groupable = (c: LayoutColumn) => !NOT_GROUPABLE.has(c.key) && c.type !== "number";

/**
 * @example pivotChoices("CZ_Amounts").values.map(v => v.header) // ["Low", "High", "Mid", "ID"]
 */
export function pivotChoices(source: PivotSource): PivotChoices {
  const layout = layoutOf(source);
  const idHeader = layout.columns.find((c) => c.key === layout.keyColumn)?.header ?? "ID";
  const sums = layout.columns
    .filter((c) => SUMMABLE[source].includes(c.key))
    .map((c): PivotValue => ({ kind: "sum", header: c.header }));
  return {
    groupFields: layout.columns.filter(groupable).map((c) => c.header),
    values: [...sums, { kind: "count", header: idHeader }],
  };
}

/**
 * A sensible start: sectors down; for figures the measures across (a sum over all measures would add 总投资 to
 * 年产值 and 亿元 to 家), for projects the districts; the low bound (of figures, or of each project's
 * investment — the same numbers as =CZ.TOTAL(sector, district)).
 */
export function defaultPivot(source: PivotSource): PivotRequest {
  const choices = pivotChoices(source);
  const pick = (header: string) => (choices.groupFields.includes(header) ? [header] : []);
  return {
    source,
    rows: pick("Sector L1"),
    columns: pick(source === "CZ_Amounts" ? "Measure" : "District"),
    values: choices.values.slice(0, 1),
  };
}

/**
 * Whether the pivot's sum adds different measures or units together: a sum over CZ_Amounts that has neither
 * Measure nor Unit in its rows or columns.
 * @example mixesMeasures({ source: "CZ_Amounts", rows: ["District"], columns: [], values: [{ kind: "sum", header: "Low" }] }) // true
 */
export function mixesMeasures(request: PivotRequest): boolean {
  if (request.source !== "CZ_Amounts" || !request.values.some((v) => v.kind === "sum")) return false;
  const placed = [...request.rows, ...request.columns];
  return !placed.includes("Measure");
}

/** Why a pivot cannot be made yet, or null. */
export function pivotProblem(request: PivotRequest): "needsRows" | "sameField" | null {
  if (request.rows.length === 0) return "needsRows";
  if (request.columns.some((c) => request.rows.includes(c))) return "sameField";
  return null;
}
