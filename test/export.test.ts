/**
 * `cz export` as an analyst without the add-in uses it: the workbook read back with exceljs has the add-in's
 * tables, names, columns, types and values, Chinese text intact and formula-like names as text.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { exactSum } from "../src/core/decimals";
import { createQueryEngine } from "../src/core/query/engine";
import { TABLE_LAYOUTS, layoutOf, rowsOf } from "../src/core/tableLayouts";
import { seedDataset } from "./seedFixture";
import { tinyDataset } from "./fixtures/tinyDataset";

// Tests here start processes: seconds each, many more on a loaded machine than jest's default 5 s.
jest.setTimeout(120_000);

const CZ = join(__dirname, "../bin/cz.js");
const dir = mkdtempSync(join(tmpdir(), "cz-export-"));

function exportTo(dataset: object, name: string) {
  const file = join(dir, `${name}.json`);
  const out = join(dir, `${name}.xlsx`);
  writeFileSync(file, JSON.stringify(dataset));
  const r = spawnSync(process.execPath, [CZ, "export", "--out", out, "--dataset", file], {
    encoding: "utf8",
    timeout: 120_000,
  });
  return { ...r, out };
}

/**
 * The tiny dataset plus investment for a project with neither sector nor place, and a project without a
 * district: without their row and column the Summary's totals would silently disagree with CZ.TOTAL.
 */
function unclassified() {
  const d = tinyDataset();
  const template = d.amounts.find((a) => a.id === "a5")!;
  d.amounts.push({ ...template, id: "u1", projectId: "p-unsorted", low: 30.05, high: 30.05 });
  d.projects = d.projects.map((p) => (p.id === "p-new-energy" ? { ...p, placeId: null } : p));
  d.amounts = d.amounts.map((a) => (a.id === "a3" ? { ...a, low: 0.1 } : a));
  return d;
}

async function read(file: string) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

describe("cz export", () => {
  const seed = seedDataset();
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    const r = exportTo(seed, "seed");
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    workbook = await read(r.out);
  }, 120_000);

  test("writes the five tables with the add-in's names, headers and one row per record", () => {
    for (const layout of TABLE_LAYOUTS) {
      const sheet = workbook.getWorksheet(layout.sheet)!;
      expect(sheet).toBeDefined();
      const table = sheet.getTable(layout.table) as unknown as { table: { ref: string; name: string } };
      expect(table.table.name).toBe(layout.table);
      expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(layout.columns.map((c) => c.header));
      const records = rowsOf(layout, seed).length;
      expect(sheet.actualRowCount).toBe(Math.max(records, 1) + 1);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    }
  });

  test("values, types and number formats survive: numbers as numbers, Chinese text intact", () => {
    const layout = layoutOf("CZ_Amounts");
    const sheet = workbook.getWorksheet(layout.sheet)!;
    const rows = rowsOf(layout, seed);
    const low = layout.columns.findIndex((c) => c.key === "low") + 1;
    const quote = layout.columns.findIndex((c) => c.key === "quote") + 1;
    rows.forEach((row, i) => {
      const excelRow = sheet.getRow(i + 2);
      expect(excelRow.getCell(low).value).toBe(row[low - 1] ?? null);
      expect(excelRow.getCell(quote).value).toBe(row[quote - 1]);
    });
    expect(sheet.getColumn(low).numFmt).toBe(layout.columns[low - 1]!.numberFormat);
    const garbled = rows.findIndex((r) => r.includes("计划总投?0亿元"));
    expect(garbled).toBeGreaterThanOrEqual(0);
  });

  test("the About sheet names the dataset version and its sources", () => {
    const about = workbook.getWorksheet("About")!;
    const cells = about.getSheetValues().flat().map(String);
    expect(cells).toContain(seed.version);
    expect(cells).toContain(seed.sources[0]!.title);
  });

  test("the Summary sheet is investment by sector × district as SUMIFS formulas, carrying CZ.TOTAL's answers", () => {
    const summary = workbook.getWorksheet("Summary")!;
    const districts = (summary.getRow(2).values as unknown[]).slice(2) as string[];
    expect(districts).toContain("金坛区");
    expect(districts.slice(-2)).toEqual(["(no district)", "All"]);
    const energy = summary.getColumn(1).values.findIndex((v) => v === "新能源");
    const jintan = districts.indexOf("金坛区") + 2;
    const cell = summary.getRow(energy).getCell(jintan).value as { formula: string; result: number };
    expect(cell.formula).toContain("SUMIFS(CZ_Projects[Investment Low]");
    expect(cell.result).toBe(10); // =CZ.TOTAL("新能源","金坛")
  });

  test('the Summary counts every project once: a row without sector, a column without district, a grand total of CZ.TOTAL("*")', () => {
    const d = unclassified();
    const r = exportTo(d, "summary");
    expect(r.stderr).toBe("");
    return read(r.out).then((book) => {
      const sheet = book.getWorksheet("Summary")!;
      const headers = (sheet.getRow(2).values as unknown[]).slice(2) as string[];
      const grid = new Map<string, Map<string, { formula: string; result: number }>>();
      sheet.eachRow((row, n) => {
        if (n < 3) return;
        const cells = new Map(
          headers.map((h, i) => [h, row.getCell(i + 2).value as { formula: string; result: number }]),
        );
        grid.set(String(row.getCell(1).value), cells);
      });
      const engine = createQueryEngine(d);
      // exceljs reads a cached 0 (written as <v>0</v>) back as no result.
      const at = (sector: string, district: string) => grid.get(sector)!.get(district)!.result ?? 0;
      expect(at("Total", "All")).toBe(engine.total("*"));
      expect(engine.total("*")).toBe(148.15); // 10 + 5 + 0.1 + 3 + 100 + 30.05, no binary noise
      expect(grid.get("Total")!.get("All")!.formula).toBe("SUM(CZ_Projects[Investment Low])");
      expect(at("(no sector)", "All")).toBe(30.05);
      expect(at("(no sector)", "(no district)")).toBe(30.05);
      expect(grid.get("(no sector)")!.get("(no district)")!.formula).toBe(
        'SUMIFS(CZ_Projects[Investment Low],CZ_Projects[Sector L1],"",CZ_Projects[District],"")',
      );
      expect(at("新能源", "(no district)")).toBe(0.1);
      expect(at("新能源", "All")).toBe(engine.total("新能源"));
      expect(at("新能源", "金坛区")).toBe(engine.total("新能源", "金坛"));
      // Every row adds up across its districts, and every column down its sectors.
      const districts = headers.slice(0, -1);
      const sectors = [...grid.keys()].filter((s) => s !== "Total");
      for (const sector of grid.keys())
        expect([sector, exactSum(districts.map((c) => at(sector, c)))]).toEqual([sector, at(sector, "All")]);
      for (const district of headers)
        expect([district, exactSum(sectors.map((s) => at(s, district)))]).toEqual([
          district,
          at("Total", district),
        ]);
    });
  });

  test("a name that looks like a formula stays text", async () => {
    const tiny = tinyDataset();
    tiny.projects[0] = { ...tiny.projects[0]!, name: '=HYPERLINK("http://x","点我")' };
    tiny.projects[1] = { ...tiny.projects[1]!, name: "+86 项目" };
    const r = exportTo(tiny, "injection");
    expect(r.status).toBe(0);
    const sheet = (await read(r.out)).getWorksheet("CZ_Projects")!;
    const names = [2, 3, 4, 5, 6, 7].map((i) => sheet.getRow(i).getCell(2));
    const injected = names.find((c) => String(c.value).startsWith("=HYPERLINK"))!;
    expect(injected.type).toBe(ExcelJS.ValueType.String);
    expect(names.find((c) => c.value === "+86 项目")?.type).toBe(ExcelJS.ValueType.String);
  });

  test("a missing dataset or a missing --out is said plainly", () => {
    const missing = spawnSync(
      process.execPath,
      [CZ, "export", "--out", join(dir, "x.xlsx"), "--dataset", join(dir, "none.json")],
      {
        encoding: "utf8",
      },
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("none.json does not exist");
    const noOut = spawnSync(process.execPath, [CZ, "export"], { encoding: "utf8" });
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain("--out FILE.xlsx");
  });

  test("--out naming a folder is refused by name, and no temporary file is left beside it", () => {
    const parent = mkdtempSync(join(tmpdir(), "cz-export-dir-"));
    const folder = join(parent, "book.xlsx");
    mkdirSync(folder);
    const file = join(parent, "seed.json");
    writeFileSync(file, JSON.stringify(seed));
    const r = spawnSync(process.execPath, [CZ, "export", "--out", folder, "--dataset", file], {
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${folder} is a folder`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(parent).sort()).toEqual(["book.xlsx", "seed.json"]);
  });
});

/** LibreOffice's setting "recalculate Excel 2007 and newer files on load: always". */
const RECALCULATE_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** LibreOffice is a real spreadsheet program: if it reads the numbers back, so will Excel. CI installs it. */
const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
(soffice ? describe : describe.skip)("the export read by LibreOffice", () => {
  /** The workbook's sheets as CSV files, as LibreOffice recalculates and reads them. */
  function convert(name: string, dataset: object): string {
    const r = exportTo(dataset, name);
    expect(r.status).toBe(0);
    const outdir = mkdtempSync(join(tmpdir(), "cz-lo-"));
    // A profile that makes LibreOffice recalculate every formula on load, instead of showing the cached
    // results the export wrote: the Summary's SUMIFS formulas themselves are checked, not our own numbers.
    const profile = join(outdir, ".config", "libreoffice", "4", "user");
    mkdirSync(profile, { recursive: true });
    writeFileSync(join(profile, "registrymodifications.xcu"), RECALCULATE_ON_LOAD);
    // Filter options: comma, quote, UTF-8, from line 1, …, raw values (not as shown), every sheet (-1).
    const run = spawnSync(
      soffice,
      [
        "--headless",
        "--convert-to",
        "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
        "--outdir",
        outdir,
        r.out,
      ],
      { encoding: "utf8", timeout: 120_000, env: { ...process.env, HOME: outdir } },
    );
    expect(run.status).toBe(0);
    return outdir;
  }

  test("every figure's low and high and every Chinese quote survive a conversion to CSV", () => {
    const seed = seedDataset();
    const outdir = convert("lo", seed);
    const csv = readFileSync(join(outdir, "lo-CZ_Amounts.csv"), "utf8");
    const lines = csv.trim().split("\n");
    expect(lines[0]!.split(",")).toEqual(layoutOf("CZ_Amounts").columns.map((c) => c.header));
    const summary = readFileSync(join(outdir, "lo-Summary.csv"), "utf8");
    const engine = createQueryEngine(seed);
    // Districts and county-level cities only: towns and parks roll up into them.
    const districts = seed.places
      .filter((p) => p.kind === "district" || p.kind === "county-city")
      .map((p) => p.name);
    expect(districts).not.toContain("直溪镇");
    const expected = [
      "新能源",
      ...districts.map((d) => engine.total("新能源", d)),
      0, // (no district)
      engine.total("新能源"),
    ];
    expect(summary.split("\n").find((l) => l.startsWith("新能源,"))).toBe(expected.join(","));
    expect(
      summary
        .split("\n")
        .find((l) => l.startsWith("Total,"))
        ?.split(",")
        .at(-1),
    ).toBe(String(engine.total("*")));
    for (const amount of seed.amounts) {
      const line = lines.find((l) => l.startsWith(`${amount.id},`));
      expect(line).toBeDefined();
      expect(line).toContain(`,${amount.low ?? ""},${amount.high ?? ""},`);
      expect(line).toContain(amount.quote);
    }
  });

  test('the Summary\'s own formulas, recalculated, give every project once and CZ.TOTAL("*") as the grand total', () => {
    const d = unclassified();
    const outdir = convert("lo-summary", d);
    const lines = readFileSync(join(outdir, "lo-summary-Summary.csv"), "utf8").trim().split("\n");
    const row = (label: string) =>
      lines
        .find((l) => l.startsWith(`${label},`))!
        .split(",")
        .slice(1);
    expect(lines[1]!.split(",").slice(-2)).toEqual(["(no district)", "All"]);
    expect(row("(no sector)").slice(-2)).toEqual(["30.05", "30.05"]);
    expect(row("新能源").slice(-2)).toEqual(["0.1", String(createQueryEngine(d).total("新能源"))]);
    expect(row("Total").at(-1)).toBe(String(createQueryEngine(d).total("*")));
  });
});
