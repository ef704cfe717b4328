/// <reference types="office-js" />
/** Refreshing over an older dataset: same table objects, user columns kept by ID, PivotTables refreshed. */
import { layoutOf, rowsOf } from "../core/tableLayouts";
import type { Dataset } from "../core/dataset";
import type { StandIn } from "../../test/excel-standin";
import { createPivot } from "./pivots";
import { SEED, edited, freshWorkbook, records } from "../../test/excelKit";
import { refreshTables } from "./writeTables";

/** The older dataset: two figures the new one drops, and without three the new one adds. */
const dropped = SEED.amounts.slice(0, 3).map((a) => a.id);
const OLDER = edited(SEED, (d) => {
  d.amounts = d.amounts.filter((a) => !dropped.includes(a.id));
  d.amounts.push(
    { ...d.amounts[0]!, id: "amt-gone-1", text: "总投资1亿元" },
    { ...d.amounts[1]!, id: "amt-gone-2", text: "总投资2亿元" },
  );
  d.amounts[4]!.low = 999;
});
/** The newer one lists its figures in another order too. */
const NEWER = edited(SEED, (d) => d.amounts.reverse());

async function addUserColumns(): Promise<Map<string, string>> {
  const checked = new Map<string, string>();
  await Excel.run(async (ctx) => {
    const t = ctx.workbook.tables.getItem("CZ_Amounts");
    const ids = t.columns.getItem("ID").getDataBodyRange().load("values");
    await ctx.sync();
    const typed = ids.values.map(([id], i) => {
      const v = i % 3 === 0 ? `checked ${String(id)}` : i % 3 === 1 ? "" : String(i * 10);
      if (v) checked.set(String(id), v);
      return [v];
    });
    t.columns.add(undefined, typed, "Checked");
    t.columns.add(
      undefined,
      ids.values.map(() => ["=[@Low]*2"]),
      "Low x2",
    );
  });
  return checked;
}

let standIn: StandIn;
beforeEach(() => {
  standIn = freshWorkbook();
});

describe("refreshTables over an older dataset", () => {
  it("rewrites the CZ columns with the new data, every ID once", async () => {
    await refreshTables(OLDER);
    const report = await refreshTables(NEWER);
    const got = records(standIn, "CZ_Amounts");
    const layout = layoutOf("CZ_Amounts");
    const expected = rowsOf(layout, NEWER).map((r) =>
      Object.fromEntries(layout.columns.map((c, i) => [c.header, r[i] ?? ""])),
    );
    const byId = (rows: Record<string, unknown>[]) =>
      [...rows].sort((a, b) => String(a["ID"]).localeCompare(String(b["ID"])));
    expect(byId(got)).toEqual(byId(expected));
    expect(report.tables.find((t) => t.name === "CZ_Amounts")).toMatchObject({
      created: false,
      added: 3,
      removed: 2,
    });
  });

  it("keeps rows in place and appends new IDs in dataset order (a user's sort survives)", async () => {
    await refreshTables(OLDER);
    // The user sorts the table: its rows come back in another order.
    await Excel.run(async (ctx) => {
      const body = ctx.workbook.tables.getItem("CZ_Amounts").getDataBodyRange().load("values");
      await ctx.sync();
      body.values = [...body.values].reverse();
    });
    const before = records(standIn, "CZ_Amounts").map((r) => r["ID"]);
    expect(before[0]).toBe(OLDER.amounts[OLDER.amounts.length - 1]!.id);
    await refreshTables(NEWER);
    const after = records(standIn, "CZ_Amounts").map((r) => r["ID"]);
    const kept = before.filter((id) => !String(id).startsWith("amt-gone"));
    expect(after.slice(0, kept.length)).toEqual(kept);
    expect(after.slice(kept.length)).toEqual(
      NEWER.amounts.map((a) => a.id).filter((id) => dropped.includes(id)),
    );
  });

  it("typed values in a user column follow their ID; removed IDs take theirs away; new rows start empty", async () => {
    await refreshTables(OLDER);
    const checked = await addUserColumns();
    await refreshTables(NEWER);
    const rows = records(standIn, "CZ_Amounts");
    expect(standIn.table("CZ_Amounts")!.headers.slice(-2)).toEqual(["Checked", "Low x2"]);
    for (const row of rows) {
      const id = String(row["ID"]);
      const typed = checked.get(id);
      expect([id, row["Checked"]]).toEqual([
        id,
        typed === undefined ? "" : /^\d+$/.test(typed) ? Number(typed) : typed,
      ]);
    }
    expect(rows.some((r) => String(r["ID"]).startsWith("amt-gone"))).toBe(false);
  });

  it("a calculated user column fills down into new rows", async () => {
    await refreshTables(OLDER);
    await addUserColumns();
    await refreshTables(NEWER);
    const view = standIn.table("CZ_Amounts")!;
    const at = view.headers.indexOf("Low x2");
    expect(view.formulas.map((r) => r[at])).toEqual(view.formulas.map(() => "=[@Low]*2"));
  });

  it("keeps the PivotTable on the table and refreshes it with the new rows", async () => {
    await refreshTables(OLDER);
    await createPivot({ source: "CZ_Amounts", rows: ["Sector L1"], columns: [], values: { field: "Low" } });
    const report = await refreshTables(NEWER);
    const [pivot] = standIn.pivots();
    expect(report.pivotsRefreshed).toEqual([pivot!.name]);
    expect(pivot).toMatchObject({
      source: "CZ_Amounts",
      refreshCount: 1,
      shown: { sourceRows: NEWER.amounts.length },
    });
    const energy = NEWER.amounts
      .filter((a) =>
        NEWER.projects.find((p) => p.id === a.projectId)?.sectorId?.match(/cogeneration|batteries|solar/),
      )
      .reduce((s, a) => s + (a.low ?? 0), 0);
    expect(pivot!.shown!.totals["新能源 |  | Sum of Low"]).toBeCloseTo(energy);
  });

  it("a PivotTable the user made on a CZ table is refreshed too; one on their own data is not", async () => {
    await refreshTables(OLDER);
    await Excel.run(async (ctx) => {
      const notes = ctx.workbook.worksheets.getItem("Notes");
      notes.getRange("D1:E2").values = [
        ["k", "v"],
        ["a", 1],
      ];
      notes.tables.add("Notes!D1:E2", true).name = "Mine";
      ctx.workbook.pivotTables.add("UserPivot", "CZ_Projects", "Notes!H1");
      ctx.workbook.pivotTables.add("OtherPivot", "Mine", "Notes!H20");
    });
    const report = await refreshTables(NEWER);
    expect(report.pivotsRefreshed).toEqual(["UserPivot"]);
    expect(standIn.pivots().map((p) => [p.name, p.refreshCount])).toEqual([
      ["UserPivot", 1],
      ["OtherPivot", 0],
    ]);
  });

  it("puts back a CZ column the user deleted, at the right end, and keeps the table", async () => {
    await refreshTables(OLDER);
    await Excel.run(async (ctx) => {
      ctx.workbook.tables.getItem("CZ_Projects").columns.getItem("Stage").delete();
    });
    await refreshTables(NEWER);
    const view = standIn.table("CZ_Projects")!;
    expect(view.headers[view.headers.length - 1]).toBe("Stage");
    const byId = new Map(records(standIn, "CZ_Projects").map((r) => [r["ID"], r["Stage"]]));
    for (const p of NEWER.projects) expect(byId.get(p.id)).toBe(p.stage ?? "");
  });

  it("refreshing the same dataset twice changes nothing", async () => {
    await refreshTables(NEWER);
    const once = standIn.snapshot();
    await refreshTables(NEWER);
    expect(standIn.snapshot()).toEqual(once);
  });

  it("a dataset emptied of figures leaves one blank row: typed user cells emptied, calculated ones kept", async () => {
    await refreshTables(OLDER);
    await addUserColumns();
    await refreshTables(edited(NEWER, (d: Dataset) => (d.amounts = [])));
    const view = standIn.table("CZ_Amounts")!;
    expect(view.values).toEqual([view.headers.map((h) => (h === "Low x2" ? "#NAME?" : ""))]);
  });
});

describe("on a host without Table.resize (ExcelApi 1.12)", () => {
  beforeEach(() => {
    standIn = freshWorkbook({ apiVersion: "1.12" });
  });

  it("grows tables by adding rows, and gives the same tables as a newer host", async () => {
    await refreshTables(OLDER);
    await refreshTables(NEWER);
    const old = standIn.snapshot();
    standIn = freshWorkbook();
    await refreshTables(OLDER);
    await refreshTables(NEWER);
    expect(standIn.snapshot()).toEqual(old);
  });

  it("refreshes the PivotTables createPivot made (no getDataSourceString before ExcelApi 1.15)", async () => {
    await refreshTables(OLDER);
    const { pivotName } = await createPivot({
      source: "CZ_Projects",
      rows: ["District"],
      columns: [],
      values: { field: "ID" },
    });
    const report = await refreshTables(NEWER);
    expect(report.pivotsRefreshed).toEqual([pivotName]);
    expect(standIn.pivots()[0]).toMatchObject({ refreshCount: 1, values: [{ summarizeBy: "Count" }] });
  });
});
