/**
 * Test support for src/excel's tests: the seed dataset, a fresh stand-in workbook per test, tables read back as
 * records keyed by header, and CZ formulas evaluated with the real engine. It lives under test/ because it
 * builds the seed with the ingest pipeline and parses formulas with the CLI's parser: src/excel itself imports
 * neither (eslint.config.mjs enforces it).
 */
import { buildDataset } from "../src/ingest/buildDataset";
import { EMPTY_CURATION } from "../src/ingest/curation";
import { SEED_ARTICLE } from "./seedFixture";
import { installStandIn, type Evaluator, type StandIn, type StandInOptions } from "./excel-standin";
import type { Dataset } from "../src/core/dataset";
import { createQueryEngine } from "../src/core/query/engine";
import { QueryError } from "../src/core/query/queryError";
import { type ParsedFormula, parseFormula } from "../src/cli/formulaParser";
import { setExcelRunner } from "../src/excel/runExcel";

export const SEED: Dataset = buildDataset([SEED_ARTICLE], EMPTY_CURATION, "2026-11-29T00:00:00.000Z");

/** A fresh workbook with one sheet, "Notes", holding a value, a formula and a table of the user's own. */
export function freshWorkbook(options: StandInOptions = {}): StandIn {
  setExcelRunner(null);
  const standIn = installStandIn(globalThis, { sheets: ["Notes"], ...options });
  const notes = standIn.workbook.sheetByName("Notes")!;
  notes.set(0, 0, { v: "mine" });
  notes.set(1, 0, { f: "=1+1" });
  return standIn;
}

/** A table's body as records keyed by header. */
export function records(standIn: StandIn, table: string): Record<string, unknown>[] {
  const view = standIn.table(table);
  if (!view) throw new Error(`no table ${table}`);
  return view.values.map((row) => Object.fromEntries(view.headers.map((h, i) => [h, row[i]])));
}

/** A copy of a dataset with some changes, for "older" and "newer" datasets. */
export function edited(d: Dataset, change: (copy: Dataset) => void): Dataset {
  const copy = JSON.parse(JSON.stringify(d)) as Dataset;
  change(copy);
  return copy;
}

/**
 * Evaluates `=CZ.NAME(…)` formulas with the real query engine (arguments: text, numbers or cell references on
 * the same sheet), so tests see what Excel would show with the add-in's functions.
 */
export function czEvaluator(dataset: Dataset): Evaluator {
  const engine = createQueryEngine(dataset);
  const calls: Record<string, (...a: (string | number)[]) => unknown> = {
    TOTAL: (...a) => engine.total(...(a as [string])),
    COUNT: (...a) => engine.count(...(a as [string])),
    PROJECTS: (...a) => engine.projects(...(a as [string])),
    PROJECT: (...a) => engine.project(...(a as [string])),
    SOURCE: (...a) => engine.source(...(a as [string])),
    VERSION: () => engine.version(),
  };
  return (formula, at) => {
    let parsed: ParsedFormula;
    try {
      parsed = parseFormula(formula, { references: true });
    } catch {
      return undefined;
    }
    const call = calls[parsed.id];
    if (!call) return undefined;
    const args = parsed.args.map((a) =>
      a !== null && typeof a === "object" ? (at.cell(a.ref) as string | number) : (a as string | number),
    );
    try {
      return call(...args) as ReturnType<Evaluator>;
    } catch (e) {
      if (e instanceof QueryError) return e.code === "notAvailable" ? "#N/A" : "#VALUE!";
      throw e;
    }
  };
}
