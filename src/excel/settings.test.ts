/// <reference types="office-js" />
import type { StandIn } from "../../test/excel-standin";
import { lastRefreshFormula, readDataSourceUrl, readLastRefresh, writeDataSourceUrl } from "./settings";
import { SEED, freshWorkbook } from "../../test/excelKit";
import { refreshTables } from "./writeTables";

/** The marker as a table write leaves it: in the last sync, with the stamp. */
const writeLastRefresh = (marker: { time: string; version: string }) =>
  refreshTables(SEED, {
    stamp: { tables: { version: marker.version, published: marker.version, additions: "none" }, marker },
  });

let standIn: StandIn;
beforeEach(() => {
  standIn = freshWorkbook();
});

describe("the last-refresh marker", () => {
  it("is a workbook name holding 'time | version' and a setting, written with the tables' last sync", async () => {
    await writeLastRefresh({ time: "2026-11-29T10:00:00.000Z", version: "3b7d0c2ecf68fe9d" });
    expect(standIn.names()).toEqual([
      {
        name: "CZ_LastRefresh",
        formula: '="2026-11-29T10:00:00.000Z | 3b7d0c2ecf68fe9d"',
        type: "String",
        value: "2026-11-29T10:00:00.000Z | 3b7d0c2ecf68fe9d",
      },
    ]);
    expect(await readLastRefresh()).toEqual({
      time: "2026-11-29T10:00:00.000Z",
      version: "3b7d0c2ecf68fe9d",
    });
    // The last sync holds the marker and the stamp; the journal entry set in the first is gone.
    expect(standIn.settings()).toMatchObject({
      "CZ.tables": { version: "3b7d0c2ecf68fe9d", published: "3b7d0c2ecf68fe9d", additions: "none" },
    });
    expect(Object.keys(standIn.settings())).not.toContain("CZ.pending.data");
  });

  it("is rewritten by the next refresh, not added twice", async () => {
    await writeLastRefresh({ time: "t1", version: "v1" });
    await writeLastRefresh({ time: "t2", version: 'v"2' });
    expect(standIn.names().map((n) => n.value)).toEqual(['t2 | v"2']);
    expect(lastRefreshFormula({ time: "t", version: 'a"b' })).toBe('="t | a""b"');
  });

  it("reads as null in a workbook never refreshed", async () => {
    expect(await readLastRefresh()).toBeNull();
  });
});

describe("the data source URL", () => {
  it("is saved in the workbook's settings and read back; null goes back to the default", async () => {
    expect(await readDataSourceUrl()).toBeNull();
    await writeDataSourceUrl("https://data.example.org/cz/dataset.json");
    expect(await readDataSourceUrl()).toBe("https://data.example.org/cz/dataset.json");
    expect(Office.context.document.settings.get("CZ.dataSourceUrl")).toBe(
      "https://data.example.org/cz/dataset.json",
    );
    await writeDataSourceUrl(null);
    expect(await readDataSourceUrl()).toBeNull();
  });
});
