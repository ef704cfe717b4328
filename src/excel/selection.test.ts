/// <reference types="office-js" />
import type { StandIn } from "../../test/excel-standin";
import { insertFormula, selectRow } from "./selection";
import { SEED, czEvaluator, freshWorkbook } from "../../test/excelKit";
import { refreshTables } from "./writeTables";

let standIn: StandIn;
beforeEach(() => {
  standIn = freshWorkbook();
});

describe("selectRow", () => {
  it("selects the row with that ID and activates its sheet", async () => {
    await refreshTables(SEED);
    const id = SEED.amounts[3]!.id;
    expect(await selectRow("CZ_Amounts", id)).toBe(true);
    expect(standIn.activeSheet()).toBe("CZ_Amounts");
    const width = standIn.table("CZ_Amounts")!.headers.length;
    expect(standIn.selection()).toBe(`CZ_Amounts!A5:${String.fromCharCode(64 + width)}5`);
  });

  it("is false for an unknown ID or a table not yet written", async () => {
    expect(await selectRow("CZ_Amounts", "amt-x")).toBe(false);
    await refreshTables(SEED);
    expect(await selectRow("CZ_Amounts", "amt-x")).toBe(false);
  });
});

describe("insertFormula", () => {
  it("puts the formula into the active cell as a formula", async () => {
    standIn.setEvaluator(czEvaluator(SEED));
    await Excel.run(async (ctx) => ctx.workbook.worksheets.getItem("Notes").getRange("C3").select());
    expect(await insertFormula('=CZ.COUNT("*")')).toBe("Notes!C3");
    expect(standIn.cell("Notes", "C3")).toMatchObject({
      formula: '=CZ.COUNT("*")',
      value: SEED.projects.length,
    });
  });

  it("turns a text-formatted cell back to General so the formula is not text", async () => {
    await Excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("Notes").getRange("D1");
      cell.numberFormat = [["@"]];
      cell.select();
    });
    await insertFormula("=1+2");
    expect(standIn.cell("Notes", "D1")).toMatchObject({ formula: "=1+2", value: 3, numberFormat: "General" });
  });

  it("keeps any other number format", async () => {
    await Excel.run(async (ctx) => {
      const cell = ctx.workbook.worksheets.getItem("Notes").getRange("D2");
      cell.numberFormat = [["0.00"]];
      cell.select();
    });
    await insertFormula("=1/3");
    expect(standIn.cell("Notes", "D2")).toMatchObject({ numberFormat: "0.00", text: "0.33" });
  });

  it("refuses text that is no formula", async () => {
    await expect(insertFormula('CZ.TOTAL("x")')).rejects.toThrow('must start with "="');
  });
});
