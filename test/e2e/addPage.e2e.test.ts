/**
 * A web page into the pane's Add article tab, in headless Chromium: a government-shaped page dropped (GBK,
 * charset in its <meta>) or its source pasted arrives as the article's text with its title, publisher and date
 * filled in, read by the browser's DOMParser and the same reader as `cz fetch`; Extract then finds its projects.
 * Every test page reads the same in the browser as under linkedom (src/ingest/html/readHtmlPage.test.ts).
 */
import type { Browser, Page } from "playwright-core";
import iconv from "iconv-lite";
import { STRINGS } from "../../src/taskpane/i18n";
import { GOV_PAGES, type GovPage, govPage } from "../fixtures/govPages";
import { publishedWithoutParagraph } from "../fixtures/seedParagraph";
import { type OpenPane, launchChromium, openPane, screenshot } from "./browser";
import { buildAddin } from "./buildOnce";
import { waitUntil } from "./paneDriver";
import { type TestServer, serve } from "./serve";
import { standInBundle } from "./standInBundle";

jest.setTimeout(90_000);

const PUBLISHED = publishedWithoutParagraph();
let server: TestServer | null = null;
let browser: Browser | null = null;
let bundle = "";
let panes: OpenPane[] = [];

beforeAll(async () => {
  let dist: string;
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

async function addTab(): Promise<Page> {
  const pane = await openPane(browser!, `${server!.origin}/taskpane.html`, bundle, {
    displayLanguage: "en-US",
  });
  panes.push(pane);
  const { page } = pane;
  await page
    .getByTestId("status-text")
    .filter({ hasText: STRINGS.en.statusReady(PUBLISHED.projects.length) })
    .waitFor({ timeout: 20_000 });
  await page.getByTestId("tab-add").click();
  return page;
}

const bytesOf = (page: GovPage) =>
  page.charset === "gbk" ? iconv.encode(page.html, "gbk") : Buffer.from(page.html, "utf8");

/** Drops a page on the text field as a browser drops a file. */
async function drop(page: Page, name: string, bytes: Buffer): Promise<void> {
  const dataTransfer = await page.evaluateHandle(
    ({ name, bytes }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], name, { type: "text/html" }));
      return transfer;
    },
    { name, bytes: [...bytes] },
  );
  await page.getByTestId("add-text").dispatchEvent("drop", { dataTransfer });
}

const fields = async (page: Page) => ({
  text: await page.getByTestId("add-text").inputValue(),
  title: await page.getByTestId("add-title").inputValue(),
  publisher: await page.getByTestId("add-publisher").inputValue(),
  published: await page.getByTestId("add-published").inputValue(),
});

const expected = (page: GovPage) => ({
  text: page.article.paragraphs.join("\n"),
  title: page.article.title,
  publisher: page.article.publisher,
  published: page.article.published,
});

test("a dropped GBK page arrives with its title, publisher and date filled in, and Extract finds its projects", async () => {
  const page = await addTab();
  const jintan = govPage("jintan");
  await drop(page, "jintan.html", bytesOf(jintan));
  await waitUntil(
    async () => (await page.getByTestId("add-title").inputValue()) !== "",
    "the fields to fill",
  );
  expect(await fields(page)).toEqual(expected(jintan));
  await screenshot(page, "add-article-page-dropped-en");
  await page.getByTestId("add-extract").click();
  await page.getByTestId("add-review").waitFor();
  expect(await page.getByTestId("review-project").count()).toBeGreaterThan(0);
  // The reader is its own chunk, fetched when the first page arrived: not part of the pane's first load.
  const scripts = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name));
  expect(scripts.some((src) => /\/page\.[0-9a-f]+\.js$/.test(src))).toBe(true);
});

test("every test page reads in the browser as it reads in Node", async () => {
  const page = await addTab();
  for (const gov of GOV_PAGES) {
    await page.getByTestId("add-clear").click();
    await drop(page, `${gov.article.name}.html`, bytesOf(gov));
    await waitUntil(
      async () => (await page.getByTestId("add-title").inputValue()) === gov.article.title,
      `${gov.article.name} to be read`,
    );
    expect({ page: gov.article.name, ...(await fields(page)) }).toEqual({
      page: gov.article.name,
      ...expected(gov),
    });
  }
});

test("a page's source pasted into the text field is read as the page", async () => {
  const page = await addTab();
  const wujin = govPage("wujin");
  await page.getByTestId("add-text").focus();
  await page.getByTestId("add-text").evaluate((element, html) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", html);
    element.dispatchEvent(
      new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
    );
  }, wujin.html);
  await waitUntil(
    async () => (await page.getByTestId("add-title").inputValue()) !== "",
    "the fields to fill",
  );
  expect(await fields(page)).toEqual(expected(wujin));
});

test("a page without a date says so, and the date field is left for the analyst", async () => {
  const page = await addTab();
  const undated = govPage("tianning").html.replace(/发布时间：[^&]*/, "");
  await drop(page, "undated.html", Buffer.from(undated, "utf8"));
  await waitUntil(
    async () => (await page.getByTestId("add-title").inputValue()) !== "",
    "the fields to fill",
  );
  expect((await fields(page)).published).toBe("");
  await page.getByText("Not on the page: Published (YYYY-MM-DD) — fill them in.", { exact: false }).waitFor();
});
