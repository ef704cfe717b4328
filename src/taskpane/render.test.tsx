/**
 * Render checks without a DOM (no jsdom here): every part of the pane rendered to HTML in both languages and
 * the dataset's states, so a crash while rendering, a missing string or a lost data-testid fails here and not
 * in the analyst's pane. Effects do not run; clicks are for the browser tests.
 */
import type { ReactElement } from "react";
import { renderToString } from "react-dom/server";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createDatasetStore } from "../core/datasetStore";
import { sharedDataset } from "../runtime/sharedDataset";
import { installStandIn, uninstallStandIn } from "../../test/excel-standin";
import { seedDataset } from "../../test/seedFixture";
import { App } from "./App";
import { DataTab } from "./DataTab";
import { type DatasetView, datasetView } from "./datasetView";
import { FunctionsTab } from "./FunctionsTab";
import { HelpTab } from "./HelpTab";
import { type Language, STRINGS } from "./i18n";
import { PivotBuilder } from "./PivotBuilder";
import { RefreshPanel } from "./RefreshPanel";
import { ReportsTab } from "./ReportsTab";
import { LanguageContext } from "./useLanguage";
import type { RefreshController } from "./useRefresh";

const SEED = seedDataset();

function viewOf(setup: (store: ReturnType<typeof createDatasetStore>) => void): DatasetView {
  const store = createDatasetStore();
  setup(store);
  return datasetView(store.getState());
}

const READY = viewOf((s) => s.setDataset(SEED, "network"));
const LOADING = viewOf(() => undefined);
const FAILED = viewOf((s) => s.setFailed("无法下载数据集"));

const refresh = (over: Partial<RefreshController> = {}): RefreshController => ({
  running: false,
  progress: null,
  outcome: null,
  lastRefresh: null,
  url: "https://localhost:3000/dataset.json",
  refresh: async () => ({ ok: true, version: "v", time: "t", warnings: [] }),
  ...over,
});
const source = { saved: null, loaded: true, save: async () => undefined };

function html(language: Language, element: ReactElement): string {
  return renderToString(
    <FluentProvider theme={webLightTheme}>
      <LanguageContext.Provider value={{ language, strings: STRINGS[language] }}>
        {element}
      </LanguageContext.Provider>
    </FluentProvider>,
  );
}

const testIds = (markup: string) => [...markup.matchAll(/data-testid="([^"]+)"/g)].map((m) => m[1]);
/** The text directly inside the element with that data-testid (markup is too long to print on a failure). */
const textOf = (markup: string, id: string) =>
  new RegExp(`data-testid="${id}"[^>]*>([^<]*)<`).exec(markup)?.[1];

describe.each(["en", "zh"] as const)("rendered in %s", (language) => {
  const strings = STRINGS[language];

  test("the whole pane renders in Office's language with its title, version, status and Refresh button", () => {
    sharedDataset.setDataset(SEED, "network");
    installStandIn(globalThis, { displayLanguage: language === "zh" ? "zh-CN" : "en-US" });
    const markup = renderToString(<App />);
    uninstallStandIn(globalThis);
    expect(textOf(markup, "pane-title")).toBe(strings.title);
    expect(textOf(markup, "status-text")).toBe(strings.statusReady(SEED.projects.length));
    for (const id of [
      "pane-title",
      "dataset-version",
      "refresh-button",
      "status-text",
      "tab-data",
      "panel-data",
    ])
      expect(testIds(markup)).toContain(id);
  });

  test("the refresh panel shows progress with the step while running", () => {
    const markup = html(
      language,
      <RefreshPanel
        view={READY}
        refresh={refresh({
          running: true,
          progress: { step: { kind: "table", table: "CZ_Amounts" }, fraction: 0.5 },
        })}
      />,
    );
    expect(testIds(markup)).toEqual(
      expect.arrayContaining(["refresh-button", "status-text", "refresh-progress"]),
    );
    expect(markup).toContain(strings.stepTable("CZ_Amounts"));
    expect(markup).toMatch(
      /data-testid="refresh-button"[^>]*disabled|disabled[^>]*data-testid="refresh-button"/,
    );
  });

  test("a failed refresh shows the error bar with what the workbook holds and what to do", () => {
    const markup = html(
      language,
      <RefreshPanel
        view={READY}
        refresh={refresh({
          outcome: {
            ok: false,
            failure: { step: "workbook", workbook: "restored", table: "CZ_Amounts", message: "x" },
          },
        })}
      />,
    );
    expect(testIds(markup)).toContain("error-bar");
    expect(textOf(markup, "error-text")).toBe(strings.workbookRestored("CZ_Amounts"));
    expect(textOf(markup, "error-advice")).toBe(strings.workbookRestoredAdvice);
  });

  test("tables known to be incomplete are said so above the tabs until a write repairs them", () => {
    const markup = html(
      language,
      <RefreshPanel
        view={READY}
        refresh={refresh()}
        condition={{ state: "incomplete", table: "CZ_Events", detail: "x" }}
      />,
    );
    expect(textOf(markup, "workbook-incomplete")).toContain(strings.workbookIncomplete("CZ_Events"));
  });

  test.each([
    ["ready", READY],
    ["loading", LOADING],
    ["failed", FAILED],
  ])("the Data tab renders when the dataset is %s", (_state, view) => {
    const markup = html(language, <DataTab view={view} source={source} refresh={refresh()} />);
    expect(testIds(markup)).toEqual(
      expect.arrayContaining(["source-url-input", "save-url-button", "dataset-counts", "last-refresh"]),
    );
  });

  test("the Data tab lists the quality items with their amount ids", () => {
    const markup = html(language, <DataTab view={READY} source={source} refresh={refresh()} />);
    const garbled = SEED.amounts.filter((a) => a.qualifier === "garbled");
    expect(testIds(markup).filter((id) => id === "quality-item").length).toBeGreaterThanOrEqual(
      garbled.length,
    );
    const missing = garbled.filter((a) => !markup.includes(`data-amount-id="${a.id}"`)).map((a) => a.id);
    expect(missing).toEqual([]);
    expect(textOf(markup, "count-projects")).toBe(String(SEED.projects.length));
  });

  test("the other tabs render", () => {
    expect(testIds(html(language, <PivotBuilder hasDataset />))).toContain("pivot-create");
    expect(testIds(html(language, <FunctionsTab dataset={SEED} />))).toEqual(
      expect.arrayContaining(["builder-function", "built-formula", "insert-TOTAL", "argument-sector"]),
    );
    expect(testIds(html(language, <ReportsTab dataset={SEED} />))).toEqual(
      expect.arrayContaining(["report-sectorDistrictGrid", "freeze-sheet"]),
    );
    expect(testIds(html(language, <HelpTab view={READY} refresh={refresh()} />))).toContain(
      "copy-diagnostics",
    );
  });

  test("tabs render without a dataset too", () => {
    expect(() => html(language, <FunctionsTab dataset={null} />)).not.toThrow();
    expect(() => html(language, <ReportsTab dataset={null} />)).not.toThrow();
  });
});
