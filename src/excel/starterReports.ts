/**
 * Starter report sheets built from CZ formulas, so they follow every refresh: investment by sector and district
 * (CZ.TOTAL, low and high bounds), project counts by year and stage (CZ.COUNT), and the largest projects with
 * their quotes (CZ.PROJECT, CZ.SOURCE). Formulas refer to their row and column headers, so an analyst can edit
 * a header and the row follows. The grid is built by a pure function; one sync writes it, journaled: a sync that
 * fails part way leaves no half-written sheet (it is deleted at once, or at the next start-up).
 */
/// <reference types="office-js" />
import { STAGES, type Dataset } from "../core/dataset";
import { investmentByProject } from "../core/query/investment";
import { formulaString } from "./cellText";
import { queueDone, queuePending } from "./journal";
import { exclusive, runExcel } from "./runExcel";
import { withUndo } from "./undoPending";

export type StarterReportKind = "sectorDistrictGrid" | "projectsByYearStage" | "largestProjects";

/** One cell of a report: a formula, or a value (text from data is formatted as text). */
export interface ReportCell {
  formula?: string;
  value?: string | number;
  numberFormat?: string;
}

export interface StarterReport {
  sheetName: string;
  rows: ReportCell[][];
}

const TOTAL_FORMAT = "#,##0.00";
const LARGEST = 20;

export function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

const text = (value: string): ReportCell => ({ value, numberFormat: "@" });
const formula = (f: string, numberFormat = "General"): ReportCell => ({ formula: f, numberFormat });
const q = formulaString;

function sectorDistrictGrid(d: Dataset): ReportCell[][] {
  const sectors = d.sectors.filter((s) => s.parentId === null).map((s) => s.name);
  // Districts and county-level cities only: towns and parks roll up into them.
  const places = d.places.filter((p) => p.kind === "district" || p.kind === "county-city").map((p) => p.name);
  const rows: ReportCell[][] = [
    [text(`Investment by sector and district, 亿元 (CZ.TOTAL, dataset ${d.version})`)],
  ];
  for (const [bound, label] of [
    ["low", "Low bound: at least"],
    ["high", "High bound: at most (#N/A where a figure has no ceiling)"],
  ] as const) {
    rows.push([], [text(label)]);
    const header = rows.length + 1; // Excel row of the header below
    rows.push([text("Sector"), ...places.map(text), text("All places")]);
    const line = (sectorArg: (r: number) => string, label: ReportCell) => {
      const r = rows.length + 1;
      const cells = places.map((_, j) =>
        formula(`=CZ.TOTAL(${sectorArg(r)},${columnLetters(j + 1)}$${header},"",${q(bound)})`, TOTAL_FORMAT),
      );
      rows.push([label, ...cells, formula(`=CZ.TOTAL(${sectorArg(r)},"*","",${q(bound)})`, TOTAL_FORMAT)]);
    };
    for (const s of sectors) line((r) => `$A${r}`, text(s));
    line(() => q("*"), text("All sectors"));
  }
  return rows;
}

function projectsByYearStage(d: Dataset): ReportCell[][] {
  const years = [...new Set(d.projects.flatMap((p) => (p.date ? [Number(p.date.slice(0, 4))] : [])))].sort();
  const rows: ReportCell[][] = [[text(`Projects by year and stage (CZ.COUNT, dataset ${d.version})`)], []];
  const header = rows.length + 1;
  rows.push([text("Year"), ...STAGES.map(text), text("All stages")]);
  const line = (periodArg: (r: number) => string, label: ReportCell) => {
    const r = rows.length + 1;
    const cells = STAGES.map((_, j) =>
      formula(`=CZ.COUNT("*","*",${columnLetters(j + 1)}$${header},${periodArg(r)})`, "0"),
    );
    rows.push([label, ...cells, formula(`=CZ.COUNT("*","*","*",${periodArg(r)})`, "0")]);
  };
  for (const y of years) line((r) => `$A${r}`, { value: y, numberFormat: "0" });
  if (years.length > 0) line(() => q(`${years[0]}:${years[years.length - 1]}`), text("All years"));
  else rows.push([text("No project in this dataset has a date.")]);
  return rows;
}

function largestProjects(d: Dataset): ReportCell[][] {
  const investment = investmentByProject(d);
  const ranked = [...investment.values()]
    .sort(
      (a, b) =>
        b.low - a.low ||
        (b.high ?? Infinity) - (a.high ?? Infinity) ||
        a.projectId.localeCompare(b.projectId),
    )
    .slice(0, LARGEST);
  const rows: ReportCell[][] = [
    [
      text(
        `Largest projects by investment, 亿元 (ranked for dataset ${d.version}; the values follow refreshes)`,
      ),
    ],
    [],
    [
      "Rank",
      "ID",
      "Project",
      "Sector",
      "District",
      "Investment low",
      "Investment high",
      "Basis",
      "Quote",
    ].map(text),
  ];
  ranked.forEach((p, i) => {
    const r = rows.length + 1;
    const field = (name: string, format = "General") => formula(`=CZ.PROJECT($B${r},${q(name)})`, format);
    rows.push([
      { value: i + 1, numberFormat: "0" },
      text(p.projectId),
      field("name"),
      field("sectorL1"),
      field("district"),
      field("investmentLow", TOTAL_FORMAT),
      field("investmentHigh", TOTAL_FORMAT),
      field("investmentBasis"),
      formula(`=CZ.SOURCE($B${r})`),
    ]);
  });
  if (ranked.length === 0) rows.push([text("No project in this dataset has an investment figure.")]);
  return rows;
}

const BUILDERS: Record<StarterReportKind, { sheetName: string; build: (d: Dataset) => ReportCell[][] }> = {
  sectorDistrictGrid: { sheetName: "Sector by district", build: sectorDistrictGrid },
  projectsByYearStage: { sheetName: "Projects by year", build: projectsByYearStage },
  largestProjects: { sheetName: "Largest projects", build: largestProjects },
};

/**
 * The cells of a starter report (pure).
 * @example buildStarterReport("sectorDistrictGrid", seed).rows[4][1] // { formula: '=CZ.TOTAL($A5,B$4,"","low")', … }
 */
export function buildStarterReport(kind: StarterReportKind, dataset: Dataset): StarterReport {
  const { sheetName, build } = BUILDERS[kind];
  return { sheetName, rows: build(dataset) };
}

/**
 * Adds a starter report on a new sheet (named after the report, numbered when taken) and activates it.
 * @example await insertStarterReport("largestProjects", dataset) // { sheetName: "Largest projects", formulas: 140 }
 */
export function insertStarterReport(
  kind: StarterReportKind,
  dataset: Dataset,
): Promise<{ sheetName: string; formulas: number }> {
  const report = buildStarterReport(kind, dataset);
  const width = Math.max(...report.rows.map((r) => r.length));
  const grid = report.rows.map((r) => Array.from({ length: width }, (_, j) => r[j] ?? {}));
  return exclusive(() =>
    withUndo(() =>
      runExcel(async (ctx) => {
        const sheets = ctx.workbook.worksheets.load("items/name");
        await ctx.sync();
        const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
        let sheetName = report.sheetName;
        for (let n = 2; taken.has(sheetName.toLowerCase()); n++) sheetName = `${report.sheetName} (${n})`;
        // The write's one sync, journaled: cut short, its sheet is deleted (undoPending.ts).
        queuePending(ctx, "sheet", { sheet: sheetName, pivot: null, at: new Date().toISOString() });
        const sheet = ctx.workbook.worksheets.add(sheetName);
        const range = sheet.getRangeByIndexes(0, 0, grid.length, width);
        // Formats first, so a sector or place name from the data stays text whatever it looks like.
        range.numberFormat = grid.map((r) => r.map((c) => c.numberFormat ?? "General"));
        range.formulas = grid.map((r) => r.map((c) => c.formula ?? c.value ?? ""));
        range.format.autofitColumns();
        sheet.activate();
        queueDone(ctx, "sheet");
        await ctx.sync();
        return { sheetName, formulas: grid.flat().filter((c) => c.formula).length };
      }),
    ),
  );
}
