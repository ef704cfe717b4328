/// <reference types="office-js" />
/** Syncs do not grow with rows (only chunks do), and no request passes Excel on the web's 5 MB. */
import { validateDataset } from "../core/validate";
import { generateDataset } from "../../test/fixtures/generateDataset";
import { edited, freshWorkbook } from "../../test/excelKit";
import { DEFAULT_MAX_PAYLOAD_BYTES } from "./tableBody";
import { refreshTables } from "./writeTables";

describe("generateDataset (the fixture these tests and the benchmarks run on)", () => {
  it.each([0, 1, 100, 3000])("gives a valid dataset of %d projects", (projects) => {
    const d = generateDataset({ projects, seed: 7 });
    const result = validateDataset(d);
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    expect(d.projects).toHaveLength(projects);
  });

  it("is deterministic and depends on the seed", () => {
    const a = JSON.stringify(generateDataset({ projects: 200, seed: 1 }));
    expect(JSON.stringify(generateDataset({ projects: 200, seed: 1 }))).toBe(a);
    expect(JSON.stringify(generateDataset({ projects: 200, seed: 2 }))).not.toBe(a);
  });

  it("mixes qualifiers, units, partial dates and missing places like real news", () => {
    const d = generateDataset({ projects: 2000, seed: 1 });
    expect([...new Set(d.amounts.map((a) => a.qualifier))].sort()).toEqual([
      "about",
      "exact",
      "garbled",
      "over",
      "range",
      "restored",
      "under",
    ]);
    expect(new Set(d.amounts.map((a) => a.unit)).size).toBeGreaterThan(2);
    expect(d.amounts.some((a) => a.text.includes("?"))).toBe(true);
    const precisions = new Set(d.projects.map((p) => (p.date === null ? 0 : p.date.length)));
    expect([...precisions].sort()).toEqual([0, 10, 4, 7]);
    expect(d.projects.some((p) => p.placeId === null)).toBe(true);
    expect(d.amounts.length / d.projects.length).toBeGreaterThan(1.2);
  });
});

describe("refresh cost", () => {
  const small = generateDataset({ projects: 100, seed: 1 });
  const large = generateDataset({ projects: 5000, seed: 1 });

  it("takes as many syncs for 5000 projects as for 100 when the budget holds a whole table", async () => {
    const budget = { maxPayloadBytes: 1e9 };
    freshWorkbook({ payloadLimitBytes: 1e9 });
    const a = await refreshTables(small, budget);
    freshWorkbook({ payloadLimitBytes: 1e9 });
    const b = await refreshTables(large, budget);
    expect(b.syncs).toBe(a.syncs);
    expect(b.tables.map((t) => t.syncs)).toEqual([1, 1, 1, 1, 1]);
  });

  it("adds only the chunks the byte budget needs, each request within it", async () => {
    const budget = { maxPayloadBytes: 1_000_000 };
    freshWorkbook();
    const a = await refreshTables(small, budget);
    const standIn = freshWorkbook();
    const b = await refreshTables(large, budget);
    const sent = standIn.syncs.reduce((sum, s) => sum + s.requestBytes, 0);
    // A table takes one sync, and another only when its next rows would pass the budget.
    expect(b.syncs).toBeGreaterThan(a.syncs);
    expect(b.syncs - a.syncs).toBeLessThanOrEqual(Math.ceil(sent / 1_000_000));
    expect(b.largestPayloadBytes).toBeLessThanOrEqual(1_000_000);
    // Counted as the stand-in counts a request (UTF-8 of its commands as JSON), not only as we estimated it.
    expect(standIn.largestRequestBytes()).toBeLessThanOrEqual(1_000_000);
  });

  it("packs requests close to the budget, tables sharing them: at most ceil(MiB / 4) + 3 syncs", async () => {
    const standIn = freshWorkbook();
    const report = await refreshTables(large);
    const sent = standIn.syncs.reduce((sum, s) => sum + s.requestBytes, 0);
    const mib = sent / 1024 / 1024;
    expect(report.syncs).toBeLessThanOrEqual(Math.ceil(mib / 4) + 3);
    expect(report.writes.some((tables) => tables.length > 1)).toBe(true);
    // Every request but the last fills most of the budget, and none passes it or the host's 5 MB.
    const requests = standIn.syncs.map((s) => s.requestBytes).slice(1, -1);
    for (const bytes of requests) expect(bytes).toBeGreaterThan(DEFAULT_MAX_PAYLOAD_BYTES * 0.85);
    expect(standIn.largestRequestBytes()).toBeLessThanOrEqual(DEFAULT_MAX_PAYLOAD_BYTES);
  });

  it("refreshes 5000 projects in place in a few syncs, each under 5 MB", async () => {
    const standIn = freshWorkbook();
    await refreshTables(large);
    standIn.resetCounters();
    const b = await refreshTables(edited(large, (d) => d.projects.reverse()));
    expect(b.syncs).toBeLessThan(15);
    expect(standIn.largestRequestBytes()).toBeLessThan(5_000_000);
    expect(standIn.syncs.every((s) => s.responseBytes < 5_000_000)).toBe(true);
  });

  it("reads IDs and user columns in blocks whose answers stay within the budget, and still matches by id", async () => {
    const budget = { maxPayloadBytes: 100_000 };
    const standIn = freshWorkbook();
    await refreshTables(large, budget);
    // A user's column, typed against one project's row, must follow that project through a reordering.
    const view = standIn.table("CZ_Projects")!;
    const target = String(view.values[123]![0]);
    await Excel.run(async (context) => {
      const table = context.workbook.tables.getItem("CZ_Projects");
      table.columns.add(undefined, undefined, "Analyst note");
      await context.sync();
      const column = table.columns.getItem("Analyst note").getDataBodyRange();
      column.getCell(123, 0).values = [["watch"]];
      await context.sync();
    });
    standIn.resetCounters();
    await refreshTables(
      edited(large, (d) => d.projects.reverse()),
      budget,
    );
    const responses = standIn.syncs.map((s) => s.responseBytes);
    expect(Math.max(...responses)).toBeLessThanOrEqual(100_000);
    expect(responses.filter((bytes) => bytes > 10_000).length).toBeGreaterThan(2);
    const after = standIn.table("CZ_Projects")!;
    const note = after.headers.indexOf("Analyst note");
    const row = after.values.find((r) => r[0] === target)!;
    expect(row[note]).toBe("watch");
  });
});
