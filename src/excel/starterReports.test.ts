/// <reference types="office-js" />
import { createQueryEngine } from "../core/query/engine";
import type { StandIn } from "../../test/excel-standin";
import { buildStarterReport, insertStarterReport } from "./starterReports";
import { SEED, czEvaluator, edited, freshWorkbook } from "../../test/excelKit";

let standIn: StandIn;
beforeEach(() => {
  standIn = freshWorkbook();
  standIn.setEvaluator(czEvaluator(SEED));
});

const engine = createQueryEngine(SEED);

describe("buildStarterReport", () => {
  it("sector × district: CZ.TOTAL low and high over level-1 sectors and districts, referring to headers", () => {
    const { rows } = buildStarterReport("sectorDistrictGrid", SEED);
    const header = rows[3]!.map((c) => c.value);
    expect(header.slice(0, 3)).toEqual(["Sector", "天宁区", "钟楼区"]);
    expect(header).not.toContain("常州科教城");
    // Towns roll up into their district, like parks.
    expect(header).not.toContain("直溪镇");
    expect(rows[4]![0]).toEqual({ value: "新能源", numberFormat: "@" });
    expect(rows[4]![1]!.formula).toBe('=CZ.TOTAL($A5,B$4,"","low")');
    const high = rows.findIndex(
      (r) => r[0]?.value === "High bound: at most (#N/A where a figure has no ceiling)",
    );
    expect(rows[high + 2]![1]!.formula).toBe(`=CZ.TOTAL($A${high + 3},B$${high + 2},"","high")`);
  });

  it("year × stage: CZ.COUNT by the dataset's years and every stage, with an all-years span", () => {
    const { rows } = buildStarterReport("projectsByYearStage", SEED);
    expect(rows[2]!.map((c) => c.value)).toEqual([
      "Year",
      "拟建",
      "签约",
      "落户",
      "开工",
      "在建",
      "验收",
      "投产",
      "运营",
      "All stages",
    ]);
    expect(rows.slice(3).map((r) => r[0]!.value)).toEqual([2017, 2018, "All years"]);
    expect(rows[3]![2]!.formula).toBe('=CZ.COUNT("*","*",C$3,$A4)');
    expect(rows[5]![1]!.formula).toBe('=CZ.COUNT("*","*",B$3,"2017:2018")');
  });

  it("largest projects: ranked by investment, each with CZ.PROJECT fields and its CZ.SOURCE quote", () => {
    const { rows } = buildStarterReport("largestProjects", SEED);
    const first = rows[3]!;
    expect(first[0]).toMatchObject({ value: 1 });
    expect(first[2]!.formula).toBe('=CZ.PROJECT($B4,"name")');
    expect(first[8]!.formula).toBe("=CZ.SOURCE($B4)");
    const lows = rows.slice(3).map((r) => engine.project(String(r[1]!.value), "investmentLow") as number);
    expect(lows).toEqual([...lows].sort((a, b) => b - a));
  });

  it("keeps names from the data as text, even formula-like ones", () => {
    const d = edited(SEED, (c) => (c.sectors.find((s) => s.parentId === null)!.name = "=evil()"));
    const cell = buildStarterReport("sectorDistrictGrid", d).rows[4]![0]!;
    expect(cell).toEqual({ value: "=evil()", numberFormat: "@" });
  });
});

describe("insertStarterReport", () => {
  it("adds a sheet whose CZ formulas answer what the engine answers", async () => {
    const { sheetName, formulas } = await insertStarterReport("sectorDistrictGrid", SEED);
    expect(sheetName).toBe("Sector by district");
    expect(standIn.activeSheet()).toBe(sheetName);
    expect(formulas).toBeGreaterThan(50);
    expect(standIn.cell(sheetName, "B5").formula).toBe('=CZ.TOTAL($A5,B$4,"","low")');
    const jintan = standIn.read(sheetName, "A4:I4")[0]!.indexOf("金坛区");
    const newEnergy = standIn.read(sheetName, `A5:I5`)[0]![jintan];
    expect(newEnergy).toBe(engine.total("新能源", "金坛区", "", "low"));
    expect(standIn.read(sheetName).flat()).not.toContain("#VALUE!");
  });

  it("numbers a second sheet of the same report", async () => {
    await insertStarterReport("projectsByYearStage", SEED);
    const again = await insertStarterReport("projectsByYearStage", SEED);
    expect(again.sheetName).toBe("Projects by year (2)");
    expect(standIn.cell(again.sheetName, "J6").value).toBe(engine.count("*", "*", "*", "2017:2018"));
  });

  it("largest projects show their names and quotes through the functions", async () => {
    const { sheetName } = await insertStarterReport("largestProjects", SEED);
    const [id, name, , , , , , quote] = standIn.read(sheetName, "B4:I4")[0]!;
    expect(name).toBe(engine.project(String(id), "name"));
    expect(quote).toBe(engine.source(String(id)));
  });
});
