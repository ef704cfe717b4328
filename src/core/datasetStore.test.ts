import { tinyDataset } from "../../test/fixtures/tinyDataset";
import { createDatasetStore } from "./datasetStore";
import type { Dataset } from "./dataset";
import { validateDataset } from "./validate";

/** A dataset as the runtime gets it: JSON text from a server, validated. */
function loaded(dataset: Dataset): Dataset {
  const result = validateDataset(JSON.parse(JSON.stringify(dataset)));
  if (!result.ok) throw new Error("invalid fixture");
  return result.dataset;
}

describe("the shared dataset store", () => {
  test("starts loading, becomes ready with an engine, and tells every subscriber", () => {
    const store = createDatasetStore();
    const seen: string[] = [];
    store.subscribe((s) => seen.push(s.status));
    expect(store.getState().status).toBe("loading");
    store.setDataset(tinyDataset(), "network");
    expect(store.getState().engine?.total("新能源")).toBe(35);
    expect(seen).toEqual(["ready"]);
  });

  test("a failed refresh keeps the dataset in memory and records why", () => {
    const store = createDatasetStore();
    store.setDataset(tinyDataset(), "network");
    store.setFailed("下载失败 404");
    const state = store.getState();
    expect(state.status).toBe("ready");
    expect(state.error).toBe("下载失败 404");
    expect(state.engine?.dataset.version).toBe("tiny-1");
  });

  test("a failure with nothing in memory is a failed state; loading never hides a dataset", () => {
    const store = createDatasetStore();
    store.setFailed("网络错误");
    expect(store.getState()).toMatchObject({ status: "failed", error: "网络错误" });
    store.setDataset(tinyDataset(), "cache");
    store.setLoading();
    expect(store.getState().status).toBe("ready");
  });

  test("a new version builds a new engine; unsubscribed listeners hear nothing more", () => {
    const store = createDatasetStore();
    const heard: string[] = [];
    const stop = store.subscribe((s) => heard.push(s.engine?.dataset.version ?? s.status));
    store.setDataset(tinyDataset(), "network");
    const first = store.getState().engine;
    store.setDataset({ ...tinyDataset(), version: "tiny-2" }, "network");
    expect(store.getState().engine).not.toBe(first);
    stop();
    store.setDataset({ ...tinyDataset(), version: "tiny-3" }, "network");
    expect(heard).toEqual(["tiny-1", "tiny-2"]);
    expect(store.listenerCount()).toBe(0);
  });

  test("same version, different content (a hand-edited file): a new engine, so formulas agree with the tables", () => {
    const store = createDatasetStore();
    store.setDataset(loaded(tinyDataset()), "network");
    expect(store.getState().engine?.total("新能源")).toBe(35);
    const edited = tinyDataset();
    const figure = edited.amounts.find((a) => a.low === 20 && a.measure === "总投资")!;
    figure.low = 21;
    expect(edited.version).toBe(tinyDataset().version);
    store.setDataset(loaded(edited), "network");
    expect(store.getState().engine?.total("新能源")).toBe(36);
  });

  test("the very same content loaded again keeps its engine (no formula redraws)", () => {
    const store = createDatasetStore();
    store.setDataset(loaded(tinyDataset()), "network");
    const first = store.getState().engine;
    store.setDataset(loaded(tinyDataset()), "network");
    expect(store.getState().engine).toBe(first);
  });

  test("a listener that throws is dropped without keeping the others from their update", () => {
    const store = createDatasetStore();
    const heard: string[] = [];
    store.subscribe(() => {
      throw new Error("cancelled formula");
    });
    store.subscribe((s) => heard.push(s.status));
    store.setDataset(tinyDataset(), "network");
    expect(heard).toEqual(["ready"]);
    expect(store.listenerCount()).toBe(1);
  });
});
