/**
 * The writes that add to the workbook — a starter report, a PivotTable from the builder, freeze as values — under
 * the same rule as the data writes: each is run once to count its syncs n, then with sync k failing for every
 * k = 1 … n (none, half or all of the failing sync's commands applied), and the workbook must be exactly as
 * before the write or exactly as after it. Then with Excel gone from sync k on, followed by what the start-up
 * does (undoPendingWrites): the same. Only a failure whose every command was applied (its answer lost) at the
 * last sync leaves the write done; every other one leaves the workbook as before.
 */
/// <reference types="office-js" />
import type { StandIn } from "../../test/excel-standin";
import { SEED, czEvaluator, freshWorkbook } from "../../test/excelKit";
import { freezeAsValues } from "./freeze";
import { createPivot } from "./pivots";
import { insertStarterReport } from "./starterReports";
import { undoPendingWrites } from "./undoPending";
import { refreshTables } from "./writeTables";

jest.setTimeout(120_000);

let standIn: StandIn;

/** A workbook with the CZ tables, a PivotTable of its own, and a report sheet of CZ formulas (one spilling). */
async function workbook(): Promise<StandIn> {
  standIn = freshWorkbook();
  standIn.setEvaluator(czEvaluator(SEED));
  await refreshTables(SEED);
  await createPivot({ source: "CZ_Amounts", rows: ["District"], columns: [], values: { field: "Low" } });
  await Excel.run(async (ctx) => {
    const report = ctx.workbook.worksheets.add("Report");
    report.getRange("A1:C1").formulas = [['=CZ.TOTAL("新能源")', "=SUM(1,2)", '=CZ.TOTAL("新能源","金坛")']];
    report.getRange("A3").formulas = [['=CZ.PROJECTS("新能源",,"name,stage")']];
    report.getRange("E1:E3").formulas = [['=CZ.COUNT("*")'], ['=CZ.SOURCE("prj-44c8181feb")'], ["=E1*2"]];
    report.activate();
  });
  standIn.resetCounters();
  return standIn;
}

/** JSON with every object's keys sorted: cells rewritten in another order are the same workbook. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object")
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(",")}}`;
  return JSON.stringify(value) ?? "undefined";
}

const snapshot = () => canonical(standIn.snapshot());

const WRITES: [string, () => Promise<unknown>][] = [
  ["a starter report", () => insertStarterReport("sectorDistrictGrid", SEED)],
  [
    "a PivotTable from the builder",
    () =>
      createPivot({
        source: "CZ_Projects",
        rows: ["Sector L1"],
        columns: ["District"],
        values: { field: "Investment Low" },
      }),
  ],
  // A small budget makes the freeze write in several syncs, as a large one does under the 4 MB budget.
  [
    "freeze as values (several syncs)",
    () => freezeAsValues("sheet", SEED.version, { maxPayloadBytes: 200, now: () => new Date(0) }),
  ],
];

describe.each(WRITES)("%s", (_name, write) => {
  let n = 0;
  let commands: number[] = [];
  let before = "";
  let after = "";

  beforeAll(async () => {
    await workbook();
    before = snapshot();
    await write();
    n = standIn.syncCount;
    commands = standIn.syncs.map((s) => s.commands);
    after = snapshot();
  });

  const state = () => (snapshot() === before ? "before" : snapshot() === after ? "after" : "a mix");

  test("changes the workbook", () => {
    expect(before).not.toBe(after);
    expect(n).toBeGreaterThanOrEqual(2);
  });

  test("a failure at each sync k = 1 … n leaves the workbook before or after, never a mix", async () => {
    for (let k = 1; k <= n; k++)
      for (const applied of [...new Set([0, Math.floor(commands[k - 1]! / 2), commands[k - 1]!])]) {
        await workbook();
        standIn.failSyncAt(k, { appliedCommands: applied });
        const failed = await write().then(
          () => false,
          () => true,
        );
        // All commands applied and only the answer lost: the write is whole (after); else it is undone.
        const expected = applied === commands[k - 1] && k === n ? "after" : "before";
        expect({ k, applied, failed, state: state() }).toEqual({ k, applied, failed: true, state: expected });
      }
  });

  test("Excel gone from sync k on, then the start-up's undo: before or after, never a mix", async () => {
    for (let k = 1; k <= n; k++)
      for (const applied of [0, commands[k - 1]!]) {
        await workbook();
        for (let j = k; j <= k + 30; j++) standIn.failSyncAt(j, { appliedCommands: j === k ? applied : 0 });
        await write().catch(() => undefined);
        standIn.resetCounters();
        await undoPendingWrites();
        const expected = applied === commands[k - 1] && k === n ? "after" : "before";
        expect({ k, applied, state: state() }).toEqual({ k, applied, state: expected });
        // Undoing again (a second start-up) changes nothing.
        await undoPendingWrites();
        expect(state()).toBe(expected);
      }
  });
});
