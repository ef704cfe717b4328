import { createDatasetStore } from "../core/datasetStore";
import { tinyDataset } from "../../test/fixtures/tinyDataset";
import { datasetView } from "./datasetView";
import { STRINGS } from "./i18n";
import { type RefreshView, errorContent, statusText, stepLabel } from "./refreshStatus";

const en = STRINGS.en;
const zh = STRINGS.zh;
const idle: RefreshView = { running: false, progress: null, outcome: null };

function readyView(error: string | null = null) {
  const store = createDatasetStore();
  store.setDataset(tinyDataset(), "network");
  if (error) store.setFailed(error);
  return datasetView(store.getState());
}

describe("statusText", () => {
  test("while loading", () =>
    expect(statusText(en, datasetView(createDatasetStore().getState()), idle)).toBe(en.statusLoading));
  test("ready with the project count", () =>
    expect(statusText(en, readyView(), idle)).toBe(`Ready · ${tinyDataset().projects.length} projects`));
  test("refreshing names the step, in Chinese too", () => {
    const running: RefreshView = {
      running: true,
      progress: { step: { kind: "table", table: "CZ_Amounts" }, fraction: 0.5 },
      outcome: null,
    };
    expect(statusText(en, readyView(), running)).toBe("Refreshing: Writing CZ_Amounts");
    expect(statusText(zh, readyView(), running)).toBe("正在刷新: 正在写入 CZ_Amounts");
  });
  test("after a refresh, its time", () => {
    const time = new Date(2026, 0, 2, 9, 30);
    const done: RefreshView = {
      ...idle,
      outcome: { ok: true, version: "v", time: time.toISOString(), warnings: [] },
    };
    expect(statusText(en, readyView(), done, new Date(2026, 0, 2, 10))).toBe("Refreshed at 09:30");
  });
});

describe("stepLabel", () => {
  test.each(["download", "validate", "pivots", "finish"] as const)(
    "%s has a label in both languages",
    (kind) => {
      expect(stepLabel(en, { kind })).not.toBe("");
      expect(stepLabel(zh, { kind })).not.toBe(stepLabel(en, { kind }));
    },
  );
});

describe("errorContent", () => {
  test("nothing wrong, nothing shown", () => expect(errorContent(en, readyView(), idle)).toBeNull());

  test("a download failure: check the URL; the old data stays", () => {
    const content = errorContent(en, readyView("x"), {
      ...idle,
      outcome: { ok: false, failure: { step: "download", table: null, message: "404" } },
    });
    expect(content).toEqual({
      title: "Refresh failed",
      text: `${en.errorDownload} ${en.oldDataKept}`,
      advice: en.errorDownloadAdvice,
      detail: "404",
    });
    expect(content?.advice).toContain("Check the URL");
  });

  test("outside Excel: says so and how to sideload", () => {
    const content = errorContent(en, readyView("x"), {
      ...idle,
      outcome: { ok: false, failure: { step: "host", table: null, message: "Excel is not available" } },
    });
    expect(content?.text).toContain("not running inside Excel");
    expect(content?.advice).toContain("manifest.xml");
  });

  test("in Chinese the sentences follow each other without a space", () =>
    expect(
      errorContent(zh, readyView("x"), {
        ...idle,
        outcome: { ok: false, failure: { step: "download", table: null, message: "404" } },
      })?.text,
    ).toBe("无法下载数据集。原有数据继续使用。"));

  test("an incomplete table is named, and Refresh again repairs it", () => {
    const content = errorContent(en, readyView(), {
      ...idle,
      outcome: { ok: false, failure: { step: "table", table: "CZ_Amounts", message: "sync failed" } },
    });
    expect(content?.text).toContain("CZ_Amounts");
    expect(content?.advice).toContain("Press Refresh again to repair");
  });

  test("a validation failure says nothing in the workbook changed", () =>
    expect(
      errorContent(zh, readyView(), {
        ...idle,
        outcome: { ok: false, failure: { step: "validate", table: null, message: "m" } },
      })?.text,
    ).toContain("工作簿未作任何改动"));

  test("a startup load that fell back to the saved copy is shown as a dataset problem", () =>
    expect(errorContent(en, readyView("timed out — using the last good copy"), idle)).toMatchObject({
      title: en.loadErrorTitle,
      detail: "timed out — using the last good copy",
    }));

  test("a startup load that failed with no copy", () => {
    const store = createDatasetStore();
    store.setFailed("network error");
    expect(errorContent(en, datasetView(store.getState()), idle)?.text).toBe(en.statusFailed);
  });
});

describe("statusText after a failed refresh", () => {
  test("says the previous data is still in use, not 'Ready'", () => {
    const failed = {
      running: false,
      progress: null,
      outcome: { ok: false as const, failure: { step: "download" as const, message: "404" } },
    } as unknown as RefreshView;
    expect(statusText(en, readyView(), failed)).toBe(
      `Refresh failed · still using the previous data (${tinyDataset().projects.length} projects)`,
    );
    expect(statusText(zh, readyView(), failed)).toBe(
      `刷新失败 · 仍在使用原有数据(${tinyDataset().projects.length} 个项目)`,
    );
  });
});
