/**
 * Adding an article from the built pane, end to end in headless Chromium with the Excel stand-in as Office.
 * The published dataset served is the seed without one paragraph (大唐's 热电联产项目); the test pastes that
 * paragraph into the "Add article" tab, sees its records with their quotes, settles its garbled investment from
 * another source (with a reason), adds them, and checks that the stand-in's CZ_Projects table, a live CZ.TOTAL
 * cell and CZ.VERSION change, that a reopened workbook has them, and that the export carries the settlement;
 * removing the addition brings everything back. Bad input (empty, traditional characters) is refused with a message and leaves the workbook unchanged.
 */
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { createQueryEngine } from "../../src/core/query/engine";
import { ADDITION_STRINGS } from "../../src/taskpane/additionStrings";
import { STRINGS } from "../../src/taskpane/i18n";
import {
  PARAGRAPH_META,
  PARAGRAPH_PROJECT,
  publishedWithoutParagraph,
  seedParagraph,
} from "../fixtures/seedParagraph";
import { type OpenPane, RESULTS, launchChromium, openPane, screenshot } from "./browser";
import { buildAddin } from "./buildOnce";
import { invoke, results, text, waitUntil } from "./paneDriver";
import { type TestServer, serve } from "./serve";
import type { StandInPageOptions } from "./standInApi";
import { standInBundle } from "./standInBundle";

jest.setTimeout(90_000);

const PARAGRAPH = seedParagraph();
/** The pipeline's on-demand chunk, named by its content (ingest.3f9c0a1b2d4e.js). */
const INGEST_CHUNK = /\/ingest\.[0-9a-f]+\.js$/;
const PUBLISHED = publishedWithoutParagraph();
const PROJECT = PARAGRAPH_PROJECT;

let dist = "";
let bundle = "";
let server: TestServer | null = null;
let browser: Browser | null = null;
let panes: OpenPane[] = [];

beforeAll(async () => {
  [dist, bundle] = await Promise.all([buildAddin(), standInBundle()]);
  server = await serve(dist);
  server.setJson("/dataset.json", PUBLISHED);
  browser = await launchChromium();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

afterEach(async () => {
  const problems = panes.flatMap((pane) => pane.problems);
  await Promise.all(panes.map((pane) => pane.close()));
  panes = [];
  expect(problems).toEqual([]);
});

async function open(
  options: StandInPageOptions = { displayLanguage: "en-US" },
  projects = PUBLISHED.projects.length,
  beforeLoad?: Parameters<typeof openPane>[4],
): Promise<Page> {
  const pane = await openPane(browser!, `${server!.origin}/taskpane.html`, bundle, options, beforeLoad);
  panes.push(pane);
  const { page } = pane;
  const strings = STRINGS[options.displayLanguage?.startsWith("zh") ? "zh" : "en"];
  await page
    .getByTestId("status-text")
    .filter({ hasText: strings.statusReady(projects) })
    .waitFor({ timeout: 20_000 });
  return page;
}

async function refreshTables(page: Page): Promise<void> {
  await page.getByTestId("refresh-button").click();
  await page.getByTestId("last-refresh").filter({ hasText: PUBLISHED.version }).waitFor({ timeout: 30_000 });
  await waitUntil(() => page.getByTestId("refresh-button").isEnabled(), "the Refresh button to enable");
}

/** The names in the stand-in's CZ_Projects table (its Name column). */
async function projectNames(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const table = window.__standIn!.table("CZ_Projects")!;
    const at = table.headers.indexOf("Project");
    return table.values.map((row) => String(row[at]));
  });
}

const lastResult = async (page: Page, cell: string) => (await results(page, cell)).at(-1);

/** Whether the formula in `cell` now shows `expected` (within 1e-9: sums of decimals are not exact). */
const shows = async (page: Page, cell: string, expected: number) => {
  const value = await lastResult(page, cell);
  return typeof value === "number" && Math.abs(value - expected) < 1e-9;
};

async function fillArticle(page: Page, body: string): Promise<void> {
  await page.getByTestId("tab-add").click();
  await page.getByTestId("add-text").fill(body);
  await page.getByTestId("add-title").fill(PARAGRAPH_META.title);
  await page.getByTestId("add-publisher").fill(PARAGRAPH_META.publisher);
  await page.getByTestId("add-published").fill(PARAGRAPH_META.published);
}

test("paste a paragraph, review its records with quotes, add: tables and formulas change; remove: they return", async () => {
  const page = await open();
  await refreshTables(page);
  const before = await projectNames(page);
  expect(before).toHaveLength(PUBLISHED.projects.length);
  expect(before).not.toContain(PROJECT);
  const publishedTotal = createQueryEngine(PUBLISHED).total("*");
  await invoke(page, "A1", "TOTAL", ["*"]);
  await invoke(page, "A2", "VERSION", []);
  await waitUntil(() => shows(page, "A1", publishedTotal), "CZ.TOTAL to answer");

  await fillArticle(page, PARAGRAPH);
  await page.getByTestId("add-extract").click();
  await page.getByTestId("add-review").waitFor();
  const project = page.locator(`[data-testid="review-project"][data-project-name="${PROJECT}"]`);
  expect(await project.count()).toBe(1);
  // The project's quote is the sentence it came from, its name marked in it.
  expect(await project.getByTestId("review-quote").locator("mark").first().textContent()).toBe(PROJECT);
  expect(PARAGRAPH).toContain((await project.getByTestId("review-quote").textContent()) ?? "∅");
  // The garbled investment is flagged as the quality list flags it.
  const garbled = page.locator('[data-testid="review-figure"][data-figure-text="计划总投?0亿元"]');
  expect(await garbled.getByTestId("review-qualifier").textContent()).toBe(STRINGS.en.qualifierGarbled);
  // The review alone, for the README (docs/add-article.png is a copy of it).
  await page.getByTestId("add-review").screenshot({
    path: join(RESULTS, "add-article-review-section-en.png"),
    animations: "disabled",
  });
  await page.getByTestId("add-show-text").click();
  expect(await page.getByTestId("add-marked-text").locator("mark").count()).toBeGreaterThan(0);
  await screenshot(page, "add-article-review-en");

  // Correct a field: the garbled investment settled from another source. Add waits for the reason.
  await garbled.getByTestId("review-settle-toggle").click();
  await garbled.getByTestId("settle-low").fill("30");
  await garbled.getByTestId("settle-high").fill("30");
  await garbled.getByTestId("settle-source").fill("https://example.org/datang-jintan");
  await garbled.getByTestId("settle-quote").fill("计划总投资30亿元");
  expect(await page.getByTestId("add-confirm").isDisabled()).toBe(true);
  await garbled.getByTestId("review-reason").fill("大唐集团的项目公告写明 30 亿元");
  await waitUntil(
    () => page.getByTestId("add-confirm").isEnabled(),
    "Add to enable once the reason is given",
  );
  await page.getByTestId("add-confirm").click();
  await page.getByTestId("add-message").filter({ hasText: "Added" }).waitFor({ timeout: 30_000 });
  const after = await projectNames(page);
  expect(after).toHaveLength(PUBLISHED.projects.length + 1);
  expect(after).toContain(PROJECT);
  // 计划总投?0亿元 (10–90) counts as settled: 30.
  await waitUntil(() => shows(page, "A1", publishedTotal + 30), "CZ.TOTAL to add the project");
  const version = String(await lastResult(page, "A2"));
  expect(version).toContain(`${PUBLISHED.version}+`);
  expect(await text(page, "dataset-version")).toContain(PUBLISHED.version);
  const item = page.getByTestId("addition-item");
  expect(await item.count()).toBe(1);
  await screenshot(page, "add-article-added-en");

  // Saved, closed and opened again (or e-mailed to a colleague with the add-in): the addition comes back with
  // the workbook, layered over the published dataset before the first formula answers.
  const saved = await page.evaluate(() => window.__standIn!.saved());
  expect(saved.customXmlParts).toHaveLength(1);
  const reopened = await open({ displayLanguage: "en-US", ...saved }, PUBLISHED.projects.length + 1);
  await invoke(reopened, "B1", "TOTAL", ["*"]);
  await waitUntil(() => shows(reopened, "B1", publishedTotal + 30), "the reopened total");
  await reopened.getByTestId("tab-add").click();
  expect(await reopened.getByTestId("addition-item").count()).toBe(1);

  // Reopened where the pipeline chunk cannot load: the addition is kept and listed, said to be not layered
  // (never "unreadable"), and the formulas answer from the published dataset meanwhile.
  const offline = await open({ displayLanguage: "en-US", ...saved }, PUBLISHED.projects.length, (context) =>
    context.route(INGEST_CHUNK, (route) => route.abort("internetdisconnected")),
  );
  await offline.getByTestId("tab-add").click();
  expect(await offline.getByTestId("addition-item").count()).toBe(1);
  expect(await offline.getByTestId("additions-layer-error").count()).toBe(1);
  expect(await offline.getByTestId("additions-unreadable").count()).toBe(0);

  // Export: one Save per file, and the metadata shown to copy.
  await item.getByTestId("addition-export").click();
  // The .txt, the .json and the .curation.json with the settlement and its reason.
  expect(await item.getByTestId("addition-save-file").count()).toBe(3);
  const exported = await item.getByTestId("addition-export-json").inputValue();
  expect(exported).toContain(PARAGRAPH_META.publisher);
  expect(exported).toContain('"action": "settleAmount"');
  expect(exported).toContain("大唐集团的项目公告写明 30 亿元");
  await item.getByTestId("addition-remove").click();
  await item.getByTestId("addition-remove-confirm").click();
  await page.getByTestId("add-message").filter({ hasText: "Removed" }).waitFor({ timeout: 30_000 });
  expect(await projectNames(page)).toEqual(before);
  await waitUntil(() => shows(page, "A1", publishedTotal), "CZ.TOTAL to drop the project");
  expect(await lastResult(page, "A2")).toEqual(expect.stringContaining(PUBLISHED.version));
  expect(String(await lastResult(page, "A2"))).not.toContain("+");
  expect(await page.getByTestId("additions-empty").count()).toBe(1);
});

test("an Add whose write of CZ_Sources fails is put back whole, and the pane says so in its own language", async () => {
  const page = await open({ displayLanguage: "zh-CN" });
  await refreshTables(page);
  const before = await projectNames(page);
  const publishedTotal = createQueryEngine(PUBLISHED).total("*");
  await invoke(page, "A1", "TOTAL", ["*"]);
  await waitUntil(() => shows(page, "A1", publishedTotal), "CZ.TOTAL to answer");
  await fillArticle(page, PARAGRAPH);
  await page.getByTestId("add-extract").click();
  await page.getByTestId("add-review").waitFor();
  // The case: the last table write of the Add, the one that writes CZ_Sources, fails after Excel applied
  // its first commands (the tables written before it in the same request, when they share one).
  await page.evaluate(() =>
    window.__standIn!.failSyncMatching('"CZ_Sources"[\\s\\S]*"m":"values"', { appliedCommands: 30 }),
  );
  await page.getByTestId("add-confirm").click();
  const message = page.getByTestId("add-message");
  await message.filter({ hasText: "CZ_Sources" }).waitFor({ timeout: 30_000 });
  const text = (await message.textContent()) ?? "";
  // The request that failed carried CZ_Sources (and whichever tables shared it): the message names them.
  const tables = /写入 (.+?) 失败/.exec(text)?.[1] ?? "";
  expect(tables.split(" / ")).toContain("CZ_Sources");
  expect(text).toBe(ADDITION_STRINGS.zh.failedRestored(tables));
  // One language: no English words beside the table's name.
  expect(text.replace(/CZ_[A-Za-z]+/g, "")).not.toMatch(/[A-Za-z]{2,}/);
  await screenshot(page, "add-article-failed-zh");

  // Put back as it was: the tables, the stored additions, the formulas and the journal agree.
  expect(await projectNames(page)).toEqual(before);
  const workbook = await page.evaluate(() => ({
    parts: window.__standIn!.customXmlParts().length,
    settings: Object.keys(window.__standIn!.settings()),
  }));
  expect(workbook.parts).toBe(0);
  expect(workbook.settings).not.toContain("CZ.pending.data");
  expect(await lastResult(page, "A1")).toBeCloseTo(publishedTotal, 9);
  expect(await page.getByTestId("additions-empty").count()).toBe(1);

  // Nothing was lost either: the review is still there, and Add now works.
  await page.getByTestId("add-confirm").click();
  await page.getByTestId("add-message").filter({ hasText: "已添加" }).waitFor({ timeout: 30_000 });
  expect(await projectNames(page)).toContain(PROJECT);
});

test("the pipeline chunk failing to load says so, changes nothing, and Extract works once it loads", async () => {
  const page = await open();
  await refreshTables(page);
  const snapshot = await page.evaluate(() => JSON.stringify(window.__standIn!.snapshot()));
  await page.route(INGEST_CHUNK, (route) => route.abort("internetdisconnected"));
  await fillArticle(page, PARAGRAPH);
  await page.getByTestId("add-extract").click();
  await page.getByTestId("add-message").filter({ hasText: "could not be loaded" }).waitFor();
  expect(await page.getByTestId("add-review").count()).toBe(0);
  expect(await page.evaluate(() => JSON.stringify(window.__standIn!.snapshot()))).toBe(snapshot);
  await page.unroute(INGEST_CHUNK);
  await page.getByTestId("add-extract").click();
  await page.getByTestId("add-review").waitFor();
});

test.each([
  ["an empty text", "   "],
  [
    "a text in traditional characters",
    "常州市與中國中車簽約，這個項目總投資50億元，將建設動車組檢修基地，預計實現產值達到100億元。",
  ],
  ["a text with no project and no figure", "今天天气很好，大家心情愉快。"],
])("%s is refused with a message and nothing in the workbook changes", async (_name, body) => {
  const page = await open();
  await refreshTables(page);
  const snapshot = await page.evaluate(() => JSON.stringify(window.__standIn!.snapshot()));
  await fillArticle(page, body);
  await page.getByTestId("add-extract").click();
  const message = page.getByTestId("add-message");
  await message.waitFor();
  expect((await message.textContent())?.length).toBeGreaterThan(10);
  expect(await page.getByTestId("add-review").count()).toBe(0);
  expect(await page.evaluate(() => JSON.stringify(window.__standIn!.snapshot()))).toBe(snapshot);
});
