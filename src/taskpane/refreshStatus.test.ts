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

const contentOf = (language: "en" | "zh", view: ReturnType<typeof readyView>, refresh: RefreshView) =>
  errorContent(STRINGS[language], view, refresh, language);

describe("errorContent", () => {
  test("nothing wrong, nothing shown", () => expect(contentOf("en", readyView(), idle)).toBeNull());

  test("a download failure: check the URL; the old data stays", () => {
    const content = contentOf("en", readyView("x"), {
      ...idle,
      outcome: { ok: false, failure: { step: "download", message: "404" } },
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
    const content = contentOf("en", readyView("x"), {
      ...idle,
      outcome: { ok: false, failure: { step: "host", message: "Excel is not available" } },
    });
    expect(content?.text).toContain("not running inside Excel");
    expect(content?.advice).toContain("manifest.xml");
  });

  test("in Chinese the sentences follow each other without a space", () =>
    expect(
      contentOf("zh", readyView("x"), {
        ...idle,
        outcome: { ok: false, failure: { step: "download", message: "404" } },
      })?.text,
    ).toBe("无法下载数据集。原有数据继续使用。"));

  test("a write put back as it was: names the table, says what the formulas show, and to try again", () => {
    const failed = (language: "en" | "zh") =>
      contentOf(language, readyView(), {
        ...idle,
        outcome: {
          ok: false,
          failure: { step: "workbook", workbook: "restored", table: "CZ_Amounts", message: "sync failed" },
        },
      });
    expect(failed("en")).toEqual({
      title: en.errorTitle,
      text: en.workbookRestored("CZ_Amounts"),
      advice: "Press Refresh to try again.",
      // Excel's English words are for the diagnostics in a Chinese pane, shown in an English one.
      detail: "sync failed",
    });
    expect(failed("zh")?.text).toBe(zh.workbookRestored("CZ_Amounts"));
    expect(failed("zh")?.detail).toBe("");
  });

  test("tables left incomplete: the way out is a Refresh or reopening", () => {
    const text = contentOf("en", readyView(), {
      ...idle,
      outcome: {
        ok: false,
        failure: { step: "workbook", workbook: "incomplete", table: "CZ_Events", message: "x" },
      },
    });
    expect(text?.text).toContain("CZ_Events");
    expect(text?.advice).toContain("close and reopen the workbook");
  });

  test("a bilingual detail shows its side in the pane's language only", () => {
    const detail = (language: "en" | "zh") =>
      contentOf(language, readyView(), {
        ...idle,
        outcome: {
          ok: false,
          failure: {
            step: "download",
            message: "下载失败 404 Not Found: https://x.org/d.json / the server answered 404",
          },
        },
      })?.detail;
    expect(detail("zh")).toBe("下载失败 404 Not Found: https://x.org/d.json");
    expect(detail("en")).toBe("the server answered 404");
  });

  test("a validation failure says nothing in the workbook changed", () =>
    expect(
      contentOf("zh", readyView(), {
        ...idle,
        outcome: { ok: false, failure: { step: "validate", message: "m" } },
      })?.text,
    ).toContain("工作簿未作任何改动"));

  test("a startup load that fell back to the saved copy is shown as a dataset problem", () =>
    expect(contentOf("en", readyView("timed out — using the last good copy"), idle)).toMatchObject({
      title: en.loadErrorTitle,
      detail: "timed out — using the last good copy",
    }));

  test("a startup load that failed with no copy", () => {
    const store = createDatasetStore();
    store.setFailed("network error");
    expect(contentOf("en", datasetView(store.getState()), idle)?.text).toBe(en.statusFailed);
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
