import { NotInExcelError } from "../excel/runExcel";
import type { Dataset } from "../core/dataset";
import { createDatasetStore } from "../core/datasetStore";
import { TABLE_NAMES } from "../core/tableLayouts";
import { DatasetLoadError, downloadDataset } from "../runtime/loadDataset";
import type { WriteOutcome, WriteRequest } from "../runtime/workbookWriter";
import { tinyDataset } from "../../test/fixtures/tinyDataset";
import {
  type RefreshDeps,
  type RefreshProgress,
  describeFailure,
  runRefresh,
  tableProgress,
  workbookFraction,
  writeFailure,
} from "./refreshFlow";

function serving(body: string, status = 200): RefreshDeps["fetch"] {
  return async () => ({
    ok: status === 200,
    status,
    statusText: status === 200 ? "OK" : "Not Found",
    text: async () => body,
  });
}

/** A writer that reports each table's rows and answers `outcome` (by default: written). */
function writer(calls: string[], outcome?: (dataset: Dataset) => WriteOutcome) {
  return {
    async write(request: WriteRequest): Promise<WriteOutcome> {
      const dataset = request.published!.dataset;
      calls.push(`write ${dataset.version}`);
      for (const table of TABLE_NAMES) request.onProgress?.({ table, done: 1, total: 1 });
      return (
        outcome?.(dataset) ?? {
          ok: true,
          layered: { dataset, merges: [], alreadyPublished: [] },
          additions: [],
          notLayered: null,
          others: null,
          marker: { time: "2026-01-02T03:04:05.000Z", version: dataset.version },
        }
      );
    },
  };
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
    writer: writer(calls),
    store,
    remember: () => void calls.push("remember"),
    enableLoadOnOpen: async () => void calls.push("loadOnOpen"),
    ...overrides,
  };
  const progress: RefreshProgress[] = [];
  return { deps, calls, store, progress, run: () => runRefresh(deps, (p) => progress.push(p)) };
}

describe("runRefresh", () => {
  test("a good dataset: the writer, the last good copy, load-on-open, in that order", async () => {
    const { run, calls } = setup();
    const outcome = await run();
    expect(outcome).toEqual({ ok: true, version: "tiny-1", time: "2026-01-02T03:04:05.000Z", warnings: [] });
    expect(calls).toEqual(["download", "write tiny-1", "remember", "loadOnOpen"]);
  });

  test("progress goes download, validate, each table, pivots, finish, never backwards, ending at 1", async () => {
    const { run, progress } = setup();
    await run();
    const kinds = progress.map((p) => p.step.kind);
    expect(kinds.slice(0, 3)).toEqual(["download", "validate", "table"]);
    expect(kinds.slice(-3)).toEqual(["pivots", "finish", "finish"]);
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
    expect(await run()).toMatchObject({ ok: false, failure: { step: "validate" } });
    expect(calls.some((c) => c.startsWith("write"))).toBe(false);
  });

  test("a write the writer put back says what the workbook holds, and nothing is remembered", async () => {
    const calls: string[] = [];
    const { run } = setup({
      writer: writer(calls, () => ({
        ok: false,
        failure: {
          workbook: "restored",
          reason: "write",
          table: "CZ_Amounts",
          detail: "sync failed",
          cause: null,
        },
      })),
    });
    expect(await run()).toMatchObject({
      ok: false,
      failure: { step: "workbook", workbook: "restored", table: "CZ_Amounts", message: "sync failed" },
    });
    expect(calls).not.toContain("remember");
  });

  test("load-on-open that fails is a warning, not a failure", async () => {
    const { run } = setup({
      enableLoadOnOpen: async () => {
        throw new Error("not supported");
      },
    });
    expect(await run()).toMatchObject({ ok: true, warnings: ["not supported"] });
  });

  test("additions that did not layer: a warning saying so", async () => {
    const calls: string[] = [];
    const { run } = setup({
      writer: writer(calls, (dataset) => ({
        ok: true,
        layered: { dataset, merges: [], alreadyPublished: [] },
        additions: [],
        notLayered: "ingest.js could not be loaded",
        others: null,
        marker: { time: "t", version: dataset.version },
      })),
    });
    const outcome = await run();
    expect(outcome.ok && outcome.warnings.join(" ")).toContain("were not layered");
  });
});

describe("describeFailure and writeFailure", () => {
  test("a DatasetLoadError keeps its step", () =>
    expect(describeFailure(new DatasetLoadError("download", "timed out"))).toEqual({
      step: "download",
      message: "timed out",
    }));
  test("outside Excel (a plain browser) is a host failure, not 'Excel is not defined'", () => {
    expect(describeFailure(new NotInExcelError()).step).toBe("host");
    const cause = new NotInExcelError();
    expect(
      writeFailure({ workbook: "unchanged", reason: "notRead", table: null, detail: cause.message, cause })
        .step,
    ).toBe("host");
  });
  test("anything else is a workbook failure that changed nothing", () =>
    expect(describeFailure(new Error("sync failed"))).toMatchObject({
      step: "workbook",
      workbook: "unchanged",
    }));
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
