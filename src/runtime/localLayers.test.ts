/** The two layers behind the store: published + additions, and what the store gets when they do not layer. */
import { createDatasetStore } from "../core/datasetStore";
import type { Addition } from "../ingest/additions/types";
import { tinyDataset } from "../../test/fixtures/tinyDataset";
import { type LayerFunction, createLayers } from "./localLayers";

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

const addition = (id: string, title = "t") => ({ article: { id, title } }) as unknown as Addition;

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

  test("a commit sets the published dataset and the additions at once; unreadable ones layer none", () => {
    const store = createDatasetStore();
    const layers = createLayers(store, layerByVersion);
    layers.commit({ dataset: tinyDataset(), origin: "network" }, [addition("local-a")], null);
    const version = () => {
      const s = store.getState();
      return s.status === "ready" ? s.engine.dataset.version : null;
    };
    expect(version()).toBe("tiny-1+local-a");
    layers.commit({ dataset: tinyDataset(), origin: "network" }, [], "two parts");
    expect(version()).toBe("tiny-1");
    expect(layers.getState()).toMatchObject({ readError: "two parts", additionsRead: true });
  });

  test("a write waits for the start-up read of the additions", async () => {
    const layers = createLayers(createDatasetStore(), layerByVersion, { additionsRead: false });
    let ready = false;
    const waiting = layers.ready().then(() => (ready = true));
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(ready).toBe(false);
    layers.setAdditions([]);
    await waiting;
    expect(ready).toBe(true);
  });
});
