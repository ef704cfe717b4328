import { createDatasetStore } from "../core/datasetStore";
import type { Dataset } from "../core/dataset";
import type { Addition } from "../ingest/additions/types";
import { createLayers, type LayerFunction } from "../runtime/localLayers";
import { tinyDataset } from "../../test/fixtures/tinyDataset";
import { type AdditionsDeps, addAddition, clearStoredAdditions, removeAddition } from "./additionsFlow";

/** A stand-in layering: the version says which additions are on top, so each step's dataset is visible. */
const layerByVersion: LayerFunction = (published, additions) => {
  if (additions.some((a) => a.article.title === "bad")) throw new Error("layering refused");
  const ids = additions.map((a) => a.article.id);
  return {
    dataset: {
      ...published,
      version: ids.length ? `${published.version}+${ids.join(".")}` : published.version,
    },
    merges: [],
    alreadyPublished: [],
  };
};

function addition(id: string, title = "t"): Addition {
  return {
    article: {
      id,
      title,
      publisher: "p",
      published: "2024-01-02",
      url: null,
      sha256: "0".repeat(64),
      text: "x",
    },
    curation: [],
    addedAt: "2026-12-03T00:00:00Z",
  };
}

function setup(overrides: Partial<AdditionsDeps> = {}) {
  const store = createDatasetStore();
  const layers = createLayers(store, layerByVersion);
  const stored: (readonly Addition[])[] = [];
  const written: Dataset[] = [];
  const deps: AdditionsDeps = {
    layers,
    storeAdditions: async (list) => void stored.push(list),
    writeWorkbook: async (dataset) => void written.push(dataset),
    incompleteTable: (error) => ((error as Error).message === "CZ_Amounts" ? "CZ_Amounts" : null),
    ...overrides,
  };
  const version = () => {
    const s = store.getState();
    return s.status === "ready" ? s.engine.dataset.version : null;
  };
  return { store, layers, stored, written, deps, version };
}

describe("adding and removing local additions", () => {
  test("an addition is stored, written to the tables and reaches the store; removal undoes all three", async () => {
    const { layers, deps, stored, written, version } = setup();
    layers.setPublished(tinyDataset(), "network");
    const added = await addAddition(deps, addition("local-a"));
    expect(added.ok).toBe(true);
    expect(stored.at(-1)!.map((a) => a.article.id)).toEqual(["local-a"]);
    expect(written.at(-1)!.version).toBe("tiny-1+local-a");
    expect(version()).toBe("tiny-1+local-a");
    await addAddition(deps, addition("local-b"));
    expect(version()).toBe("tiny-1+local-a.local-b");
    const removed = await removeAddition(deps, "local-a");
    expect(removed.ok).toBe(true);
    expect(stored.at(-1)!.map((a) => a.article.id)).toEqual(["local-b"]);
    expect(version()).toBe("tiny-1+local-b");
    await removeAddition(deps, "local-b");
    expect(stored.at(-1)).toEqual([]);
    expect(version()).toBe("tiny-1");
  });

  test("adding the same article again replaces it instead of adding a duplicate", async () => {
    const { layers, deps } = setup();
    layers.setPublished(tinyDataset(), "network");
    await addAddition(deps, addition("local-a"));
    await addAddition(deps, addition("local-a", "corrected"));
    expect(layers.getState().additions.map((a) => a.article.title)).toEqual(["corrected"]);
  });

  test("a layering that fails writes nothing and changes nothing", async () => {
    const { layers, deps, stored, written, version } = setup();
    layers.setPublished(tinyDataset(), "network");
    const outcome = await addAddition(deps, addition("local-x", "bad"));
    expect(outcome).toEqual({
      ok: false,
      failure: { step: "layer", table: null, message: "layering refused" },
    });
    expect(stored).toEqual([]);
    expect(written).toEqual([]);
    expect(version()).toBe("tiny-1");
  });

  test("unreadable stored additions are never overwritten", async () => {
    const { layers, deps, stored } = setup();
    layers.setPublished(tinyDataset(), "network");
    layers.setReadError("part unreadable");
    const outcome = await addAddition(deps, addition("local-a"));
    expect(outcome.ok === false && outcome.failure.step).toBe("unreadable");
    expect(stored).toEqual([]);
  });

  test("without a published dataset there is nothing to add to", async () => {
    const { deps, stored } = setup();
    const outcome = await addAddition(deps, addition("local-a"));
    expect(outcome.ok === false && outcome.failure.step).toBe("noDataset");
    expect(stored).toEqual([]);
  });

  test("a failed store leaves tables and formulas as they were", async () => {
    const { layers, deps, written, version } = setup({
      storeAdditions: async () => {
        throw new Error("part write failed");
      },
    });
    layers.setPublished(tinyDataset(), "network");
    const outcome = await addAddition(deps, addition("local-a"));
    expect(outcome.ok === false && outcome.failure).toEqual({
      step: "store",
      table: null,
      message: "part write failed",
    });
    expect(written).toEqual([]);
    expect(version()).toBe("tiny-1");
  });

  test("tables that cannot be written put the stored additions back and keep the formulas' dataset", async () => {
    const { layers, deps, stored, version } = setup({
      writeWorkbook: async () => {
        throw new Error("CZ_Amounts");
      },
    });
    layers.setPublished(tinyDataset(), "network");
    const outcome = await addAddition(deps, addition("local-a"));
    expect(outcome.ok === false && outcome.failure.step).toBe("table");
    expect(outcome.ok === false && outcome.failure.table).toBe("CZ_Amounts");
    expect(stored.map((list) => list.map((a) => a.article.id))).toEqual([["local-a"], []]);
    expect(layers.getState().additions).toEqual([]);
    expect(version()).toBe("tiny-1");
  });
});

describe("the layers", () => {
  test("a new published dataset keeps the additions on top", () => {
    const store = createDatasetStore();
    const layers = createLayers(store, layerByVersion);
    layers.setAdditions([addition("local-a")]);
    layers.setPublished(tinyDataset(), "network");
    layers.setPublished({ ...tinyDataset(), version: "tiny-2" }, "network");
    const s = store.getState();
    expect(s.status === "ready" && s.engine.dataset.version).toBe("tiny-2+local-a");
  });

  test("additions that no longer layer leave the published dataset alone in the store, saying why", () => {
    const store = createDatasetStore();
    const layers = createLayers(store, layerByVersion);
    layers.setAdditions([addition("local-a", "bad")]);
    layers.setPublished(tinyDataset(), "cache");
    const s = store.getState();
    expect(s.status === "ready" && s.engine.dataset.version).toBe("tiny-1");
    expect(layers.getState().layerError).toMatch(/layering refused/);
    expect(layers.getState().additions).toHaveLength(1);
  });

  test("a change waits for the workbook's additions to be read, and keeps them", async () => {
    const store = createDatasetStore();
    const layers = createLayers(store, layerByVersion, { additionsRead: false });
    const stored: (readonly Addition[])[] = [];
    const deps: AdditionsDeps = {
      layers,
      storeAdditions: async (list) => void stored.push(list),
      writeWorkbook: async () => undefined,
      incompleteTable: () => null,
    };
    layers.setPublished(tinyDataset(), "network");
    const adding = addAddition(deps, addition("local-new"));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(stored).toEqual([]);
    layers.setAdditions([addition("local-stored")]);
    expect((await adding).ok).toBe(true);
    expect(stored.map((list) => list.map((a) => a.article.id))).toEqual([["local-stored", "local-new"]]);
  });

  test("a pipeline that cannot load refuses the change and writes nothing", async () => {
    const store = createDatasetStore();
    const layers = createLayers(store, layerByVersion, {
      prepare: async () => {
        throw new Error("ingest.js could not be loaded");
      },
    });
    const { deps, stored } = setup({ layers } as Partial<AdditionsDeps>);
    layers.setPublished(tinyDataset(), "network");
    const outcome = await addAddition({ ...deps, layers }, addition("local-a"));
    expect(outcome.ok === false && outcome.failure).toMatchObject({
      step: "layer",
      message: /could not be loaded/,
    });
    expect(stored).toEqual([]);
  });

  test("unreadable stored additions can be discarded: the part goes, the tables show the published dataset", async () => {
    const { layers, deps, written, version } = setup();
    const deleted: string[] = [];
    layers.setPublished(tinyDataset(), "network");
    layers.setReadError("two parts");
    const outcome = await clearStoredAdditions({
      ...deps,
      deleteStored: async () => void deleted.push("all"),
    });
    expect(outcome).toEqual({ ok: true });
    expect(deleted).toEqual(["all"]);
    expect(written.map((d) => d.version)).toEqual(["tiny-1"]);
    expect(layers.getState()).toMatchObject({ readError: null, additions: [] });
    expect(version()).toBe("tiny-1");
    // Adding works again.
    expect((await addAddition(deps, addition("local-a"))).ok).toBe(true);
  });

  test("a delete that fails leaves the stored additions and their error as they were", async () => {
    const { layers, deps, written } = setup();
    layers.setPublished(tinyDataset(), "network");
    layers.setReadError("two parts");
    const outcome = await clearStoredAdditions({
      ...deps,
      deleteStored: async () => {
        throw new Error("sync failed");
      },
    });
    expect(outcome).toEqual({ ok: false, failure: { step: "store", table: null, message: "sync failed" } });
    expect(written).toEqual([]);
    expect(layers.getState().readError).toBe("two parts");
  });
});
