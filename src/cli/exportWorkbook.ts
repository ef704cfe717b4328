/**
 * `cz export`: the add-in's five tables as a real .xlsx workbook, for analysts whose IT blocks sideloading.
 * The same layouts as the add-in writes (src/core/tableLayouts), as Excel tables with number formats and a frozen
 * header row, an "About" sheet naming the dataset version and its sources, and a "Summary" sheet of investment
 * by sector and district as SUMIFS formulas over CZ_Projects, with the projects of no sector or no district and
 * a grand total equal to CZ.TOTAL("*") (exceljs cannot write PivotTables; the formulas carry their results as
 * cached values, so a reader that does not recalculate shows the same numbers).
 */
import ExcelJS from "exceljs";
import type { Dataset } from "../core/dataset";
import { exactSum } from "../core/decimals";
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

/** A Summary row or column: the name it matches, "" for the projects that have none, null for all. */
interface Heading {
  label: string;
  match: string | null;
}

/**
 * Investment (the engine's rule, low bound) by sector level 1 × district, as formulas over CZ_Projects, with a
 * row for projects without a sector, a column for projects without a district and a grand total, so that every
 * project counts once and the bottom-right cell is `=CZ.TOTAL("*")`. The cached results are what the formulas
 * compute from the table's own rows (exact to the figures' decimals), so a reader that does not recalculate
 * shows the same numbers as one that does.
 */
function addSummarySheet(workbook: ExcelJS.Workbook, dataset: Dataset): void {
  const layout = TABLE_LAYOUTS.find((l) => l.table === "CZ_Projects")!;
  const column = (header: string) => layout.columns.findIndex((c) => c.header === header);
  const [sectorAt, districtAt, lowAt] = [column("Sector L1"), column("District"), column("Investment Low")];
  const projects = rowsOf(layout, dataset);
  const text = (v: CellValue) => (v === null ? "" : String(v));
  /** What SUMIFS gives: the investment of the rows matching the sector and district ("" = none, null = any). */
  const sum = (sector: string | null, district: string | null) =>
    exactSum(
      projects
        .filter(
          (r) =>
            (sector === null || text(r[sectorAt]!) === sector) &&
            (district === null || text(r[districtAt]!) === district),
        )
        .map((r) => (typeof r[lowAt] === "number" ? (r[lowAt] as number) : 0)),
    );

  const sectors: Heading[] = [
    ...dataset.sectors.filter((s) => s.parentId === null).map((s) => ({ label: s.name, match: s.name })),
    { label: "(no sector)", match: "" },
    { label: "Total", match: null },
  ];
  // Districts and county-level cities only: towns and parks roll up into them.
  const districts: Heading[] = [
    ...dataset.places
      .filter((p) => p.kind === "district" || p.kind === "county-city")
      .map((p) => ({ label: p.name, match: p.name })),
    { label: "(no district)", match: "" },
    { label: "All", match: null },
  ];
  const sheet = workbook.addWorksheet("Summary", { views: [{ state: "frozen", xSplit: 1, ySplit: 2 }] });
  sheet.getCell("A1").value =
    'Investment, 亿元, low bound (CZ.TOTAL rule) — sector × district; Total × All = CZ.TOTAL("*")';
  sheet.getCell("A1").font = { bold: true };
  sheet.getRow(2).values = ["Sector", ...districts.map((d) => d.label)];
  sheet.getRow(2).font = { bold: true };
  sectors.forEach((sector, r) => {
    const row = sheet.getRow(r + 3);
    row.getCell(1).value = sector.label;
    if (sector.match === null) row.font = { bold: true };
    districts.forEach((district, c) => {
      // A named sector or district is matched through its heading cell, "no sector / district" as an empty cell.
      const criterion = (heading: Heading, ref: string) => (heading.match === "" ? '""' : ref);
      const criteria = [
        ...(sector.match === null ? [] : [`CZ_Projects[Sector L1],${criterion(sector, `$A${r + 3}`)}`]),
        ...(district.match === null
          ? []
          : [`CZ_Projects[District],${criterion(district, `${cellName(c + 2)}$2`)}`]),
      ];
      row.getCell(c + 2).value = {
        formula:
          criteria.length === 0
            ? "SUM(CZ_Projects[Investment Low])"
            : `SUMIFS(CZ_Projects[Investment Low],${criteria.join(",")})`,
        result: sum(sector.match, district.match),
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
