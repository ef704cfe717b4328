/**
 * The pivot-ready row layouts of the five workbook tables (DESIGN.md, "Tables in the workbook"): one header row,
 * one fact per row, numbers as numbers, dates as real dates next to the date as written, sector level 1 / level 2
 * and district / park as separate columns. Pure data and pure functions: the Excel door (`src/excel`) and the
 * .xlsx exporter write the same rows.
 */
import type { Amount, Dataset, DatasetEvent, Organization, Place, Project, Sector, Source } from "./dataset";
import { exactMid } from "./decimals";
import { type ProjectInvestment, investmentByProject } from "./query/investment";
import { selectionOf } from "./query/figureList";
import { countedFigures } from "./query/precision";
import { ancestry, placeLevelsIn } from "./taxonomy";

/** One cell: `null` is an empty cell. */
export type CellValue = string | number | null;
export type ColumnType = "text" | "number" | "integer" | "date";

export interface LayoutColumn {
  /** Stable key of the column in code. */
  key: string;
  /** The header in the workbook: English and stable, since pivots and formulas refer to it. */
  header: string;
  type: ColumnType;
  /** Excel number format: "@" keeps text as text, so a name like "=1+1" is never read as a formula. */
  numberFormat: string;
}

export const TABLE_NAMES = [
  "CZ_Projects",
  "CZ_Amounts",
  "CZ_Organizations",
  "CZ_Events",
  "CZ_Sources",
] as const;
export type TableName = (typeof TABLE_NAMES)[number];

export interface TableLayout {
  table: TableName;
  /** The sheet is named like the table, so it never collides with an analyst's own "Projects" sheet. */
  sheet: string;
  /** Key of the column whose value identifies a row across refreshes. */
  keyColumn: "id";
  columns: readonly LayoutColumn[];
}

export const TEXT_FORMAT = "@";
export const AMOUNT_FORMAT = "#,##0.00##";
export const DATE_FORMAT = "yyyy-mm-dd";
export const INTEGER_FORMAT = "0";

/** Everything a row needs besides its own record, resolved once per dataset. */
interface Lookups {
  sources: Map<string, Source>;
  orgs: Map<string, Organization>;
  projects: Map<string, Project>;
  places: Map<string, Place>;
  sectorLevels: Map<string, [string, string]>;
  projectsPerOrg: Map<string, number>;
  investments: Map<string, ProjectInvestment>;
  /** Ids of the figures totals add. */
  counted: Set<string>;
}

interface ColumnDef<R> extends LayoutColumn {
  cell: (row: R, at: Lookups) => CellValue;
}

const FORMATS: Record<ColumnType, string> = {
  text: TEXT_FORMAT,
  number: AMOUNT_FORMAT,
  integer: INTEGER_FORMAT,
  date: DATE_FORMAT,
};

const col =
  (type: ColumnType) =>
  <R>(key: string, header: string, cell: (row: R, at: Lookups) => CellValue): ColumnDef<R> => ({
    key,
    header,
    type,
    numberFormat: FORMATS[type],
    cell,
  });
const text = col("text");
const num = col("number");
const int = col("integer");
const date = col("date");

/**
 * The Excel serial number of the first day of an ISO date at any precision (1900 date system), or null when
 * the text is no date or lies before 1900.
 * @example excelSerial("2018-05") // 43221 (1 May 2018); excelSerial("2018") // 43101
 */
export function excelSerial(iso: string): number | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(iso);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2] ?? 1), Number(m[3] ?? 1)];
  const ms = Date.UTC(y, mo - 1, d);
  const check = new Date(ms);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d) return null;
  // 25569 is 1970-01-01. Excel counts a 29 February 1900 that never was (Lotus 1-2-3's bug), so days before
  // 1 March 1900 are one lower.
  const serial = ms / 86_400_000 + 25569;
  const excel = serial < 61 ? serial - 1 : serial;
  return excel >= 1 ? excel : null;
}

/**
 * How precise an ISO date is.
 * @example datePrecision("2018-05") // "month"
 */
export function datePrecision(iso: string): "year" | "month" | "day" {
  return iso.length === 4 ? "year" : iso.length === 7 ? "month" : "day";
}

const serialOf = (iso: string | null) => (iso === null ? null : excelSerial(iso));
const precisionOf = (iso: string | null) => (iso === null ? null : datePrecision(iso));
const yearOf = (iso: string | null) => (iso === null ? null : Number(iso.slice(0, 4)));
const names = (ids: readonly string[], at: Lookups) =>
  ids.map((id) => at.orgs.get(id)?.name ?? id).join("、") || null;
const titleOf = (sourceId: string, at: Lookups) => at.sources.get(sourceId)?.title ?? null;

/** Names of a place's district, park and town (a town may lie in a park: 横山桥镇 in 经开区). */
function placeLevelsOf(placeId: string | null, at: Lookups) {
  const levels = placeId === null ? null : placeLevelsIn(at.places, placeId);
  return {
    district: levels?.district?.name ?? null,
    park: levels?.park?.name ?? null,
    town: levels?.town?.name ?? null,
  };
}

function districtAndPark(placeId: string | null, at: Lookups): [string | null, string | null] {
  const levels = placeLevelsOf(placeId, at);
  return [levels.district, levels.park];
}

/** "2015-08-18 签约 · 2016-01-10 开工": every reported stage, oldest first, for reading (not for pivots). */
const stageHistory = (p: Project) => p.stages.map((r) => `${r.date ?? "?"} ${r.stage}`).join(" · ") || null;

function sectorLevel(sectorId: string | null, level: 0 | 1, at: Lookups): string | null {
  return sectorId === null ? null : (at.sectorLevels.get(sectorId)?.[level] ?? null);
}

const projectColumns: ColumnDef<Project>[] = [
  text("id", "ID", (p) => p.id),
  text("name", "Project", (p) => p.name),
  text("sectorL1", "Sector L1", (p, at) => sectorLevel(p.sectorId, 0, at)),
  text("sectorL2", "Sector L2", (p, at) => sectorLevel(p.sectorId, 1, at)),
  text("district", "District", (p, at) => districtAndPark(p.placeId, at)[0]),
  text("park", "Park", (p, at) => districtAndPark(p.placeId, at)[1]),
  text("town", "Town", (p, at) => placeLevelsOf(p.placeId, at).town),
  // sentence / article / publisher: filter out places inferred from a headline or the publishing district.
  text("placeFrom", "Place from", (p) => p.placeFrom),
  text("stage", "Stage", (p) => p.stage),
  date("date", "Date", (p) => serialOf(p.date)),
  text("datePrecision", "Date precision", (p) => precisionOf(p.date)),
  text("dateText", "Date (as written)", (p) => p.date),
  int("year", "Year", (p) => yearOf(p.date)),
  text("organizations", "Organizations", (p, at) => names(p.orgIds, at)),
  // The project's investment under CZ.TOTAL's rule (stated total, else plan, else phases as a floor), so a
  // PivotTable of investment over CZ_Projects agrees with =CZ.TOTAL and never adds 年产值 to 总投资.
  num("investmentLow", "Investment Low", (p, at) => at.investments.get(p.id)?.low ?? null),
  num("investmentHigh", "Investment High", (p, at) => at.investments.get(p.id)?.high ?? null),
  text("investmentBasis", "Investment basis", (p, at) => at.investments.get(p.id)?.basis ?? null),
  text("aliases", "Aliases", (p) => p.aliases.join("、") || null),
  text("stageHistory", "Stage history", stageHistory),
  int("reports", "Reports", (p) => Math.max(1, p.sourceIds.length)),
  text("quote", "Quote", (p) => p.quote),
  text("source", "Source", (p, at) => titleOf(p.sourceId, at)),
  text("sourceId", "Source ID", (p) => p.sourceId),
];

/** A figure's project, or nothing when the figure is attached to no project. */
const projectOf = (a: Amount, at: Lookups) =>
  a.projectId === null ? undefined : at.projects.get(a.projectId);
const placeOfFigure = (a: Amount, at: Lookups) => projectOf(a, at)?.placeId ?? a.placeId;
const dateOfFigure = (a: Amount, at: Lookups) => projectOf(a, at)?.date ?? a.date;

const amountColumns: ColumnDef<Amount>[] = [
  text("id", "ID", (a) => a.id),
  text("projectId", "Project ID", (a) => a.projectId),
  text("project", "Project", (a, at) => projectOf(a, at)?.name ?? null),
  text("sectorL1", "Sector L1", (a, at) => sectorLevel(projectOf(a, at)?.sectorId ?? null, 0, at)),
  text("sectorL2", "Sector L2", (a, at) => sectorLevel(projectOf(a, at)?.sectorId ?? null, 1, at)),
  // A batch or aggregate figure has no project: its own place and date stand in.
  text("district", "District", (a, at) => districtAndPark(placeOfFigure(a, at), at)[0]),
  text("park", "Park", (a, at) => districtAndPark(placeOfFigure(a, at), at)[1]),
  text("stage", "Stage", (a, at) => projectOf(a, at)?.stage ?? null),
  date("date", "Date", (a, at) => serialOf(dateOfFigure(a, at))),
  text("dateText", "Date (as written)", (a, at) => dateOfFigure(a, at)),
  int("year", "Year", (a, at) => yearOf(dateOfFigure(a, at))),
  text("organization", "Organization", (a, at) => (a.orgId === null ? null : names([a.orgId], at))),
  text("measure", "Measure", (a) => a.measure),
  text("unit", "Unit", (a) => a.unit),
  num("low", "Low", (a) => a.low),
  num("high", "High", (a) => a.high),
  // Only when both bounds are known: the middle of 10 and "no ceiling" is no number.
  num("mid", "Mid", (a) => (a.low !== null && a.high !== null ? exactMid(a.low, a.high) : null)),
  text("qualifier", "Qualifier", (a) => a.qualifier),
  // project / batch / threshold / aggregate / unattached, as CZ.FIGURES names them, with the batch's size.
  text("scope", "Scope", (a) => selectionOf(a)),
  int("projectCount", "Projects in figure", (a) => a.projectCount),
  // "yes" for the figures CZ.TOTAL adds (each project's most precise figure of a measure): a pivot filtered on
  // it agrees with the formulas; restatements, batch and aggregate figures say "no".
  text("counted", "Counted", (a, at) => (at.counted.has(a.id) ? "yes" : "no")),
  text("text", "Figure (as written)", (a) => a.text),
  text("quote", "Quote", (a) => a.quote),
  text("source", "Source", (a, at) => titleOf(a.sourceId, at)),
  text("sourceId", "Source ID", (a) => a.sourceId),
];

const organizationColumns: ColumnDef<Organization>[] = [
  text("id", "ID", (o) => o.id),
  text("name", "Organization", (o) => o.name),
  text("kind", "Kind", (o) => o.kind),
  text("parent", "Parent", (o, at) => (o.parentId === null ? null : names([o.parentId], at))),
  text("parentId", "Parent ID", (o) => o.parentId),
  text("aliases", "Aliases", (o) => o.aliases.join("、") || null),
  int("projects", "Projects", (o, at) => at.projectsPerOrg.get(o.id) ?? 0),
];

const eventColumns: ColumnDef<DatasetEvent>[] = [
  text("id", "ID", (e) => e.id),
  date("date", "Date", (e) => serialOf(e.date)),
  text("datePrecision", "Date precision", (e) => precisionOf(e.date)),
  text("dateText", "Date (as written)", (e) => e.date),
  int("year", "Year", (e) => yearOf(e.date)),
  text("kind", "Kind", (e) => e.kind),
  text("official", "Official", (e) => e.official),
  text("role", "Role", (e) => e.role),
  text("organizations", "Organizations", (e, at) => names(e.orgIds, at)),
  text("district", "District", (e, at) => districtAndPark(e.placeId, at)[0]),
  text("park", "Park", (e, at) => districtAndPark(e.placeId, at)[1]),
  text("quote", "Quote", (e) => e.quote),
  text("source", "Source", (e, at) => titleOf(e.sourceId, at)),
  text("sourceId", "Source ID", (e) => e.sourceId),
];

const sourceColumns: ColumnDef<Source>[] = [
  text("id", "ID", (s) => s.id),
  text("title", "Title", (s) => s.title),
  text("publisher", "Publisher", (s) => s.publisher),
  date("published", "Published", (s) => serialOf(s.published)),
  text("publishedText", "Published (as written)", (s) => s.published),
  text("url", "URL", (s) => s.url),
  text("sha256", "SHA-256", (s) => s.sha256),
];

/** Each table's column definitions and the records it has one row for. */
const DEFINITIONS: { [T in TableName]: { columns: ColumnDef<never>[]; records: (d: Dataset) => unknown[] } } =
  {
    CZ_Projects: { columns: projectColumns, records: (d) => d.projects },
    CZ_Amounts: { columns: amountColumns, records: (d) => d.amounts },
    CZ_Organizations: { columns: organizationColumns, records: (d) => d.organizations },
    CZ_Events: { columns: eventColumns, records: (d) => d.events },
    CZ_Sources: { columns: sourceColumns, records: (d) => d.sources },
  };

/** The five layouts, in the order the tables are written. */
export const TABLE_LAYOUTS: readonly TableLayout[] = TABLE_NAMES.map((table) => ({
  table,
  sheet: table,
  keyColumn: "id",
  columns: DEFINITIONS[table].columns.map(({ key, header, type, numberFormat }) => ({
    key,
    header,
    type,
    numberFormat,
  })),
}));

/**
 * The layout of one table.
 * @example layoutOf("CZ_Amounts").columns.map((c) => c.header) // ["ID", "Project ID", "Project", …]
 */
export function layoutOf(table: TableName): TableLayout {
  const layout = TABLE_LAYOUTS.find((l) => l.table === table);
  if (!layout) throw new Error(`unknown table '${table}'`);
  return layout;
}

function lookupsOf(d: Dataset): Lookups {
  const sectorLevels = new Map<string, [string, string]>();
  for (const s of d.sectors) {
    const chain: Sector[] = ancestry(d.sectors, s.id);
    const [l1, l2] = [chain[0], chain[1] ?? chain[0]];
    if (l1 && l2) sectorLevels.set(s.id, [l1.name, l2.name]);
  }
  const projectsPerOrg = new Map<string, number>();
  for (const p of d.projects)
    for (const o of new Set(p.orgIds)) projectsPerOrg.set(o, (projectsPerOrg.get(o) ?? 0) + 1);
  return {
    sources: new Map(d.sources.map((s) => [s.id, s])),
    orgs: new Map(d.organizations.map((o) => [o.id, o])),
    projects: new Map(d.projects.map((p) => [p.id, p])),
    places: new Map(d.places.map((p) => [p.id, p])),
    sectorLevels,
    projectsPerOrg,
    investments: investmentByProject(d),
    counted: new Set(countedFigures(d).map((a) => a.id)),
  };
}

/**
 * The rows of one table, one per record in dataset order, cells in the layout's column order; `null` is an
 * empty cell. A layout with fewer or reordered columns gets just those.
 * @example rowsOf(layoutOf("CZ_Projects"), seed)[0]
 * // ["prj-08ea2cdb5e", "钟楼区智能制造基地", "智能制造", "智能制造", "钟楼区", null, "签约", 43101, "year", "2018", 2018, …]
 */
export function rowsOf(layout: TableLayout, dataset: Dataset): CellValue[][] {
  const def = DEFINITIONS[layout.table];
  const byKey = new Map(def.columns.map((c) => [c.key, c] as const));
  const cells = layout.columns.map((c) => {
    const found = byKey.get(c.key);
    if (!found) throw new Error(`${layout.table} has no column '${c.key}'`);
    return found.cell as (row: unknown, at: Lookups) => CellValue;
  });
  const at = lookupsOf(dataset);
  return def.records(dataset).map((record) => cells.map((cell) => cell(record, at)));
}
