/// <reference types="office-js" />
import type { StandIn } from "../../test/excel-standin";
import { layoutOf, rowsOf } from "../core/tableLayouts";
import { createPivot, pivotProblems } from "./pivots";
import { SEED, freshWorkbook } from "../../test/excelKit";
import { refreshTables } from "./writeTables";

let standIn: StandIn;
beforeEach(async () => {
  standIn = freshWorkbook();
  await refreshTables(SEED);
  standIn.resetCounters();
});

describe("createPivot", () => {
  it("builds a PivotTable on a new sheet from CZ_Amounts, sums Low by sector and district, and activates it", async () => {
    const result = await createPivot({
      source: "CZ_Amounts",
      rows: ["Sector L1", "Sector L2"],
      columns: ["District"],
      values: { field: "Low" },
    });
    expect(result).toEqual({ sheetName: "Amounts pivot", pivotName: "CZ_Pivot_Amounts_1" });
    expect(standIn.activeSheet()).toBe("Amounts pivot");
    const [pivot] = standIn.pivots();
    expect(pivot).toMatchObject({
      name: "CZ_Pivot_Amounts_1",
      sheet: "Amounts pivot",
      source: "CZ_Amounts",
      rows: ["Sector L1", "Sector L2"],
      columns: ["District"],
      values: [{ field: "Low", summarizeBy: "Sum" }],
    });
    const layout = layoutOf("CZ_Amounts");
    const at = (h: string) => layout.columns.findIndex((c) => c.header === h);
    const expected = rowsOf(layout, SEED)
      .filter(
        (r) =>
          r[at("Sector L1")] === "新能源" && r[at("Sector L2")] === "热电" && r[at("District")] === "金坛区",
      )
      .reduce((sum, r) => sum + ((r[at("Low")] as number | null) ?? 0), 0);
    expect(expected).toBeGreaterThan(0);
    expect(pivot!.shown!.totals["新能源 / 热电 | 金坛区 | Sum of Low"]).toBeCloseTo(expected);
    expect(standIn.syncCount).toBe(2);
  });

  it("counts a text field, numbers the next sheet and pivot, and honours a sheet name", async () => {
    await createPivot({ source: "CZ_Projects", rows: ["Stage"], columns: [], values: { field: "ID" } });
    const second = await createPivot({
      source: "CZ_Projects",
      rows: ["District"],
      columns: [],
      values: { field: "ID", summarizeBy: "Count" },
      sheetName: "By district: all?",
    });
    expect(second).toEqual({ sheetName: "By district  all", pivotName: "CZ_Pivot_Projects_2" });
    expect(standIn.pivots().map((p) => p.values[0]!.summarizeBy)).toEqual(["Count", "Count"]);
    expect(standIn.settings()["CZ.pivots"]).toEqual(["CZ_Pivot_Projects_1", "CZ_Pivot_Projects_2"]);
  });

  it("refuses unknown or doubled fields and a sum of text before asking Excel", async () => {
    expect(
      pivotProblems({
        source: "CZ_Amounts",
        rows: ["Sectr", "District"],
        columns: ["District"],
        values: { field: "Unit", summarizeBy: "Sum" },
      }),
    ).toEqual([
      "CZ_Amounts has no column 'Sectr'",
      "'District' is used twice",
      "'Unit' holds text: it can be counted, not summed",
    ]);
    await expect(
      createPivot({ source: "CZ_Amounts", rows: ["Sectr"], columns: [], values: { field: "Low" } }),
    ).rejects.toThrow("no column 'Sectr'");
    expect(standIn.syncCount).toBe(0);
  });

  it("says to refresh first when the table is not there", async () => {
    freshWorkbook();
    await expect(
      createPivot({ source: "CZ_Amounts", rows: ["District"], columns: [], values: { field: "Low" } }),
    ).rejects.toThrow("refresh the data first");
  });
});
