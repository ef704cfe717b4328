import { NotInExcelError } from "../excel/runExcel";
import type { Dataset } from "../core/dataset";
import { createDatasetStore } from "../core/datasetStore";
import type { Addition } from "../ingest/additions/types";
import { type LayerFunction, createLayers } from "../runtime/localLayers";
import { DatasetLoadError, downloadDataset } from "../runtime/loadDataset";
import { tinyDataset } from "../../test/fixtures/tinyDataset";
import {
  type RefreshDeps,
  type RefreshProgress,
  describeFailure,
  runRefresh,
  tableProgress,
  workbookFraction,
} from "./refreshFlow";

class TableError extends Error {
  constructor(readonly table: string) {
    super(`${table} incomplete`);
  }
}

function serving(body: string, status = 200): RefreshDeps["fetch"] {
  return async () => ({
    ok: status === 200,
    status,
    statusText: status === 200 ? "OK" : "Not Found",
    text: async () => body,
  });
}

function setup(overrides: Partial<RefreshDeps> = {}) {
  const calls: string[] = [];
  const store = createDatasetStore();
  const storage = new Map<string, string>();
  const deps: RefreshDeps = {
    url: "https://example.org/dataset.json",
    fetch: serving(JSON.stringify(tinyDataset())),
    storage: { getItem: (k) => storage.get(k) ?? null, setItem: (k, v) => void storage.set(k, v) },
    download: (url, d) => {
      calls.push("download");
      return downloadDataset(url, d);
    },
    writeWorkbook: async (_dataset: Dataset, onProgress) => {
      calls.push("writeWorkbook");
      onProgress({ kind: "table", table: "CZ_Projects" });
      onProgress({ kind: "table", table: "CZ_Amounts", fraction: 0.5 });
      onProgress({ kind: "pivots" });
    },
    incompleteTable: (error) => (error instanceof TableError ? error.table : null),
    store,
    layers: createLayers(store, (published) => ({ dataset: published, merges: [], alreadyPublished: [] })),
    remember: () => void calls.push("remember"),
    writeLastRefresh: async ({ version }) => void calls.push(`marker ${version}`),
    enableLoadOnOpen: async () => void calls.push("loadOnOpen"),
    now: () => new Date("2026-01-02T03:04:05Z"),
    ...overrides,
  };
  const progress: RefreshProgress[] = [];
  return { deps, calls, store, progress, run: () => runRefresh(deps, (p) => progress.push(p)) };
}

describe("runRefresh", () => {
  test("a good dataset: tables, store, last good copy, marker, load-on-open, in that order", async () => {
    const { run, calls, store } = setup();
    const outcome = await run();
    expect(outcome).toEqual({ ok: true, version: "tiny-1", time: "2026-01-02T03:04:05.000Z", warnings: [] });
    expect(calls).toEqual(["download", "writeWorkbook", "remember", "marker tiny-1", "loadOnOpen"]);
    const state = store.getState();
    expect(state.status === "ready" && state.origin).toBe("network");
  });

  test("progress goes download, validate, each table, pivots, finish, never backwards, ending at 1", async () => {
    const { run, progress } = setup();
    await run();
    expect(progress.map((p) => p.step.kind)).toEqual([
      "download",
      "validate",
      "table",
      "table",
      "table",
      "pivots",
      "finish",
      "finish",
    ]);
    const fractions = progress.map((p) => p.fraction);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
    expect(fractions.at(-1)).toBe(1);
  });

  test("a download failure touches nothing in the workbook and keeps the old dataset", async () => {
    const { run, calls, store } = setup({ fetch: serving("", 404) });
    store.setDataset({ ...tinyDataset(), version: "old" }, "cache");
    const outcome = await run();
    expect(outcome).toMatchObject({ ok: false, failure: { step: "download" } });
    expect(calls).toEqual(["download"]);
    const state = store.getState();
    expect(state.status === "ready" && state.engine.dataset.version).toBe("old");
    expect(state.error).toContain("404");
  });

  test("an invalid dataset fails at validation before the workbook is touched", async () => {
    const { run, calls } = setup({ fetch: serving(JSON.stringify({ schemaVersion: 1, version: "x" })) });
    expect(await run()).toMatchObject({ ok: false, failure: { step: "validate", table: null } });
    expect(calls).not.toContain("writeWorkbook");
  });

  test("a table left incomplete is named, and the store keeps the old dataset", async () => {
    const { run, store, calls } = setup({
      writeWorkbook: async () => {
        throw new TableError("CZ_Amounts");
      },
    });
    store.setDataset({ ...tinyDataset(), version: "old" }, "network");
    expect(await run()).toMatchObject({ ok: false, failure: { step: "table", table: "CZ_Amounts" } });
    const state = store.getState();
    expect(state.status === "ready" && state.engine.dataset.version).toBe("old");
    expect(calls).not.toContain("remember");
  });

  test("a marker that cannot be written is a warning, not a failure", async () => {
    const { run, store } = setup({
      writeLastRefresh: async () => {
        throw new Error("settings are read-only");
      },
    });
    expect(await run()).toMatchObject({ ok: true, warnings: ["settings are read-only"] });
    expect(store.getState().status).toBe("ready");
  });
});

describe("describeFailure", () => {
  const none = () => null;
  test("a DatasetLoadError keeps its step", () =>
    expect(describeFailure(new DatasetLoadError("download", "timed out"), none)).toEqual({
      step: "download",
      table: null,
      message: "timed out",
    }));
  test("outside Excel (a plain browser) is a host failure, not 'Excel is not defined'", () =>
    expect(describeFailure(new NotInExcelError(), none).step).toBe("host"));
  test("anything else is a workbook failure", () =>
    expect(describeFailure(new Error("sync failed"), none).step).toBe("workbook"));
});

describe("workbookFraction", () => {
  test("the first table starts the tables' span", () =>
    expect(workbookFraction({ kind: "table", table: "CZ_Projects" })).toBeCloseTo(0.25));
  test("the last table ends at the pivots", () =>
    expect(workbookFraction({ kind: "table", table: "CZ_Sources", fraction: 1 })).toBeCloseTo(0.9));
  test("an unknown table counts as the first", () =>
    expect(workbookFraction({ kind: "table", table: "Other" })).toBeCloseTo(0.25));
});

describe("tableProgress", () => {
  test("a table part way reports its share", () =>
    expect(tableProgress({ table: "CZ_Amounts", done: 50, total: 200 })).toEqual({
      kind: "table",
      table: "CZ_Amounts",
      fraction: 0.25,
    }));
  test("a finished table means the next is being written", () =>
    expect(tableProgress({ table: "CZ_Projects", done: 15, total: 15 })).toEqual({
      kind: "table",
      table: "CZ_Amounts",
      fraction: 0,
    }));
  test("the last table finished stays the last table, complete", () =>
    expect(tableProgress({ table: "CZ_Sources", done: 1, total: 1 })).toEqual({
      kind: "table",
      table: "CZ_Sources",
      fraction: 1,
    }));
  test("an empty table is complete", () =>
    expect(tableProgress({ table: "CZ_Sources", done: 0, total: 0 }).kind).toBe("table"));
});

describe("a refresh with the workbook's additions", () => {
  const addition = { article: { id: "local-a" } } as unknown as Addition;
  const byVersion: LayerFunction = (published, additions) => ({
    dataset: { ...published, version: additions.length ? `${published.version}+local` : published.version },
    merges: [],
    alreadyPublished: [],
  });

  test("waits for the start-up read of the additions and writes the tables with them", async () => {
    const written: string[] = [];
    const { deps, run, store } = setup({
      writeWorkbook: async (dataset) => void written.push(dataset.version),
    });
    const layers = createLayers(store, byVersion, { additionsRead: false });
    deps.layers = layers;
    const refreshing = run();
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(written).toEqual([]);
    layers.setAdditions([addition]);
    const outcome = await refreshing;
    expect(outcome).toMatchObject({ ok: true, version: "tiny-1+local" });
    expect(written).toEqual(["tiny-1+local"]);
  });

  test("additions that cannot be layered: the published dataset is written, with a warning saying so", async () => {
    const { deps, run, store } = setup();
    deps.layers = createLayers(store, byVersion, {
      prepare: async () => {
        throw new Error("ingest.js could not be loaded");
      },
    });
    (deps.layers as ReturnType<typeof createLayers>).setAdditions([addition]);
    const outcome = await run();
    expect(outcome.ok && outcome.version).toBe("tiny-1");
    expect(outcome.ok && outcome.warnings.join(" ")).toContain("were not layered");
  });
});
