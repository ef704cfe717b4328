/**
 * The pane's workbook layer and its refresh flow against the Excel stand-in (test/excel-standin), with the
 * real src/excel code underneath: what a click in the pane does to a workbook.
 */
/// <reference types="office-js" />
import { type StandIn, installStandIn, uninstallStandIn } from "../../test/excel-standin";
import { seedDataset } from "../../test/seedFixture";
import { createLayers } from "../runtime/localLayers";
import { createDatasetStore } from "../core/datasetStore";
import { TABLE_NAMES } from "../core/tableLayouts";
import type { Dataset } from "../core/dataset";
import { setExcelRunner, workbookDoor } from "../excel";
import { createWorkbookWriter } from "../runtime/workbookWriter";
import {
  displayLanguage,
  enableLoadOnOpen,
  officeHostInfo,
  officeThemeColors,
  whenOfficeReady,
} from "../excel/startup";
import { downloadDataset, rememberDataset } from "../runtime/loadDataset";
import { PIVOT_SOURCES, defaultPivot, pivotChoices } from "./pivotChoices";
import { type RefreshDeps, type RefreshProgress, runRefresh } from "./refreshFlow";
import {
  RowNotFoundError,
  addStarterReport,
  createPivotTable,
  freezeValues,
  insertIntoSelectedCell,
  readLastRefresh,
  readSourceUrl,
  saveSourceUrl,
  selectAmountRow,
} from "./workbook";

const SEED = seedDataset();
let standIn: StandIn;

beforeEach(() => {
  setExcelRunner(null);
  standIn = installStandIn(globalThis, { sheets: ["Sheet1"] });
});
afterEach(() => uninstallStandIn(globalThis));

/** The pane's refresh over the stand-in: the real door, layers and writer; `serve` is the dataset downloaded. */
function refreshDeps(
  serve: Dataset = SEED,
  overrides: Partial<RefreshDeps> = {},
): RefreshDeps & { store: ReturnType<typeof createDatasetStore> } {
  const store = createDatasetStore();
  const layers = createLayers(store, (published) => ({
    dataset: published,
    merges: [],
    alreadyPublished: [],
  }));
  return {
    url: "https://localhost:3000/dataset.json",
    fetch: async () => ({ ok: true, status: 200, statusText: "OK", text: async () => JSON.stringify(serve) }),
    storage: null,
    download: downloadDataset,
    writer: createWorkbookWriter({
      door: workbookDoor,
      layers,
      now: () => new Date("2026-11-29T10:00:00.000Z"),
    }),
    remember: rememberDataset,
    enableLoadOnOpen,
    ...overrides,
    store,
  };
}

describe("a refresh from the pane", () => {
  test("writes the five tables, the marker, and sets the workbook to load on open", async () => {
    const deps = refreshDeps();
    const progress: RefreshProgress[] = [];
    const outcome = await runRefresh(deps, (p) => progress.push(p));
    expect(outcome).toMatchObject({ ok: true, version: SEED.version, warnings: [] });
    for (const table of TABLE_NAMES) expect(standIn.tableNames()).toContain(table);
    expect(standIn.table("CZ_Amounts")?.values).toHaveLength(SEED.amounts.length);
    expect(await readLastRefresh()).toEqual({ time: "2026-11-29T10:00:00.000Z", version: SEED.version });
    expect(standIn.officeCalls.startupBehavior).toBe("Load");
    expect(deps.store.getState().status).toBe("ready");
    const tables = new Set(progress.flatMap((p) => (p.step.kind === "table" ? [p.step.table] : [])));
    expect([...tables]).toEqual([...TABLE_NAMES]);
  });

  test("a sync failing inside a table: the workbook is put back to the previous dataset, and says so", async () => {
    const older = { ...SEED, version: "older", amounts: SEED.amounts.slice(2) };
    const deps = refreshDeps(older);
    await runRefresh(deps, () => undefined);
    deps.fetch = async () => ({
      ok: true,
      status: 200,
      statusText: "OK",
      text: async () => JSON.stringify(SEED),
    });
    // The write of CZ_Amounts' body fails, its first commands applied (tables may share a request).
    standIn.failSyncMatching('"CZ_Amounts"[\\s\\S]*"m":"values"', { appliedCommands: 3 });
    const outcome = await runRefresh(deps, () => undefined);
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.failure.step !== "workbook") throw new Error("expected a workbook failure");
    expect(outcome.failure.workbook).toBe("restored");
    expect(outcome.failure.table?.split(" / ")).toContain("CZ_Amounts");
    expect(standIn.table("CZ_Amounts")?.values).toHaveLength(older.amounts.length);
    const state = deps.store.getState();
    expect(state.status === "ready" && state.engine.dataset.version).toBe("older");
  });

  test("a pivot made in the pane is refreshed by the next refresh", async () => {
    await runRefresh(refreshDeps(), () => undefined);
    await createPivotTable(defaultPivot("CZ_Amounts"));
    standIn.resetCounters();
    const progress: RefreshProgress[] = [];
    await runRefresh(refreshDeps(), (p) => progress.push(p));
    expect(progress.some((p) => p.step.kind === "pivots")).toBe(true);
    expect(standIn.pivots()[0]?.refreshCount).toBeGreaterThan(0);
  });
});

describe("pane actions on the workbook", () => {
  beforeEach(async () => {
    await runRefresh(refreshDeps(), () => undefined);
  });

  test("a quality item selects its row of CZ_Amounts", async () => {
    const amount = SEED.amounts.find((a) => a.qualifier === "garbled")!;
    await selectAmountRow(amount.id);
    expect(standIn.activeSheet()).toBe("CZ_Amounts");
    const row = SEED.amounts.indexOf(amount) + 2;
    expect(standIn.selection()).toMatch(new RegExp(`^CZ_Amounts!A${row}:[A-Z]+${row}$`));
  });

  test("a figure with no row rejects with RowNotFoundError", async () =>
    expect(selectAmountRow("amt-missing")).rejects.toBeInstanceOf(RowNotFoundError));

  test("a formula goes into the selected cell, and its address comes back", async () => {
    await Excel.run(async (ctx) => ctx.workbook.worksheets.getItem("Sheet1").getRange("B2").select());
    expect(await insertIntoSelectedCell('=CZ.TOTAL("新能源","金坛")')).toBe("Sheet1!B2");
    expect(standIn.cell("Sheet1", "B2").formula).toBe('=CZ.TOTAL("新能源","金坛")');
  });

  test.each(
    PIVOT_SOURCES.flatMap((source) => pivotChoices(source).values.map((value) => [source, value] as const)),
  )("a %s PivotTable with %j is created", async (source, value) => {
    const sheet = await createPivotTable({ ...defaultPivot(source), values: [value] });
    const pivot = standIn.pivots().find((p) => p.sheet === sheet);
    expect(pivot?.values[0]?.summarizeBy).toBe(value.kind === "sum" ? "Sum" : "Count");
  });

  test.each(["sectorDistrictGrid", "projectsByYearStage", "largestProjects"] as const)(
    "the starter report %s adds a sheet",
    async (kind) => {
      const sheet = await addStarterReport(kind, SEED);
      expect(standIn.sheetNames()).toContain(sheet);
    },
  );

  test("freezing a sheet without CZ formulas changes nothing", async () => {
    await Excel.run(async (ctx) => ctx.workbook.worksheets.getItem("Sheet1").activate());
    expect(await freezeValues("sheet", SEED.version)).toMatchObject({ formulas: 0 });
  });
});

describe("the data source URL", () => {
  test("is saved with the workbook and read back; null returns to the default", async () => {
    expect(await readSourceUrl()).toBeNull();
    await saveSourceUrl("https://data.example.org/cz.json");
    expect(await readSourceUrl()).toBe("https://data.example.org/cz.json");
    await saveSourceUrl(null);
    expect(await readSourceUrl()).toBeNull();
  });
});

describe("startup helpers", () => {
  test("language, host facts and readiness come from Office", async () => {
    expect(displayLanguage()).toBe("zh-CN");
    expect(officeHostInfo()).toEqual({
      host: "Excel",
      platform: "OfficeOnline",
      version: "16.0.0.0 (stand-in)",
    });
    expect((await whenOfficeReady()).host).toBe("Excel");
  });

  test("Excel on the web has no Office theme: the pane follows the system", () =>
    expect(officeThemeColors()).toEqual({ isDark: null, bodyBackgroundColor: null }));

  test("desktop Excel's theme is read", () => {
    installStandIn(globalThis, { platform: "PC" });
    expect(officeThemeColors()).toEqual({ isDark: false, bodyBackgroundColor: "#FFFFFF" });
  });

  test("outside Office every helper answers without throwing", async () => {
    uninstallStandIn(globalThis);
    expect(displayLanguage()).toBeNull();
    expect(await enableLoadOnOpen()).toBe(false);
    expect(officeHostInfo()).toEqual({ host: null, platform: null, version: null });
    expect(await whenOfficeReady()).toEqual({ host: null, platform: null, version: null });
  });
});
