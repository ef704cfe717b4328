/// <reference types="office-js" />
/** Refreshing into an empty workbook: tables, headers, types, number formats, text that stays text. */
import { TABLE_LAYOUTS, excelSerial, layoutOf } from "../core/tableLayouts";
import { SEED, edited, freshWorkbook, records } from "../../test/excelKit";
import { refreshTables } from "./writeTables";
import type { StandIn } from "../../test/excel-standin";

let standIn: StandIn;
beforeEach(() => {
  standIn = freshWorkbook();
});

describe("refreshTables into an empty workbook", () => {
  it("creates the five tables, each on its own sheet, headers as in the layouts", async () => {
    const report = await refreshTables(SEED);
    expect(standIn.tableNames()).toEqual(TABLE_LAYOUTS.map((l) => l.table));
    for (const layout of TABLE_LAYOUTS) {
      const view = standIn.table(layout.table)!;
      expect(view.sheet).toBe(layout.sheet);
      expect(view.address.startsWith(`${layout.sheet}!A1:`)).toBe(true);
      expect(view.headers).toEqual(layout.columns.map((c) => c.header));
      expect(standIn.frozenRows(layout.sheet)).toBe(1);
    }
    expect(report.tables.map((t) => [t.name, t.rows, t.created])).toEqual([
      ["CZ_Projects", SEED.projects.length, true],
      ["CZ_Amounts", SEED.amounts.length, true],
      ["CZ_Organizations", SEED.organizations.length, true],
      ["CZ_Events", SEED.events.length, true],
      ["CZ_Sources", SEED.sources.length, true],
    ]);
  });

  it("writes numbers as numbers, dates as date serials and empty as empty", async () => {
    await refreshTables(SEED);
    const row = records(standIn, "CZ_Amounts").find((r) => r["Figure (as written)"] === "计划总投?0亿元")!;
    expect(row).toMatchObject({
      Low: 10,
      High: 90,
      Mid: 50,
      Year: 2017,
      Date: excelSerial("2017"),
      Park: "",
    });
    const project = records(standIn, "CZ_Projects").find(
      (r) => r["Project"] === "常州健康医疗大数据中心运营平台",
    )!;
    expect(project).toMatchObject({ Date: 43221, "Date (as written)": "2018-05", "Date precision": "month" });
  });

  it("sets every column's number format and shows dates and amounts through it", async () => {
    await refreshTables(SEED);
    for (const layout of TABLE_LAYOUTS) {
      const view = standIn.table(layout.table)!;
      for (const row of view.numberFormats) expect(row).toEqual(layout.columns.map((c) => c.numberFormat));
    }
    const view = standIn.table("CZ_Projects")!;
    const at = (header: string) => view.headers.indexOf(header);
    const shown = view.text.find((r) => r[at("Date (as written)")] === "2018-05")!;
    expect(shown[at("Date")]).toBe("2018-05-01");
    const amounts = standIn.table("CZ_Amounts")!;
    const low = amounts.headers.indexOf("Low");
    expect(amounts.text.map((r) => r[low])).toContain("1.38");
  });

  it("keeps formula-like strings as text: =1+1, +86, -x, @foo and 0012 are never formulas", async () => {
    const hostile = ["=1+1", "+86 519 8888", "-x", "@foo", "0012", "2018-05", '=HYPERLINK("http://x")'];
    const d = edited(SEED, (c) => hostile.forEach((name, i) => (c.projects[i]!.name = name)));
    await refreshTables(d);
    const view = standIn.table("CZ_Projects")!;
    const col = view.headers.indexOf("Project");
    const names = view.formulas.slice(0, hostile.length).map((r) => r[col]);
    expect(names).toEqual(hostile);
    expect(view.values.slice(0, hostile.length).map((r) => r[col])).toEqual(hostile);
  });

  it("writes an empty section as a table with one empty row", async () => {
    await refreshTables(edited(SEED, (c) => (c.events = [])));
    const view = standIn.table("CZ_Events")!;
    expect(view.values).toEqual([layoutOf("CZ_Events").columns.map(() => "")]);
  });

  it("touches nothing outside the CZ sheets", async () => {
    const before = standIn.snapshot(["Notes"]);
    await refreshTables(SEED);
    expect(standIn.snapshot(["Notes"])).toEqual(before);
  });

  it("suspends screen updating once and calculation in each write sync but the last, which recalculates", async () => {
    const steps: [string, number, number][] = [];
    const report = await refreshTables(SEED, { onProgress: (s) => steps.push([s.table, s.done, s.total]) });
    const reads = 1;
    expect(standIn.calls.suspendScreenUpdating).toBe(1);
    expect(standIn.calls.suspendApiCalculation).toBe(report.syncs - reads - 1);
    expect(standIn.calls.calculate).toEqual(["Recalculate"]);
    expect(steps).toContainEqual(["CZ_Amounts", SEED.amounts.length, SEED.amounts.length]);
    expect(report.syncs).toBe(standIn.syncCount);
  });

  it("refreshes the seed in 2 syncs into an empty workbook and 4 in place", async () => {
    // One read, then the five small tables in one request; in place: workbook state, table geometry, the IDs
    // and user columns, then the one write.
    const first = await refreshTables(SEED);
    const second = await refreshTables(SEED);
    expect([first.syncs, second.syncs]).toEqual([2, 4]);
    expect(first.writes).toEqual([
      ["CZ_Projects", "CZ_Amounts", "CZ_Organizations", "CZ_Events", "CZ_Sources"],
    ]);
    expect(standIn.syncCount).toBe(6);
  });

  it("estimates each sync's request at or above what the stand-in measured, under the budget", async () => {
    const report = await refreshTables(SEED);
    expect(report.largestPayloadBytes).toBeGreaterThanOrEqual(standIn.largestRequestBytes() * 0.8);
    expect(standIn.largestRequestBytes()).toBeLessThan(4_000_000);
  });
});
