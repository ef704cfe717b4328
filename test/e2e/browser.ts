/**
 * Headless Chromium for the end-to-end tests, driven by playwright-core: CZ_CHROMIUM if set, else Debian's
 * /usr/bin/chromium when installed, else the headless Chromium that the npm package @sparticuz/chromium carries
 * inside itself (no install script, no download: `npm ci` is the only step on a machine with only Node; it
 * unpacks to the temporary folder on first use). Chinese glyphs in screenshots need a CJK font
 * (fonts-wqy-microhei); without one the screenshots show boxes, but every check reads text, not pixels. The
 * task pane's page opened in a fresh context the size of a task pane, with the Excel stand-in
 * served where taskpane.html loads office.js. Nothing but localhost is reachable from the page.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, type Page, chromium } from "playwright-core";
import { ROOT } from "./buildOnce";
import type { StandInPageOptions } from "./standInApi";

export const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const OFFICE_JS = "https://appsforoffice.microsoft.com/**";
export const RESULTS = join(ROOT, "test-results");

/** A task pane in Excel is about 350 px wide. */
export const PANE_VIEWPORT = { width: 350, height: 900 };

export interface BrowserChoice {
  path: string;
  from: "CZ_CHROMIUM" | "system" | "@sparticuz/chromium";
}

/**
 * The browser the tests run: CZ_CHROMIUM, else the system's Chromium, else the npm package's.
 * @example await findChromium() // { path: "/usr/bin/chromium", from: "system" }
 */
export async function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  system = SYSTEM_CHROMIUM,
): Promise<BrowserChoice> {
  if (env.CZ_CHROMIUM) return { path: env.CZ_CHROMIUM, from: "CZ_CHROMIUM" };
  if (existsSync(system)) return { path: system, from: "system" };
  try {
    const packaged = (await import("@sparticuz/chromium")).default;
    return { path: await packaged.executablePath(), from: "@sparticuz/chromium" };
  } catch (error) {
    throw new Error(
      `No headless browser: no ${system}, and @sparticuz/chromium (a devDependency, Linux only) could not unpack ` +
        `its Chromium (${(error as Error).message}). Run npm ci, or apt-get install chromium, or set CZ_CHROMIUM=/path.`,
    );
  }
}

export async function launchChromium(choice?: BrowserChoice): Promise<Browser> {
  const { path } = choice ?? (await findChromium());
  return chromium.launch({
    executablePath: path,
    headless: true,
    timeout: 60_000,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** The font families with Chinese glyphs that fontconfig (and so Chromium on Linux) has; [] when none. */
export function chineseFonts(): string[] {
  try {
    return execFileSync("fc-list", [":lang=zh", "family"], { encoding: "utf8" })
      .split("\n")
      .filter((line) => line.trim() !== "");
  } catch {
    return [];
  }
}

export interface OpenPane {
  page: Page;
  context: BrowserContext;
  /** Page errors and console errors (failed network requests aside: some tests make them on purpose). */
  problems: string[];
  close(): Promise<void>;
}

/**
 * Opens `url` (the add-in's taskpane.html) with the stand-in `bundle` in place of office.js and the host
 * `options` it reads; `problems` collects what would mean a crash.
 */
export async function openPane(
  browser: Browser,
  url: string,
  bundle: string,
  options: StandInPageOptions,
  /** Routes of the test's own, set before the page loads (a chunk made to fail, say). */
  beforeLoad?: (context: BrowserContext) => Promise<unknown>,
): Promise<OpenPane> {
  const context = await browser.newContext({
    viewport: PANE_VIEWPORT,
    deviceScaleFactor: 1,
    locale: options.displayLanguage ?? "en-US",
    timezoneId: "Asia/Shanghai",
    colorScheme: "light",
    serviceWorkers: "block",
  });
  const problems: string[] = [];
  // Last registered runs first: office.js is the stand-in; anything else off localhost is refused (and is a
  // problem: the pane must not need the internet).
  await context.route(
    (address) => address.hostname !== "localhost" && address.hostname !== "127.0.0.1",
    (route) => {
      problems.push(`request off localhost: ${route.request().url()}`);
      return route.abort("blockedbyclient");
    },
  );
  await context.route(OFFICE_JS, (route) =>
    route.fulfill({ status: 200, body: bundle, contentType: "application/javascript; charset=utf-8" }),
  );
  await context.addInitScript((hostOptions) => {
    window.__CZ_STANDIN_OPTIONS = hostOptions;
  }, options);
  await beforeLoad?.(context);
  const page = await context.newPage();
  page.on("pageerror", (error) => problems.push(`page error: ${error.stack ?? error.message}`));
  page.on("crash", () => problems.push("the page crashed"));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    // Chromium logs every failed request ("Failed to load resource: … 404 …"); the error tests make some.
    if (/^Failed to load resource\b/.test(message.text())) return;
    problems.push(`console error: ${message.text()}`);
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, context, problems, close: () => context.close() };
}

/** Saves a screenshot of the whole pane as test-results/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true, animations: "disabled", caret: "hide" });
  return path;
}
