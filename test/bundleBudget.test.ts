/**
 * The pane's download budget: every script taskpane.html loads (the pane, the shared chunk with the core and the
 * ingest pipeline, the functions and the webpack runtime), gzipped as a server sends them, stays within 300 KB.
 * The pipeline runs in the pane (issue 11) but loads on demand as ingest.HASH.js, outside this budget: a pane that
 * never adds an article never fetches it.
 */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { buildAddin } from "./e2e/buildOnce";

jest.setTimeout(300_000);

const BUDGET_BYTES = 300 * 1024;

/** The local scripts a page loads, in order. */
export function scriptsOf(html: string): string[] {
  // The build minifies the HTML, so attribute values may go unquoted.
  return [...html.matchAll(/<script\b[^>]*\bsrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => (m[1] ?? m[2] ?? m[3])!)
    .filter((src) => !/^(https?:)?\/\//.test(src));
}

test("the scripts of the built pane weigh at most 300 KB gzipped", async () => {
  const dist = await buildAddin();
  const scripts = scriptsOf(readFileSync(join(dist, "taskpane.html"), "utf8"));
  expect(scripts).toEqual(expect.arrayContaining([expect.stringMatching(/taskpane/)]));
  const sizes = Object.fromEntries(
    scripts.map((src) => [src, gzipSync(readFileSync(join(dist, src.replace(/^\.?\//, "")))).length]),
  );
  const total = Object.values(sizes).reduce((a, b) => a + b, 0);
  // The sizes are in the failure message, so an overrun says which chunk grew.
  const report = Object.entries(sizes)
    .map(([src, bytes]) => `${src} ${(bytes / 1024).toFixed(1)} KB`)
    .join(", ");
  expect(
    `${total <= BUDGET_BYTES ? "within" : "over"} the budget: ${(total / 1024).toFixed(1)} KB (${report})`,
  ).toMatch(/^within/);
});

/** The one script of an on-demand chunk, NAME.CONTENTHASH.js. */
function chunkFile(dist: string, name: string): string {
  const [file, ...more] = readdirSync(dist).filter((f) => new RegExp(`^${name}\\.[0-9a-f]+\\.js$`).test(f));
  expect({ name, file, more }).toEqual({ name, file: expect.any(String), more: [] });
  return file!;
}

test("the ingest pipeline is a chunk of its own, not part of the pane's first load", async () => {
  const dist = await buildAddin();
  const scripts = scriptsOf(readFileSync(join(dist, "taskpane.html"), "utf8"));
  const ingestFile = chunkFile(dist, "ingest");
  expect(scripts).not.toContain(ingestFile);
  const ingest = readFileSync(join(dist, ingestFile));
  // The known organizations' list is the pipeline's alone: it must be in the chunk and nowhere in the first load.
  const marker = "中国电子信息产业集团";
  expect(ingest.toString("utf8")).toContain(marker);
  for (const src of scripts)
    expect({ src, has: readFileSync(join(dist, src), "utf8").includes(marker) }).toEqual({ src, has: false });
});

test("scriptsOf reads local script sources and leaves the CDN's out", () => {
  expect(
    scriptsOf(
      '<script src="https://appsforoffice.microsoft.com/lib/1/hosted/office.js"></script><script defer src="runtime.js"></script><script src="taskpane.js"></script>',
    ),
  ).toEqual(["runtime.js", "taskpane.js"]);
});

test("the web page reader (Readability) is a chunk of its own, not part of the pane's first load", async () => {
  const dist = await buildAddin();
  const scripts = scriptsOf(readFileSync(join(dist, "taskpane.html"), "utf8"));
  const pageFile = chunkFile(dist, "page");
  expect(scripts).not.toContain(pageFile);
  // A method name of Readability's (terser keeps property names): in the page chunk, nowhere in the first load.
  const marker = "_grabArticle";
  expect(readFileSync(join(dist, pageFile), "utf8")).toContain(marker);
  for (const src of scripts)
    expect({ src, has: readFileSync(join(dist, src), "utf8").includes(marker) }).toEqual({ src, has: false });
});
