/**
 * `cz export`: the add-in's five tables as a real .xlsx workbook, for analysts whose IT blocks sideloading.
 * The same layouts as the add-in writes (src/core/tableLayouts), as Excel tables with number formats and a frozen
 * header row, an "About" sheet naming the dataset version and its sources, and a "Summary" sheet of investment
 * by sector and district as SUMIFS formulas over CZ_Projects (exceljs cannot write PivotTables; the formulas
 * carry the engine's answers as cached values, so a reader that does not recalculate shows the same numbers).
 */
import ExcelJS from "exceljs";
import type { Dataset } from "../core/dataset";
import { createQueryEngine } from "../core/query/engine";
import { type CellValue, TABLE_LAYOUTS, type TableLayout, rowsOf } from "../core/tableLayouts";

/** Column widths that keep Chinese text readable without hiding numbers. */
function widthOf(layout: TableLayout, index: number): number {
  const column = layout.columns[index]!;
  if (column.key === "quote") return 60;
  if (column.type === "text") return Math.min(40, Math.max(12, column.header.length + 4));
  return Math.max(12, column.header.length + 2);
}

function addTableSheet(workbook: ExcelJS.Workbook, layout: TableLayout, dataset: Dataset): void {
  const sheet = workbook.addWorksheet(layout.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  const rows = rowsOf(layout, dataset);
  sheet.addTable({
    name: layout.table,
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: layout.columns.map((c) => ({ name: c.header, filterButton: true })),
    // An empty table still needs one row in the file; Excel shows it as the table's only (empty) row.
    rows: rows.length > 0 ? rows.map(toCells) : [layout.columns.map(() => null)],
  });
  layout.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.numFmt = c.numberFormat;
    column.width = widthOf(layout, i);
  });
}

/** Strings stay strings: exceljs writes a formula only for a { formula } object, never for "=…" text. */
function toCells(row: CellValue[]): (string | number | null)[] {
  return row.map((cell) => cell);
}

function addAboutSheet(workbook: ExcelJS.Workbook, dataset: Dataset, exportedAt: string): void {
  const sheet = workbook.addWorksheet("About");
  sheet.columns = [{ width: 22 }, { width: 60 }, { width: 20 }, { width: 14 }, { width: 40 }];
  sheet.addRows([
    ["CZ Projects dataset", ""],
    ["Dataset version", dataset.version],
    ["Built at", dataset.builtAt],
    ["Exported at", exportedAt],
    ["Schema version", dataset.schemaVersion],
    [
      "Counts",
      `${dataset.projects.length} projects, ${dataset.amounts.length} figures, ${dataset.organizations.length} organizations, ${dataset.events.length} events, ${dataset.sources.length} sources`,
    ],
    ["Tables", TABLE_LAYOUTS.map((l) => l.table).join(", ")],
    [],
    ["Source ID", "Title", "Publisher", "Published", "URL"],
    ...dataset.sources.map((s) => [s.id, s.title, s.publisher, s.published ?? "", s.url ?? ""]),
  ]);
  sheet.getCell("A1").font = { bold: true, size: 14 };
  sheet.getRow(9).font = { bold: true };
  sheet.getColumn(2).numFmt = "@";
}

/** Investment (the engine's rule, low bound) by sector level 1 × district, as formulas over CZ_Projects. */
function addSummarySheet(workbook: ExcelJS.Workbook, dataset: Dataset): void {
  const engine = createQueryEngine(dataset);
  const sectors = dataset.sectors.filter((s) => s.parentId === null).map((s) => s.name);
  // Districts and county-level cities only: towns and parks roll up into them.
  const districts = dataset.places
    .filter((p) => p.kind === "district" || p.kind === "county-city")
    .map((p) => p.name);
  const sheet = workbook.addWorksheet("Summary", { views: [{ state: "frozen", xSplit: 1, ySplit: 2 }] });
  sheet.getCell("A1").value = "Investment, 亿元, low bound (CZ.TOTAL rule) — sector × district";
  sheet.getCell("A1").font = { bold: true };
  sheet.getRow(2).values = ["Sector", ...districts, "All"];
  sheet.getRow(2).font = { bold: true };
  sectors.forEach((sector, r) => {
    const row = sheet.getRow(r + 3);
    row.getCell(1).value = sector;
    [...districts, null].forEach((district, c) => {
      const criteria = `CZ_Projects[Sector L1],$A${r + 3}${district === null ? "" : `,CZ_Projects[District],${cellName(c + 2)}$2`}`;
      row.getCell(c + 2).value = {
        formula: `SUMIFS(CZ_Projects[Investment Low],${criteria})`,
        result: engine.total(sector, district ?? "*"),
      };
      row.getCell(c + 2).numFmt = "#,##0.00";
    });
  });
  sheet.getColumn(1).width = 14;
}

function cellName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The workbook as bytes. */
export async function exportWorkbook(dataset: Dataset, exportedAt: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "CZ Projects";
  workbook.created = new Date(exportedAt);
  for (const layout of TABLE_LAYOUTS) addTableSheet(workbook, layout, dataset);
  const hasInvestmentColumn = TABLE_LAYOUTS.some(
    (l) => l.table === "CZ_Projects" && l.columns.some((c) => c.header === "Investment Low"),
  );
  if (hasInvestmentColumn) addSummarySheet(workbook, dataset);
  addAboutSheet(workbook, dataset, exportedAt);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
