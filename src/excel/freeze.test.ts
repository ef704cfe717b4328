/// <reference types="office-js" />
import type { StandIn } from "../../test/excel-standin";
import { FROZEN_SHEET, freezeAsValues, isCzFormula } from "./freeze";
import { SEED, czEvaluator, freshWorkbook } from "../../test/excelKit";
import { createQueryEngine } from "../core/query/engine";

const engine = createQueryEngine(SEED);
const NOW = () => new Date("2026-11-29T10:00:00.000Z");

let standIn: StandIn;
beforeEach(async () => {
  standIn = freshWorkbook();
  standIn.setEvaluator(czEvaluator(SEED));
  await Excel.run(async (ctx) => {
    const report = ctx.workbook.worksheets.add("Report");
    report.getRange("A1:C1").formulas = [['=CZ.TOTAL("新能源")', "=SUM(1,2)", '=CZ.TOTAL("新能源","金坛")']];
    report.getRange("A3").formulas = [['=CZ.PROJECTS("新能源","金坛","name,stage")']];
    const text = report.getRange("E1");
    text.numberFormat = [["@"]];
    text.values = [['=CZ.TOTAL("x")']];
    report.getRange("F1").formulas = [['=CZ.SOURCE("prj-44c8181feb")']];
    report.activate();
  });
});

describe("isCzFormula", () => {
  it.each([
    ['=CZ.TOTAL("新能源")', true],
    ['=ROUND(cz.total("x"),1)', true],
    ["=SUM(A1:A3)", false],
    ["=MYCZ.TOTAL()", false],
    ["CZ.TOTAL", false],
    [12, false],
  ])("%p → %p", (f, expected) => expect(isCzFormula(f)).toBe(expected));
});

describe("freezeAsValues", () => {
  it("turns the sheet's CZ formulas into their values, spills included, and leaves other formulas", async () => {
    const result = await freezeAsValues("sheet", SEED.version, { now: NOW });
    expect(result.formulas).toBe(4);
    const total = engine.total("新能源");
    expect(standIn.read("Report", "A1:C1", "formulas")).toEqual([
      [total, "=SUM(1,2)", engine.total("新能源", "金坛")],
    ]);
    const spill = engine.projects("新能源", "金坛", "name,stage");
    expect(standIn.read("Report", `A3:B${2 + spill.length}`, "formulas")).toEqual(spill);
    expect(result.cells).toBe(3 + spill.length * 2);
  });

  it("keeps a frozen text that looks like a formula as text, and skips text that only looks like a CZ formula", async () => {
    await freezeAsValues("sheet", SEED.version, { now: NOW });
    expect(standIn.cell("Report", "E1")).toMatchObject({ value: '=CZ.TOTAL("x")', numberFormat: "@" });
    expect(standIn.cell("Report", "F1").formula).toBe(engine.source("prj-44c8181feb"));
  });

  it("logs each frozen formula with the dataset version, the time and the cells", async () => {
    await freezeAsValues("sheet", SEED.version, { now: NOW });
    const log = standIn.read(FROZEN_SHEET);
    expect(log[0]).toEqual(["Frozen at", "Dataset version", "Sheet", "Cells", "Formula", "Value"]);
    expect(log[1]).toEqual([
      "2026-11-29T10:00:00.000Z",
      SEED.version,
      "Report",
      "Report!A1",
      '=CZ.TOTAL("新能源")',
      String(engine.total("新能源")),
    ]);
    expect(log.map((r) => r[3])).toContain(
      `Report!A3:B${2 + engine.projects("新能源", "金坛", "name,stage").length}`,
    );
    expect(standIn.read(FROZEN_SHEET, "E2", "formulas")).toEqual([['=CZ.TOTAL("新能源")']]);
  });

  it("freezes only the selection when asked, and appends to the log", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Report").getRange("C1").select();
    });
    expect(await freezeAsValues("selection", "v1", { now: NOW })).toMatchObject({ formulas: 1, cells: 1 });
    expect(standIn.cell("Report", "A1").formula).toBe('=CZ.TOTAL("新能源")');
    await freezeAsValues("sheet", "v2", { now: NOW });
    expect(standIn.read(FROZEN_SHEET).map((r) => r[1])).toEqual(["Dataset version", "v1", "v2", "v2", "v2"]);
  });

  it("freezes every sheet for the workbook, leaving other sheets' plain cells alone", async () => {
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Notes").getRange("B1").formulas = [['=CZ.COUNT("*")']];
    });
    const result = await freezeAsValues("workbook", SEED.version, { now: NOW });
    expect(result.formulas).toBe(5);
    expect(standIn.read("Notes", "A1:B2", "formulas")).toEqual([
      ["mine", engine.count("*")],
      ["=1+1", ""],
    ]);
  });

  it("does nothing and logs nothing when there is no CZ formula", async () => {
    await Excel.run(async (ctx) => ctx.workbook.worksheets.getItem("Notes").activate());
    expect(await freezeAsValues("sheet", "v", { now: NOW })).toEqual({
      formulas: 0,
      cells: 0,
      logSheet: null,
    });
    expect(standIn.sheetNames()).not.toContain(FROZEN_SHEET);
  });
});
