/**
 * The built add-in end to end, in headless Chromium (Debian's chromium, driven by playwright-core): the production
 * build served on http://localhost, taskpane.html opened at task-pane size with the Excel stand-in served in
 * place of office.js (standInEntry.ts), then Refresh clicked as a user would. Checked: the CZ functions the page
 * registers and what a live formula shows before and after refreshes, the five tables and the refresh marker in
 * the stand-in's workbook, the pane's words in English and Chinese, failed refreshes that leave the workbook as
 * it was, and a double click that makes one refresh. Screenshots of each state go to test-results/.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import type { Dataset } from "../../src/core/dataset";
import { createQueryEngine } from "../../src/core/query/engine";
import { TABLE_LAYOUTS, TABLE_NAMES, rowsOf } from "../../src/core/tableLayouts";
import { STRINGS, type Strings } from "../../src/taskpane/i18n";
import { type OpenPane, chineseFonts, launchChromium, openPane, screenshot } from "./browser";
import { buildAddin } from "./buildOnce";
import { CHANGED_AMOUNT, CHANGED_LOW, SEED, invalidDataset, newerDataset } from "./datasets";
import { type TestServer, closedPort, serve } from "./serve";
import type { StandInPageOptions } from "./standInApi";
import { standInBundle } from "./standInBundle";
import { invoke, results, text, waitUntil } from "./paneDriver";

jest.setTimeout(60_000);

const FUNCTION_IDS = [
  "TOTAL",
  "COUNT",
  "PROJECTS",
  "PROJECT",
  "SOURCE",
  "FIGURES",
  "SECTORS",
  "PLACES",
  "VERSION",
];
const DATASET = "/dataset.json";
const INVALID = "/invalid.json";
const MISSING = "/missing.json";
const TOTAL_ARGS = ["新能源", "金坛"];
const HOSTS: Record<"en" | "zh" | "en-dark", StandInPageOptions> = {
  en: { displayLanguage: "en-US" },
  zh: { displayLanguage: "zh-CN" },
  "en-dark": { displayLanguage: "en-US", theme: "dark" },
};

let dist = "";
let bundle = "";
let server: TestServer | null = null;
let browser: Browser | null = null;
let panes: OpenPane[] = [];

beforeAll(async () => {
  [dist, bundle] = await Promise.all([buildAddin(), standInBundle()]);
  server = await serve(dist);
  server.setJson(INVALID, invalidDataset());
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(() => server!.setJson(DATASET, SEED));

afterEach(async () => {
  const problems = panes.flatMap((pane) => pane.problems);
  await Promise.all(panes.map((pane) => pane.close()));
  panes = [];
  // A page error or a console error is a crash of the pane, whatever the test looked at.
  expect(problems).toEqual([]);
});

// ---- helpers ----

async function open(host: keyof typeof HOSTS): Promise<{ page: Page; strings: Strings }> {
  const pane = await openPane(browser!, `${server!.origin}/taskpane.html`, bundle, HOSTS[host]);
  panes.push(pane);
  const strings = STRINGS[host === "zh" ? "zh" : "en"];
  const { page } = pane;
  // Ready: the runtime loaded the default dataset at start, and the workbook's data-source setting was read.
  await page
    .getByTestId("status-text")
    .filter({ hasText: strings.statusReady(SEED.projects.length) })
    .waitFor({ timeout: 20_000 });
  await waitUntil(() => page.getByTestId("source-url-input").isEnabled(), "the data source field to enable");
  return { page, strings };
}

/**
 * Clicks Refresh (or does `click`) while the download of `held` waits on the server, runs `during` while the
 * refresh is visibly in progress, then lets the download go and waits until the refresh has ended.
 */
async function refresh(
  page: Page,
  options: { held?: string; click?: () => Promise<void>; during?: () => Promise<void> } = {},
): Promise<void> {
  const release = server!.hold(options.held ?? DATASET);
  try {
    await (options.click ?? (() => page.getByTestId("refresh-button").click()))();
    await page.getByTestId("refresh-progress").waitFor();
    await options.during?.();
  } finally {
    release();
  }
  await page.getByTestId("refresh-progress").waitFor({ state: "hidden" });
  await waitUntil(() => page.getByTestId("refresh-button").isEnabled(), "the Refresh button to enable");
}

/** What the pane wrote into the stand-in's workbook, read without syncs. */
function workbook(page: Page) {
  return page.evaluate(() => {
    const standIn = window.__standIn!;
    return {
      tables: standIn.tableNames().map((name) => standIn.table(name)!),
      names: standIn.names(),
      settings: standIn.settings(),
    };
  });
}

/** Everything in the workbook a user could see (the data-source setting aside). */
async function visibleWorkbook(page: Page): Promise<unknown> {
  const snapshot = (await page.evaluate(() => window.__standIn!.snapshot())) as Record<string, unknown>;
  const { settings: _settings, ...rest } = snapshot;
  return rest;
}

/** The five tables with the layouts' headers, one row per record of `dataset`, cells as the layouts make them. */
async function expectTablesOf(page: Page, dataset: Dataset): Promise<void> {
  const { tables } = await workbook(page);
  expect(tables.map((t) => t.name).sort()).toEqual([...TABLE_NAMES].sort());
  const records = {
    CZ_Projects: dataset.projects.length,
    CZ_Amounts: dataset.amounts.length,
    CZ_Organizations: dataset.organizations.length,
    CZ_Events: dataset.events.length,
    CZ_Sources: dataset.sources.length,
  };
  for (const layout of TABLE_LAYOUTS) {
    const table = tables.find((t) => t.name === layout.table)!;
    expect({ table: table.name, sheet: table.sheet }).toEqual({ table: layout.table, sheet: layout.sheet });
    expect(table.headers).toEqual(layout.columns.map((c) => c.header));
    expect({ table: table.name, rows: table.values.length }).toEqual({
      table: table.name,
      rows: records[layout.table],
    });
    // An empty cell reads back as "".
    expect(table.values).toEqual(rowsOf(layout, dataset).map((row) => row.map((cell) => cell ?? "")));
  }
}

async function expectMarkerOf(page: Page, dataset: Dataset): Promise<void> {
  const { names, settings } = await workbook(page);
  const marker = names.find((n) => n.name === "CZ_LastRefresh");
  expect(marker?.value).toEqual(expect.stringMatching(new RegExp(` \\| ${dataset.version}$`)));
  expect(settings["CZ.lastRefresh"]).toEqual({ time: expect.any(String), version: dataset.version });
}

async function expectSummaryOf(page: Page, dataset: Dataset): Promise<void> {
  expect(await text(page, "dataset-version")).toContain(dataset.version);
  expect({
    projects: await text(page, "count-projects"),
    amounts: await text(page, "count-amounts"),
    organizations: await text(page, "count-organizations"),
    events: await text(page, "count-events"),
    sources: await text(page, "count-sources"),
  }).toEqual({
    projects: String(dataset.projects.length),
    amounts: String(dataset.amounts.length),
    organizations: String(dataset.organizations.length),
    events: String(dataset.events.length),
    sources: String(dataset.sources.length),
  });
  expect(await text(page, "last-refresh")).toContain(dataset.version);
}

async function useSource(page: Page, strings: Strings, url: string): Promise<void> {
  await page.getByTestId("source-url-input").fill(url);
  await page.getByTestId("save-url-button").click();
  await page.getByTestId("source-current").filter({ hasText: url }).waitFor();
  expect(await text(page, "source-current")).toBe(url);
  expect(await page.getByText(strings.urlSaved).count()).toBe(1);
}

// ---- the tests ----

test("English: the functions register and answer, Refresh writes the five tables, formulas follow a new version", async () => {
  const { page, strings } = await open("en");
  expect(await text(page, "pane-title")).toBe(strings.title);
  expect(await text(page, "refresh-button")).toBe(strings.refresh);
  expect(await text(page, "dataset-version")).toContain(SEED.version);
  expect(await text(page, "last-refresh")).toBe(strings.never);
  expect((await workbook(page)).tables).toEqual([]);
  await screenshot(page, "pane-idle-en");

  // The functions chunk associated every function of functions.json, and a live formula answers from the seed.
  const metadata = JSON.parse(readFileSync(join(dist, "functions.json"), "utf8")) as {
    functions: { id: string }[];
  };
  const ids = await page.evaluate(() => window.__customFunctions!.ids());
  expect([...ids].sort()).toEqual([...FUNCTION_IDS].sort());
  expect([...ids].sort()).toEqual(metadata.functions.map((f) => f.id).sort());
  await invoke(page, "A1", "TOTAL", TOTAL_ARGS);
  await invoke(page, "A2", "VERSION", []);
  expect(createQueryEngine(SEED).total("新能源", "金坛")).toBe(10);
  expect(await results(page, "A1")).toEqual([10]);
  expect((await results(page, "A2")).at(-1)).toEqual(expect.stringContaining(SEED.version));

  await refresh(page, {
    during: async () => {
      expect(await text(page, "refresh-button")).toBe(strings.refreshing);
      expect(await page.getByTestId("refresh-button").isDisabled()).toBe(true);
      expect(await text(page, "status-text")).toBe(strings.statusRefreshing(strings.stepDownload));
      await screenshot(page, "pane-refreshing-en");
    },
  });
  await page.getByTestId("refresh-done").waitFor();
  expect(await text(page, "refresh-done")).toMatch(/^Refresh finished at \d\d:\d\d\. Every CZ formula/);
  expect(await text(page, "status-text")).toMatch(/^Refreshed at \d\d:\d\d$/);
  await screenshot(page, "pane-done-en");

  await expectTablesOf(page, SEED);
  await expectMarkerOf(page, SEED);
  await expectSummaryOf(page, SEED);
  expect((await results(page, "A1")).at(-1)).toBe(10);

  // A newer version on the server: the next Refresh rewrites the tables and pushes the new answer to the cell.
  const newer = newerDataset();
  const expected = createQueryEngine(newer).total("新能源", "金坛");
  expect(expected).toBe(CHANGED_LOW);
  server!.setJson(DATASET, newer);
  await refresh(page);
  await page.getByTestId("refresh-done").waitFor();
  await expectTablesOf(page, newer);
  await expectMarkerOf(page, newer);
  await expectSummaryOf(page, newer);
  const amounts = (await workbook(page)).tables.find((t) => t.name === "CZ_Amounts")!;
  const [idColumn, lowColumn] = [amounts.headers.indexOf("ID"), amounts.headers.indexOf("Low")];
  expect(amounts.values.find((row) => row[idColumn] === CHANGED_AMOUNT)?.[lowColumn]).toBe(CHANGED_LOW);
  expect((await results(page, "A1")).at(-1)).toBe(expected);
  expect((await results(page, "A2")).at(-1)).toEqual(expect.stringContaining(newer.version));
});

test("Chinese: the pane speaks Chinese through a refresh", async () => {
  // Fonts only change the screenshots (boxes instead of glyphs): every check below reads the DOM's text.
  if (chineseFonts().length === 0)
    console.warn(
      "No font with Chinese glyphs: the zh screenshots show boxes (apt-get install fonts-wqy-microhei)",
    );
  const { page, strings } = await open("zh");
  expect(await text(page, "pane-title")).toBe("常州项目");
  expect(await text(page, "refresh-button")).toBe("刷新");
  expect(await text(page, "tab-data")).toBe(strings.tabData);
  expect(await text(page, "status-text")).toBe(`就绪 · ${SEED.projects.length} 个项目`);
  await screenshot(page, "pane-idle-zh");

  await refresh(page, {
    during: async () => {
      expect(await text(page, "refresh-button")).toBe("正在刷新…");
      expect(await text(page, "status-text")).toBe(strings.statusRefreshing(strings.stepDownload));
      await screenshot(page, "pane-refreshing-zh");
    },
  });
  await page.getByTestId("refresh-done").waitFor();
  expect(await text(page, "refresh-done")).toMatch(/^已于 \d\d:\d\d 完成刷新, 所有 CZ 公式已显示新数据。$/);
  expect(await text(page, "status-text")).toMatch(/^已于 \d\d:\d\d 刷新$/);
  await screenshot(page, "pane-done-zh");
  await expectTablesOf(page, SEED);
  await expectMarkerOf(page, SEED);
  await expectSummaryOf(page, SEED);
});

describe.each(["en", "zh"] as const)("a dataset URL that fails (%s)", (language) => {
  test("says what went wrong and what to do, and leaves the workbook and the formulas as they were", async () => {
    const { page, strings } = await open(language);
    await refresh(page);
    await page.getByTestId("refresh-done").waitFor();
    await invoke(page, "A1", "TOTAL", TOTAL_ARGS);
    const before = await visibleWorkbook(page);

    /** `detail`: the loader's words in each language; the pane shows only those in its own. */
    const errorIs = async (what: string, advice: string, detail: Record<"en" | "zh", RegExp>) => {
      await page.getByTestId("error-text").filter({ hasText: what }).waitFor();
      // Chinese sentences follow a full stop without a space.
      const gap = language === "zh" ? "" : " ";
      expect(await text(page, "error-text")).toBe(`${what}${gap}${strings.oldDataKept}`);
      expect(await text(page, "error-advice")).toBe(advice);
      expect(await text(page, "error-detail")).toMatch(detail[language]);
      const other = language === "zh" ? /[A-Za-z]{3,} [a-z]{3,}/ : /[\u4e00-\u9fff]/;
      expect(await text(page, "error-bar")).not.toMatch(other);
      expect(await page.getByTestId("refresh-done").count()).toBe(0);
      expect(await visibleWorkbook(page)).toEqual(before);
      // The formulas keep answering from the dataset in memory.
      expect((await results(page, "A1")).at(-1)).toBe(10);
      expect(await text(page, "dataset-version")).toContain(SEED.version);
    };

    // Nothing listens there: the download fails.
    const nowhere = `https://localhost:${await closedPort()}/x.json`;
    await useSource(page, strings, nowhere);
    await page.getByTestId("refresh-button").click();
    await errorIs(strings.errorDownload, strings.errorDownloadAdvice, {
      zh: /^无法下载数据集 .*x\.json: 网络错误$/,
      en: /^network error: /,
    });
    await screenshot(page, `pane-error-download-${language}`);

    // The server has no such file.
    await useSource(page, strings, `${server!.origin}${MISSING}`);
    await refresh(page, { held: MISSING });
    await errorIs(strings.errorDownload, strings.errorDownloadAdvice, {
      zh: /^下载失败 404 .*missing\.json$/,
      en: /^the server answered 404$/,
    });

    // A document that is not a valid dataset: nothing is written.
    await useSource(page, strings, `${server!.origin}${INVALID}`);
    await refresh(page, { held: INVALID });
    await errorIs(strings.errorValidate, strings.errorValidateAdvice, {
      zh: /不是有效的 CZ 数据集$/,
      en: /^is not a valid CZ dataset: .*amounts\[0\]\.low/,
    });
    await screenshot(page, `pane-error-${language}`);
  });
});

test("a double click on Refresh makes one refresh", async () => {
  const { page } = await open("en");
  await refresh(page);
  await page.getByTestId("refresh-done").waitFor();

  /** The syncs and downloads one refresh of the same dataset costs, started by `click`. */
  const cost = async (click: () => Promise<void>) => {
    await page.evaluate(() => window.__standIn!.resetCounters());
    const downloads = server!.hits(DATASET);
    await refresh(page, { click });
    await page.getByTestId("refresh-done").waitFor();
    // Anything a second click might have started has started by now.
    await page.waitForTimeout(300);
    expect(await page.getByTestId("refresh-button").isEnabled()).toBe(true);
    const syncs = await page.evaluate(() => window.__standIn!.syncs.map((s) => s.commands));
    return { downloads: server!.hits(DATASET) - downloads, syncs };
  };
  const button = page.getByTestId("refresh-button");
  const single = await cost(() => button.click());
  expect(single.downloads).toBe(1);
  expect(single.syncs.length).toBeGreaterThan(0);
  // A user's double click (the button is disabled by the first click's render) …
  expect(await cost(() => button.dblclick())).toEqual(single);
  // … and two clicks in one task, before React renders the disabled button: the second joins the first.
  const twoClicks = () =>
    page.evaluate(() => {
      const element = document.querySelector<HTMLButtonElement>('[data-testid="refresh-button"]')!;
      element.click();
      element.click();
    });
  expect(await cost(twoClicks)).toEqual(single);
  await expectTablesOf(page, SEED);
});

test("desktop Excel's dark theme: the pane is dark too", async () => {
  const { page } = await open("en-dark");
  await refresh(page);
  await page.getByTestId("refresh-done").waitFor();
  await screenshot(page, "pane-done-dark-en");
  // The FluentProvider paints the pane: a dark background, light text.
  const colors = await page.evaluate(() => {
    const style = getComputedStyle(document.querySelector(".fui-FluentProvider")!);
    return { background: style.backgroundColor, text: style.color };
  });
  const luminance = (css: string) => {
    const [r = 0, g = 0, b = 0] = (css.match(/\d+(\.\d+)?/g) ?? []).map(Number);
    return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
  };
  expect(luminance(colors.background)).toBeLessThan(0.25);
  expect(luminance(colors.text)).toBeGreaterThan(0.75);
});

const OFFICE_JS_OUTSIDE_OFFICE = `
window.CustomFunctions = { associate: function () {} };
window.Office = { onReady: function () { return Promise.resolve({ host: null, platform: null }); } };
`;

test("opened in a plain browser, the pane says at once that it is not inside Excel, and how to sideload it", async () => {
  // office.js in a browser outside Office: its loader defines CustomFunctions.associate whatever the host (the
  // functions chunk registers through it), and Office.onReady answers with no host.
  const pane = await openPane(
    browser!,
    `${server!.origin}/taskpane.html`,
    OFFICE_JS_OUTSIDE_OFFICE,
    HOSTS.en,
  );
  panes.push(pane);
  const { page } = pane;
  const strings = STRINGS.en;
  await page.getByTestId("outside-excel").waitFor({ timeout: 20_000 });
  expect(await text(page, "outside-excel")).toContain(strings.outsideExcelTitle);
  expect(await text(page, "outside-excel-web")).toContain("Upload My Add-in");
  expect(await text(page, "outside-excel")).toContain("npm start");
  await screenshot(page, "pane-outside-excel-en");
});

test("inside Excel no such warning shows, and the quality list's headlines start at the card's left edge, every badge visible", async () => {
  const { page } = await open("en");
  expect(await page.getByTestId("outside-excel").count()).toBe(0);
  await page.getByTestId("quality-list").waitFor();
  const cards = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid="quality-item"]')).map((card) => {
      const head = card.firstElementChild as HTMLElement;
      const left =
        card.getBoundingClientRect().left + card.clientLeft + parseFloat(getComputedStyle(card).paddingLeft);
      const background = getComputedStyle(card).backgroundColor;
      const badges = Array.from(head.children).filter((child) => child.className.includes("fui-Badge"));
      return {
        headLeft: Math.round(head.getBoundingClientRect().left - left),
        firstLeft: Math.round(head.firstElementChild!.getBoundingClientRect().left - left),
        invisibleBadges: badges
          .filter((b) => getComputedStyle(b).color === background)
          .map((b) => b.textContent),
      };
    }),
  );
  expect(cards.length).toBeGreaterThan(5);
  for (const card of cards) expect(card).toEqual({ headLeft: 0, firstLeft: 0, invisibleBadges: [] });
});
