/**
 * The CZ custom functions. Each is a thin streaming wrapper over the query engine (src/core/query): it answers
 * from the dataset in memory and answers again when the pane refreshes it. The JSDoc below is the source of
 * functions.json (custom-functions-metadata-plugin); Chinese descriptions are in metadataZhCn.ts.
 */
/// <reference types="custom-functions-runtime" />
/* eslint-disable @typescript-eslint/no-explicit-any -- "any" is the custom-functions metadata type for a cell that may hold a number or text (a year or "2015:2019"), and for spilled arrays */
import { sharedDataset } from "../runtime/sharedDataset";
import { streamAnswer } from "./answer";

/**
 * Sum of a measure over the matching projects: money in 亿元, any other measure in its own unit (员工 in 万人).
 * Default: investment, lower bound. Adds only projects' own figures, one per project (the most precise); batch
 * and aggregate figures are in CZ.FIGURES. Foreign money is never converted: ask for it as "总投资[亿美元]".
 * @customfunction TOTAL
 * @param sector Sector name or alias, any level of the sector tree, or "*" for all. Example: "新能源".
 * @param [place] District or park (a district includes its parks), or "*" / empty for all. Example: "金坛".
 * @param [measure] Empty for investment, or a measure: "总投资", "年产值", "一期总投资" (English too: "total investment"). Money sums in 亿元; others in their own unit, named in brackets to be sure: "员工[万人]". A known measure with no figures sums to 0.
 * @param [bound] "low" (default, at least), "high" or "mid".
 * @param [period] A year (2018) or a span ("2015:2019"), matched on the project's date; empty for all.
 * @param invocation Updated when the dataset is refreshed.
 * @returns The total.
 */
export function total(
  sector: string,
  place: string,
  measure: string,
  bound: string,
  period: any,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamAnswer(sharedDataset, invocation, (engine) => engine.total(sector, place, measure, bound, period));
}

/**
 * Number of matching projects.
 * @customfunction COUNT
 * @param sector Sector name or alias, or "*" for all. Example: "集成电路".
 * @param [place] District or park, or "*" / empty for all.
 * @param [stage] 拟建, 签约, 落户, 开工, 在建, 验收, 投产 or 运营 (or English: signed, started …); empty for all.
 * @param [period] A year (2018) or a span ("2015:2019"); empty for all.
 * @param invocation Updated when the dataset is refreshed.
 * @returns The number of projects.
 */
export function count(
  sector: string,
  place: string,
  stage: string,
  period: any,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamAnswer(sharedDataset, invocation, (engine) => engine.count(sector, place, stage, period));
}

/**
 * The matching projects as a table with a header row, largest investment first (spills).
 * @customfunction PROJECTS
 * @param sector Sector name or alias, or "*" for all.
 * @param [place] District or park, or "*" / empty for all.
 * @param [columns] Comma-separated fields, e.g. "name,stage,investment,quote"; empty for the default set.
 * @param invocation Updated when the dataset is refreshed.
 * @returns One row per project.
 */
export function projects(
  sector: string,
  place: string,
  columns: string,
  invocation: CustomFunctions.StreamingInvocation<any[][]>,
): void {
  streamAnswer(sharedDataset, invocation, (engine) => engine.projects(sector, place, columns));
}

/**
 * One field of one project, found by id or exact name.
 * @customfunction PROJECT
 * @param idOrName The project's id (prj-…) or its name.
 * @param [field] name, sector, place, district, park, stage, date, partners, investment, investmentLow, investmentHigh, source, url, quote; empty for a summary.
 * @param invocation Updated when the dataset is refreshed.
 * @returns The field's value.
 */
export function project(
  idOrName: string,
  field: string,
  invocation: CustomFunctions.StreamingInvocation<any>,
): void {
  streamAnswer(sharedDataset, invocation, (engine) => engine.project(idOrName, field));
}

/**
 * The sentence a project or figure was quoted from, verbatim.
 * @customfunction SOURCE
 * @param idOrName A project id or name, or a figure id (amt-…).
 * @param invocation Updated when the dataset is refreshed.
 * @returns The quoted sentence.
 */
export function source(idOrName: string, invocation: CustomFunctions.StreamingInvocation<string>): void {
  streamAnswer(sharedDataset, invocation, (engine) => engine.source(idOrName));
}

/**
 * Figures that are no single project's and that CZ.TOTAL never adds: batch totals ("18个项目总投资80亿元"),
 * size classes ("超10亿元项目6个"), aggregates ("累计完成投资266.7亿元") and figures tied to no project, with
 * their project count, place, date and quote (spills, newest first).
 * @customfunction FIGURES
 * @param [scope] Empty for all of them, or batch, threshold, aggregate, unattached, project (批量, 规模, 累计, 未归属, 项目); several with commas.
 * @param [place] District or park (a district includes its parks), or "*" / empty for all.
 * @param [period] A year (2018) or a span ("2015:2019"), matched on the figure's date; empty for all.
 * @param invocation Updated when the dataset is refreshed.
 * @returns One row per figure.
 */
export function figures(
  scope: string,
  place: string,
  period: any,
  invocation: CustomFunctions.StreamingInvocation<any[][]>,
): void {
  streamAnswer(sharedDataset, invocation, (engine) => engine.figures(scope, place, period));
}

/**
 * The sector tree: name, id, parent, level and aliases (spills).
 * @customfunction SECTORS
 * @param invocation Updated when the dataset is refreshed.
 * @returns One row per sector.
 */
export function sectors(invocation: CustomFunctions.StreamingInvocation<any[][]>): void {
  streamAnswer(sharedDataset, invocation, (engine) => engine.sectors());
}

/**
 * Changzhou's districts and parks: name, id, kind, district and aliases (spills).
 * @customfunction PLACES
 * @param invocation Updated when the dataset is refreshed.
 * @returns One row per place.
 */
export function places(invocation: CustomFunctions.StreamingInvocation<any[][]>): void {
  streamAnswer(sharedDataset, invocation, (engine) => engine.places());
}

/**
 * The dataset version and build time, for audit.
 * @customfunction VERSION
 * @param invocation Updated when the dataset is refreshed.
 * @returns Version and build time.
 */
export function version(invocation: CustomFunctions.StreamingInvocation<string>): void {
  streamAnswer(sharedDataset, invocation, (engine) => engine.version());
}
