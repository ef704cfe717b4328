/**
 * `CZ.FIGURES`: the figures no project total adds up, as a table an analyst can read and filter. Batch figures
 * ("18个项目总投资80亿元"), size classes ("超10亿元项目6个"), aggregates ("累计完成投资266.7亿元") and figures the
 * text ties to no project are kept in the dataset with their project count, place and date; they are never a
 * project's investment, so CZ.TOTAL leaves them out, and this is where they are read.
 */
import type { Amount, AmountScope, Dataset } from "../dataset";
import { type CellArgument, type Period, isAll, textOf } from "./arguments";
import type { CellValue } from "./projectFields";
import { invalidValue } from "./queryError";

/** What the scope argument selects: a figure scope, or figures of project scope tied to no project. */
export type FigureSelection = AmountScope | "unattached";

/** Every selection with its spellings; empty or "*" is all that no total adds. */
const SPELLINGS = new Map<string, FigureSelection>([
  ["batch", "batch"],
  ["批量", "batch"],
  ["批次", "batch"],
  ["集中", "batch"],
  ["threshold", "threshold"],
  ["规模", "threshold"],
  ["aggregate", "aggregate"],
  ["累计", "aggregate"],
  ["汇总", "aggregate"],
  ["unattached", "unattached"],
  ["未归属", "unattached"],
  ["project", "project"],
  ["项目", "project"],
]);

export const NOT_IN_TOTALS: ReadonlySet<FigureSelection> = new Set([
  "batch",
  "threshold",
  "aggregate",
  "unattached",
]);

export const FIGURE_COLUMNS = [
  "text",
  "measure",
  "low",
  "high",
  "unit",
  "qualifier",
  "scope",
  "projects",
  "place",
  "date",
  "project",
  "source",
  "quote",
] as const;

/**
 * Reads the scope argument: "batch", "批量", several separated by commas, or empty for every figure no total adds.
 * @example parseFigureScope("batch,aggregate") // Set { "batch", "aggregate" }
 */
export function parseFigureScope(value: CellArgument): ReadonlySet<FigureSelection> {
  if (isAll(value)) return NOT_IN_TOTALS;
  const out = new Set<FigureSelection>();
  for (const word of textOf(value).split(/[,，、;；]/)) {
    const key = word.trim().toLowerCase();
    if (key === "") continue;
    // A Map, so "constructor" or "__proto__" is unknown like any other word.
    const found = SPELLINGS.get(key);
    if (!found)
      throw invalidValue(
        `未知范围 '${word.trim().slice(0, 40)}' — 可用: batch 批量, threshold 规模, aggregate 累计, unattached 未归属, project 项目 / unknown scope`,
      );
    out.add(found);
  }
  return out.size === 0 ? NOT_IN_TOTALS : out;
}

/** The selection a figure belongs to. */
export function selectionOf(amount: Amount): FigureSelection {
  return amount.scope === "project" && amount.projectId === null ? "unattached" : amount.scope;
}

export interface FigureListContext {
  dataset: Dataset;
  placeName: (id: string | null) => string;
  projectOf: (id: string | null) => { name: string; placeId: string | null; date: string | null } | undefined;
}

/** The rows of CZ.FIGURES with a header row, newest first. */
export function figureRows(
  ctx: FigureListContext,
  scopes: ReadonlySet<FigureSelection>,
  places: ReadonlySet<string> | null,
  period: Period,
): CellValue[][] {
  const sources = new Map(ctx.dataset.sources.map((s) => [s.id, s] as const));
  const rows = ctx.dataset.amounts
    .filter((a) => scopes.has(selectionOf(a)))
    .map((a) => {
      const project = ctx.projectOf(a.projectId);
      const placeId = a.placeId ?? project?.placeId ?? null;
      const date = a.date ?? project?.date ?? sources.get(a.sourceId)?.published ?? null;
      return { a, project, placeId, date };
    })
    .filter((r) => places === null || (r.placeId !== null && places.has(r.placeId)))
    .filter((r) => {
      if (period === null) return true;
      const year = r.date === null ? NaN : Number(r.date.slice(0, 4));
      return year >= period.from && year <= period.to;
    })
    .sort((x, y) => (y.date ?? "").localeCompare(x.date ?? "") || x.a.id.localeCompare(y.a.id));
  return [
    [...FIGURE_COLUMNS],
    ...rows.map(({ a, project, placeId, date }) => [
      a.text,
      a.measure,
      a.low ?? "",
      a.high ?? "",
      a.unit,
      a.qualifier,
      selectionOf(a),
      a.projectCount ?? "",
      ctx.placeName(placeId),
      date ?? "",
      project?.name ?? "",
      a.sourceId,
      a.quote,
    ]),
  ];
}
