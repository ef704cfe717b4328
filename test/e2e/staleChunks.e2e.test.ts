/**
 * A deploy seen through a stale cache: the pane of a new build must never run a script of the build before it.
 * Two production builds of the same sources that differ (one without source maps: every script's bytes change)
 * play the old and the new deploy. The server answers every script name the old build had with the OLD file —
 * a browser cache or proxy that kept them — and everything else (taskpane.html, which the manifest names and
 * which is served uncached, and the new names) from the new build. The new pane, its on-demand pipeline chunk
 * included, must load only its own scripts, byte for byte. With scripts named without their content hash
 * (ingest.js), the new page would ask for ingest.js and get the old one.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { STRINGS } from "../../src/taskpane/i18n";
import { PARAGRAPH_META, publishedWithoutParagraph, seedParagraph } from "../fixtures/seedParagraph";
import { type OpenPane, launchChromium, openPane } from "./browser";
import { buildAddin } from "./buildOnce";
import { type TestServer, serve } from "./serve";
import { standInBundle } from "./standInBundle";

jest.setTimeout(90_000);

const PUBLISHED = publishedWithoutParagraph();
const scripts = (dir: string) => readdirSync(dir).filter((f) => f.endsWith(".js"));

let oldBuild = "";
let newBuild = "";
let servedFrom = "";
let bundle = "";
let server: TestServer | null = null;
let browser: Browser | null = null;
let pane: OpenPane | null = null;

beforeAll(async () => {
  // One after the other: two production builds at once would crowd a small machine.
  newBuild = await buildAddin();
  oldBuild = await buildAddin({}, ["--no-devtool"]);
  bundle = await standInBundle();
  // The new deploy, with the stale cache's copies of the old build's scripts answering their names.
  servedFrom = mkdtempSync(join(tmpdir(), "cz-stale-"));
  cpSync(newBuild, servedFrom, { recursive: true });
  for (const file of scripts(oldBuild)) cpSync(join(oldBuild, file), join(servedFrom, file));
  server = await serve(servedFrom);
  server.setJson("/dataset.json", PUBLISHED);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await pane?.close();
  await browser?.close();
  await server?.close();
  if (servedFrom) rmSync(servedFrom, { recursive: true, force: true });
});

test("the two builds differ, and no script name of one means other bytes in the other", () => {
  const same = (file: string) =>
    readFileSync(join(oldBuild, file)).equals(readFileSync(join(newBuild, file)));
  const ingest = (dir: string) => scripts(dir).filter((f) => f.startsWith("ingest."));
  // The pipeline chunk changed between the builds…
  expect(ingest(oldBuild)).toHaveLength(1);
  expect(readFileSync(join(oldBuild, ingest(oldBuild)[0]!))).not.toEqual(
    readFileSync(join(newBuild, ingest(newBuild)[0]!)),
  );
  // …so its name did: a name both builds have is the same file.
  const shared = scripts(newBuild).filter((f) => scripts(oldBuild).includes(f));
  expect(shared.filter((f) => !same(f))).toEqual([]);
});

test("the rebuilt pane beside a stale cache of the old build loads only its own scripts, the pipeline too", async () => {
  pane = await openPane(browser!, `${server!.origin}/taskpane.html`, bundle, { displayLanguage: "en-US" });
  const { page } = pane;
  const loaded: string[] = [];
  page.on("request", (request) => {
    const path = new URL(request.url()).pathname;
    if (path.endsWith(".js") && new URL(request.url()).hostname === "localhost") loaded.push(path.slice(1));
  });
  // Scripts the page loaded before the listener: taskpane.html names them.
  const html = readFileSync(join(newBuild, "taskpane.html"), "utf8");
  loaded.push(...[...html.matchAll(/<script\b[^>]*\bsrc="?([^" >]+)"?/g)].map((m) => m[1]!));
  await page
    .getByTestId("status-text")
    .filter({ hasText: STRINGS.en.statusReady(PUBLISHED.projects.length) })
    .waitFor({ timeout: 20_000 });
  // Extract loads the pipeline chunk on demand: the one a stale cache is most likely to hold.
  await page.getByTestId("tab-add").click();
  await page.getByTestId("add-text").fill(seedParagraph());
  await page.getByTestId("add-title").fill(PARAGRAPH_META.title);
  await page.getByTestId("add-publisher").fill(PARAGRAPH_META.publisher);
  await page.getByTestId("add-extract").click();
  await page.getByTestId("add-review").waitFor({ timeout: 20_000 });

  const local = loaded.filter((src) => !/^https?:/.test(src));
  expect(local.filter((src) => src.startsWith("ingest."))).toHaveLength(1);
  const own = new Set(scripts(newBuild));
  expect(local.filter((src) => !own.has(src))).toEqual([]);
  // What the page ran is the new build's, byte for byte (the stale copies answer only the old names).
  for (const src of new Set(local))
    expect({
      src,
      same: readFileSync(join(servedFrom, src)).equals(readFileSync(join(newBuild, src))),
    }).toEqual({
      src,
      same: true,
    });
  expect(pane.problems).toEqual([]);
});
