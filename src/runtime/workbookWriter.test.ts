/**
 * The one rule for writes, over an in-memory workbook (test/fixtures/memoryWorkbook.ts) and a layering whose
 * version names the additions on top: what the tables, the stored additions, the journal and the store hold
 * after writes that succeed, fail at each step, fail again while being repaired, and meet another author.
 */
import { createDatasetStore } from "../core/datasetStore";
import type { Dataset } from "../core/dataset";
import { sha256Hex } from "../core/hash";
import { serializeAdditions } from "../ingest/additions/additionsPayload";
import type { Addition } from "../ingest/additions/types";
import { tinyDataset } from "../../test/fixtures/tinyDataset";
import { TABLES, memoryWorkbook } from "../../test/fixtures/memoryWorkbook";
import { type LayerFunction, createLayers } from "./localLayers";
import { type WriteOutcome, createWorkbookWriter, needsRepair } from "./workbookWriter";

const layerByVersion: LayerFunction = (published, additions) => {
  if (additions.some((a) => a.article.title === "bad")) throw new Error("layering refused");
  const ids = additions.map((a) => a.article.id).sort();
  return {
    dataset: {
      ...published,
      version: ids.length ? `${published.version}+${ids.join(".")}` : published.version,
    },
    merges: [],
    alreadyPublished: [],
  };
};

function addition(id: string, title = `title of ${id}`): Addition {
  const text = `text of ${id}`;
  return {
    article: { id, title, publisher: "p", published: "2024-01-02", url: null, sha256: sha256Hex(text), text },
    curation: [],
    addedAt: "2026-12-03T00:00:00Z",
  };
}

const P0: Dataset = tinyDataset();
const P1: Dataset = { ...tinyDataset(), version: "tiny-2" };

/** A pane: its own store, layers and writer, over `wb`. */
function pane(wb = memoryWorkbook(), options: Parameters<typeof createLayers>[2] = {}) {
  const store = createDatasetStore();
  const layers = createLayers(store, layerByVersion, options);
  const writer = createWorkbookWriter({ door: wb.door, layers, now: () => new Date("2026-12-07T00:00:00Z") });
  const version = () => {
    const s = store.getState();
    return s.status === "ready" ? s.engine.dataset.version : null;
  };
  const stored = () =>
    wb.part === null ? [] : (JSON.parse(wb.part).additions as Addition[]).map((a) => a.article.id);
  return { wb, store, layers, writer, version, stored };
}

/** A workbook refreshed with P0 and holding additions `ids`, as a pane that has read them. */
async function withAdditions(...ids: string[]) {
  const p = pane();
  expect((await p.writer.write({ published: { dataset: P0, origin: "network" } })).ok).toBe(true);
  for (const id of ids)
    expect((await p.writer.write({ change: { kind: "put", addition: addition(id) } })).ok).toBe(true);
  p.wb.calls = [];
  return p;
}

const failure = (outcome: WriteOutcome) => (outcome.ok ? null : outcome.failure);

describe("writes that succeed", () => {
  test("a refresh writes the tables stamped with what they hold, and the store follows", async () => {
    const { wb, writer, version } = pane();
    const outcome = await writer.write({ published: { dataset: P0, origin: "network" } });
    expect(outcome).toMatchObject({ ok: true, marker: { version: "tiny-1" }, notLayered: null });
    expect(wb.holds()).toBe("tiny-1");
    expect(wb.stamp).toEqual({ version: "tiny-1", published: "tiny-1", additions: "none" });
    expect(wb.pending.data).toBeNull();
    expect(version()).toBe("tiny-1");
  });

  test("an addition: read, tables, then the stored additions last (the commit point)", async () => {
    const { wb, writer, version, stored } = await withAdditions();
    const outcome = await writer.write({ change: { kind: "put", addition: addition("local-a") } });
    expect(outcome.ok).toBe(true);
    expect(wb.calls).toEqual(["read", "tables tiny-1+local-a", "part"]);
    expect(stored()).toEqual(["local-a"]);
    expect(wb.holds()).toBe("tiny-1+local-a");
    expect(version()).toBe("tiny-1+local-a");
  });

  test("a removal, and the same article added twice is one addition", async () => {
    const { writer, stored, version } = await withAdditions("local-a", "local-b");
    await writer.write({ change: { kind: "put", addition: addition("local-a", "corrected") } });
    expect(stored()).toEqual(["local-b", "local-a"]);
    await writer.write({ change: { kind: "remove", articleId: "local-b" } });
    expect(stored()).toEqual(["local-a"]);
    expect(version()).toBe("tiny-1+local-a");
  });

  test("a refresh keeps the stored additions on top", async () => {
    const { wb, writer, version } = await withAdditions("local-a");
    await writer.write({ published: { dataset: P1, origin: "network" } });
    expect(wb.holds()).toBe("tiny-2+local-a");
    expect(version()).toBe("tiny-2+local-a");
  });

  test("additions that no longer layer: a refresh writes the published dataset alone and says why", async () => {
    const { wb, writer, layers } = await withAdditions();
    wb.part = serializeAdditions([addition("local-x", "bad")]);
    const outcome = await writer.write({ published: { dataset: P1, origin: "network" } });
    expect(outcome.ok && outcome.notLayered).toBe("layering refused");
    expect(wb.holds()).toBe("tiny-2");
    expect(layers.getState().layerError).toBe("layering refused");
    expect(layers.getState().additions).toHaveLength(1);
  });
});

describe("writes refused before anything is written", () => {
  test.each([
    ["a layering that fails", () => addition("local-x", "bad"), "layer"],
    ["an unreadable stored part", () => addition("local-a"), "unreadable"],
  ] as const)("%s: nothing written, the workbook unchanged", async (what, make, reason) => {
    const { wb, writer, version } = await withAdditions();
    if (reason === "unreadable") wb.unreadable = "format 2";
    const outcome = await writer.write({ change: { kind: "put", addition: make() } });
    expect(failure(outcome)).toMatchObject({ workbook: "unchanged", reason });
    expect(wb.calls).toEqual(["read"]);
    expect(version()).toBe("tiny-1");
  });

  test("without a published dataset there is nothing to add to", async () => {
    const { writer, wb } = pane();
    expect(
      failure(await writer.write({ change: { kind: "put", addition: addition("local-a") } })),
    ).toMatchObject({
      workbook: "unchanged",
      reason: "noDataset",
    });
    expect(wb.calls).toEqual([]);
  });

  test("a table write that stops before writing anything needs no repair", async () => {
    const { wb, writer } = await withAdditions();
    wb.failNext = [{ tables: 0 }];
    expect(
      failure(await writer.write({ change: { kind: "put", addition: addition("local-a") } })),
    ).toMatchObject({
      workbook: "unchanged",
      reason: "write",
    });
    expect(wb.calls).toEqual(["read", "tables tiny-1+local-a"]);
  });
});

describe("a write that fails part way is repaired at once", () => {
  test.each(TABLES.map((t, i) => [t, i + 1]))(
    "an addition stopped in %s: back to the previous data everywhere",
    async (table, n) => {
      const { wb, writer, version, stored } = await withAdditions("local-a");
      wb.failNext = [{ tables: n }];
      const outcome = await writer.write({ change: { kind: "put", addition: addition("local-b") } });
      expect(failure(outcome)).toMatchObject({ workbook: "restored", reason: "write", table });
      expect(wb.holds()).toBe("tiny-1+local-a");
      expect(wb.stamp?.version).toBe("tiny-1+local-a");
      expect(wb.pending.data).toBeNull();
      expect(stored()).toEqual(["local-a"]);
      expect(version()).toBe("tiny-1+local-a");
      expect(writer.condition()).toEqual({ state: "consistent" });
    },
  );

  test("a refresh stopped in a table goes back to the previous published dataset", async () => {
    const { wb, writer, version } = await withAdditions("local-a");
    wb.failNext = [{ tables: 3 }];
    const outcome = await writer.write({ published: { dataset: P1, origin: "network" } });
    expect(failure(outcome)).toMatchObject({ workbook: "restored", table: "CZ_Organizations" });
    expect(wb.holds()).toBe("tiny-1+local-a");
    expect(version()).toBe("tiny-1+local-a");
  });

  test("a refresh written whole whose answer was lost stands: the new dataset, not rolled back", async () => {
    const { wb, writer, version } = await withAdditions("local-a");
    wb.failNext = [{ tables: TABLES.length + 1 }];
    const outcome = await writer.write({ published: { dataset: P1, origin: "network" } });
    expect(outcome.ok).toBe(true);
    expect(wb.holds()).toBe("tiny-2+local-a");
    expect(version()).toBe("tiny-2+local-a");
  });

  test("the stored additions' write failing: the tables go back to the stored additions", async () => {
    const { wb, writer, version, stored } = await withAdditions();
    wb.failNext = ["part"];
    const outcome = await writer.write({ change: { kind: "put", addition: addition("local-a") } });
    expect(failure(outcome)).toMatchObject({ workbook: "restored", table: null });
    expect(stored()).toEqual([]);
    expect(wb.holds()).toBe("tiny-1");
    expect(version()).toBe("tiny-1");
  });

  test("the stored additions written but the answer lost: the write is complete, not undone", async () => {
    const { wb, writer, version, stored } = await withAdditions();
    wb.failNext = ["partLost"];
    const outcome = await writer.write({ change: { kind: "put", addition: addition("local-a") } });
    expect(outcome.ok).toBe(true);
    expect(stored()).toEqual(["local-a"]);
    expect(wb.holds()).toBe("tiny-1+local-a");
    expect(version()).toBe("tiny-1+local-a");
  });

  test("the repair failing too: incomplete, said so, and the next start-up repairs before answering", async () => {
    const { wb, writer, version } = await withAdditions("local-a");
    wb.failNext = [{ tables: 2 }];
    // Excel gone after the failed write: the repair cannot even read the workbook.
    wb.beforeCall = (call) => {
      if (call === "read" && wb.calls.includes("tables tiny-2+local-a")) throw new Error("Excel is gone");
    };
    const outcome = await writer.write({ published: { dataset: P1, origin: "network" } });
    expect(failure(outcome)).toMatchObject({ workbook: "incomplete", table: "CZ_Amounts" });
    expect(writer.condition()).toMatchObject({ state: "incomplete", table: "CZ_Amounts" });
    expect(wb.pending.data).not.toBeNull();
    // The formulas keep what they had; the tables are a mix until the repair.
    expect(version()).toBe("tiny-1+local-a");
    expect(wb.holds()).toBeNull();

    // The workbook reopened: a new runtime loads the published dataset the server has now.
    wb.beforeCall = null;
    const next = pane(wb, { additionsRead: false });
    next.layers.setAdditions([addition("local-a")]);
    let firstAnswer: string | null = null;
    next.store.subscribe(
      (s) => (firstAnswer ??= s.status === "ready" ? `${s.engine.dataset.version} ${wb.holds()}` : null),
    );
    expect(await next.writer.settle({ dataset: P1, origin: "network" })).toEqual({ state: "consistent" });
    expect(firstAnswer).toBe("tiny-2+local-a tiny-2+local-a");
    expect(wb.pending.data).toBeNull();
  });
});

describe("co-authoring: the stored additions are re-read before they are rewritten", () => {
  test.each([["A then B"], ["B then A"]])(
    "two panes each add an article (%s): both additions survive",
    async (order) => {
      const first = await withAdditions();
      const second = pane(first.wb);
      second.layers.setAdditions([]);
      second.layers.setPublished(P0, "network");
      const [x, y] = order === "A then B" ? [first, second] : [second, first];
      expect((await x.writer.write({ change: { kind: "put", addition: addition("local-a") } })).ok).toBe(
        true,
      );
      const outcome = await y.writer.write({ change: { kind: "put", addition: addition("local-b") } });
      expect(outcome.ok && outcome.others).toEqual({ added: ["title of local-a"], removed: [] });
      expect(first.stored().sort()).toEqual(["local-a", "local-b"]);
      expect(first.wb.holds()).toBe("tiny-1+local-a.local-b");
      expect(y.version()).toBe("tiny-1+local-a.local-b");
    },
  );

  test("the same article added in two panes is one addition", async () => {
    const first = await withAdditions();
    const second = pane(first.wb);
    second.layers.setAdditions([]);
    second.layers.setPublished(P0, "network");
    await first.writer.write({ change: { kind: "put", addition: addition("local-a") } });
    await second.writer.write({ change: { kind: "put", addition: addition("local-a") } });
    expect(first.stored()).toEqual(["local-a"]);
    expect(first.wb.holds()).toBe("tiny-1+local-a");
  });

  test("another author storing an addition while the tables are written: written again, both kept", async () => {
    const { wb, writer, stored, version } = await withAdditions();
    let once = true;
    wb.beforeCall = (call) => {
      if (call === "part" && once) {
        once = false;
        wb.part = serializeAdditions([addition("local-other")]);
      }
    };
    const outcome = await writer.write({ change: { kind: "put", addition: addition("local-a") } });
    expect(outcome.ok).toBe(true);
    expect(stored()).toEqual(["local-other", "local-a"]);
    expect(wb.holds()).toBe("tiny-1+local-a.local-other");
    expect(version()).toBe("tiny-1+local-a.local-other");
  });

  test("a part that keeps changing: the write gives up, the workbook holds what is stored, nothing dropped", async () => {
    const { wb, writer, stored } = await withAdditions();
    let n = 0;
    wb.beforeCall = (call) => {
      if (call === "part") wb.part = serializeAdditions([addition(`local-o${++n}`)]);
    };
    const outcome = await writer.write({ change: { kind: "put", addition: addition("local-a") } });
    expect(failure(outcome)).toMatchObject({ workbook: "restored", reason: "changing" });
    expect(stored()).toEqual(["local-o3"]);
    expect(wb.holds()).toBe("tiny-1+local-o3");
  });
});

describe("discarding stored additions that cannot be read", () => {
  test("the part goes, the tables show the published dataset, adding works again", async () => {
    const { wb, writer, layers, version } = await withAdditions();
    wb.unreadable = "two parts";
    expect((await writer.write({ change: { kind: "discard" } })).ok).toBe(true);
    expect(wb.calls).toEqual(["read", "tables tiny-1", "delete"]);
    expect(wb.unreadable).toBeNull();
    expect(layers.getState().readError).toBeNull();
    expect(version()).toBe("tiny-1");
    expect((await writer.write({ change: { kind: "put", addition: addition("local-a") } })).ok).toBe(true);
  });

  test("additions that can be read are never discarded", async () => {
    const { wb, writer, stored } = await withAdditions("local-a");
    expect(failure(await writer.write({ change: { kind: "discard" } }))).toMatchObject({
      workbook: "unchanged",
      reason: "changing",
    });
    expect(stored()).toEqual(["local-a"]);
    expect(wb.calls).toEqual(["read"]);
  });
});

describe("start-up: the journal and the stamp against what is stored", () => {
  const stamp = { version: "tiny-1", published: "tiny-1", additions: "none" };
  const nothing = { data: null, sheet: null, freeze: null };
  const newer = { version: "tiny-2", published: "tiny-2", additions: "none" };
  const pendingData = { ...nothing, data: { target: stamp, at: "" } };
  test.each([
    ["a write left pending", { stamp, pending: pendingData }, stamp, "cache", true],
    [
      "tables written with other additions",
      { stamp: { ...stamp, additions: "x" }, pending: nothing },
      stamp,
      "cache",
      true,
    ],
    [
      "the same published dataset layered otherwise",
      { stamp: { ...stamp, version: "tiny-1+a" }, pending: nothing },
      stamp,
      "cache",
      true,
    ],
    [
      "tables of an older published dataset, a newer downloaded",
      { stamp, pending: nothing },
      newer,
      "network",
      true,
    ],
    [
      "tables of another published dataset, the offline copy loaded",
      { stamp, pending: nothing },
      newer,
      "cache",
      false,
    ],
    ["a workbook never stamped", { stamp: null, pending: nothing }, stamp, "network", false],
    ["tables that hold what is stored", { stamp, pending: nothing }, stamp, "network", false],
  ] as const)("%s: repair %p", (_what, record, target, origin, expected) => {
    expect(needsRepair(record, target, origin)).toBe(expected);
  });

  test("tables of an older published dataset follow the one downloaded at start-up, before the formulas answer", async () => {
    const { wb } = await withAdditions("local-a");
    const next = pane(wb);
    next.layers.setAdditions([addition("local-a")]);
    let firstAnswer: string | null = null;
    next.store.subscribe(
      (s) => (firstAnswer ??= s.status === "ready" ? `${s.engine.dataset.version} ${wb.holds()}` : null),
    );
    await next.writer.settle({ dataset: P1, origin: "network" });
    expect(firstAnswer).toBe("tiny-2+local-a tiny-2+local-a");
  });

  test("additions stored without their tables (a crash between): the start-up writes them before answering", async () => {
    const { wb } = await withAdditions();
    wb.part = serializeAdditions([addition("local-a")]);
    const next = pane(wb);
    next.layers.setAdditions([addition("local-a")]);
    await next.writer.settle({ dataset: P0, origin: "cache" });
    expect(wb.holds()).toBe("tiny-1+local-a");
    expect(next.version()).toBe("tiny-1+local-a");
  });

  test("a workbook that holds what it stores is not written at start-up", async () => {
    const { wb } = await withAdditions("local-a");
    const next = pane(wb);
    next.layers.setAdditions([addition("local-a")]);
    await next.writer.settle({ dataset: P0, origin: "network" });
    expect(wb.calls).toEqual(["read"]);
    expect(next.version()).toBe("tiny-1+local-a");
  });

  test("a starter report, PivotTable or freeze the journal says was cut short is undone at start-up", async () => {
    const { wb } = await withAdditions();
    wb.pending = { ...wb.pending, sheet: { sheet: "Largest projects", pivot: null, at: "" } };
    const next = pane(wb);
    next.layers.setAdditions([]);
    await next.writer.settle({ dataset: P0, origin: "network" });
    expect(wb.calls).toEqual(["read", "undo"]);
    expect(wb.pending.sheet).toBeNull();
  });

  test("a pipeline that cannot load at start-up rewrites nothing: the additions stay in the tables", async () => {
    const { wb } = await withAdditions("local-a");
    const next = pane(wb, {
      prepare: async () => {
        throw new Error("ingest.js could not be loaded");
      },
    });
    next.layers.setAdditions([addition("local-a")]);
    await next.writer.settle({ dataset: P0, origin: "network" });
    expect(wb.calls).toEqual(["read"]);
    expect(wb.holds()).toBe("tiny-1+local-a");
  });

  test("outside Excel (nothing to read) the formulas still answer and nothing is said to be incomplete", async () => {
    const { wb, writer, version } = pane();
    wb.failNext = ["read"];
    expect(await writer.settle({ dataset: P0, origin: "network" })).toEqual({ state: "consistent" });
    expect(version()).toBe("tiny-1");
  });
});
