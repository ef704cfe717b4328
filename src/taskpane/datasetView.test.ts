import { createDatasetStore } from "../core/datasetStore";
import { tinyDataset } from "../../test/fixtures/tinyDataset";
import { datasetView, formatTime } from "./datasetView";

describe("datasetView", () => {
  test("loading: nothing known yet", () => {
    const store = createDatasetStore();
    expect(datasetView(store.getState())).toMatchObject({ status: "loading", dataset: null, counts: null });
  });

  test("failed without a dataset: the error", () => {
    const store = createDatasetStore();
    store.setFailed("下载失败");
    expect(datasetView(store.getState())).toMatchObject({
      status: "failed",
      error: "下载失败",
      version: null,
    });
  });

  test("ready: version, build time, origin and counts", () => {
    const store = createDatasetStore(() => new Date("2026-01-02T00:00:00Z"));
    const dataset = tinyDataset();
    store.setDataset(dataset, "cache");
    expect(datasetView(store.getState())).toMatchObject({
      status: "ready",
      version: "tiny-1",
      builtAt: "2026-01-01T00:00:00.000Z",
      origin: "cache",
      loadedAt: "2026-01-02T00:00:00.000Z",
      counts: { projects: dataset.projects.length, amounts: dataset.amounts.length, sources: 1 },
      error: null,
    });
  });

  test("a failed refresh keeps the dataset and shows the error", () => {
    const store = createDatasetStore();
    store.setDataset(tinyDataset(), "network");
    store.setFailed("CZ_Amounts incomplete");
    expect(datasetView(store.getState())).toMatchObject({
      version: "tiny-1",
      error: "CZ_Amounts incomplete",
    });
  });
});

describe("formatTime", () => {
  test("a time today shows hours and minutes only", () => {
    const now = new Date(2026, 0, 2, 15, 0);
    expect(formatTime(new Date(2026, 0, 2, 9, 5).toISOString(), now)).toBe("09:05");
  });
  test("another day shows the date too", () =>
    expect(formatTime(new Date(2026, 0, 1, 9, 5).toISOString(), new Date(2026, 0, 2))).toBe(
      "2026-01-01 09:05",
    ));
  test("text that is no time is shown as it is", () => expect(formatTime("soon")).toBe("soon"));
});
