/**
 * `cz fetch` against a news site on 127.0.0.1 (test/fixtures/pageServer.ts): government-shaped pages in UTF-8 and
 * GBK become NAME.txt + NAME.json with the article's text, title, publisher and date; every failure (404, no
 * answer, 10 MB, not HTML, a redirect into a private network, a page already there) is one line naming the page
 * and leaves the sources folder as it was; a fetched page builds to the same records as its text typed by hand.
 */
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type CommandIo, fetchCommand } from "../src/cli/fetchCommand";
import { readSources } from "../src/cli/sources";
import { buildDataset } from "../src/ingest/buildDataset";
import { EMPTY_CURATION } from "../src/ingest/curation";
import { handWritten } from "./fixtures/govArticles";
import { GOV_PAGES, govPage } from "./fixtures/govPages";
import { BIG_PAGE_BYTES, type PageServer, pageServer } from "./fixtures/pageServer";
import { SOURCES_DIR } from "./seedFixture";

// Downloads and builds: seconds each on a machine shared with other work.
jest.setTimeout(60_000);

let site: PageServer;
const dirs: string[] = [];

beforeAll(async () => {
  site = await pageServer();
});
afterAll(async () => {
  await site.close();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** A sources folder holding the seed, as data/sources does. */
function sourcesFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "cz-fetch-"));
  dirs.push(dir);
  for (const f of ["seed-article.txt", "seed-article.json"]) copyFileSync(join(SOURCES_DIR, f), join(dir, f));
  return dir;
}

/** Every file of a folder with its content: what "unchanged" compares. */
const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), "utf8")]));

async function fetch(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (l) => out.push(l), err: (l) => err.push(l), today: "2026-01-01" };
  const code = await fetchCommand(args, io);
  return { code, out, err };
}

const json = (dir: string, id: string) => JSON.parse(readFileSync(join(dir, `${id}.json`), "utf8"));
const text = (dir: string, id: string) => readFileSync(join(dir, `${id}.txt`), "utf8");

describe("cz fetch", () => {
  it("writes each government-shaped page's article and metadata, with a progress line each and a summary", async () => {
    const dir = sourcesFolder();
    const urls = GOV_PAGES.map((p) => site.pageUrl(p.article.name));
    const r = await fetch([...urls, "--into", dir]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    for (const [i, page] of GOV_PAGES.entries()) {
      const id = `127-0-0-1-${page.article.name}`;
      expect(r.out).toContain(`[${i + 1}/${GOV_PAGES.length}] ${urls[i]}`);
      expect({ id, text: text(dir, id) }).toEqual({ id, text: handWritten(page.article) });
      expect(json(dir, id)).toEqual({
        title: page.article.title,
        publisher: page.article.publisher,
        published: page.article.published,
        url: urls[i],
      });
    }
    expect(r.out.at(-1)).toBe(`cz fetch: ${GOV_PAGES.length} pages written to ${dir}`);
    // The GBK page says so, and where each field was read.
    expect(r.out.join("\n")).toMatch(/127-0-0-1-jintan\.txt \(4 paragraphs, \d+ characters, gbk\)/);
    expect(r.out).toContain("  published: 2020-05-22 (the 发布日期 line)");
    expect(r.out).toContain("  publisher: 常州日报 (meta ContentSource)");
  });

  it("builds a fetched page to the same records as its text written by hand", async () => {
    const page = govPage("zhonglou");
    const dir = mkdtempSync(join(tmpdir(), "cz-fetch-"));
    dirs.push(dir);
    const r = await fetch([site.pageUrl("zhonglou"), "--into", dir, "--name", "zhonglou"]);
    expect(r.code).toBe(0);
    const [fetched] = readSources(dir);
    const { article } = page;
    const byHand = buildDataset(
      [
        {
          ...fetched!,
          title: article.title,
          publisher: article.publisher,
          published: article.published,
          url: null,
          text: handWritten(article),
        },
      ],
      EMPTY_CURATION,
      "2026-01-01T00:00:00.000Z",
    );
    const built = buildDataset([fetched!], EMPTY_CURATION, "2026-01-01T00:00:00.000Z");
    expect(built.projects.length).toBeGreaterThan(0);
    for (const table of ["projects", "amounts", "events", "organizations", "places"] as const)
      expect({ table, rows: built[table] }).toEqual({ table, rows: byHand[table] });
  });

  it("follows a redirect on this machine and records the address the page came from", async () => {
    const dir = sourcesFolder();
    const r = await fetch([`${site.origin}/moved`, "--into", dir]);
    expect(r.code).toBe(0);
    expect(json(dir, "127-0-0-1-zhonglou").url).toBe(site.pageUrl("zhonglou"));
  });

  // [what, path, the reason said, more arguments]
  const failures: [string, string, RegExp, string[]][] = [
    ["a 404", "/missing.html", /the server answered 404 Not Found$/, []],
    [
      "a server that never answers",
      "/hang",
      /no complete answer from 127\.0\.0\.1:\d+ within 1 s \(timed out\)$/,
      ["--timeout", "1"],
    ],
    ["a 10 MB page", "/big", /the page is larger than 5 MB: refused without reading the rest$/, []],
    [
      "a 10 MB page that announces its size",
      "/big-announced",
      /the page is 10 MB, over the 5 MB limit: not downloaded$/,
      [],
    ],
    ["a PDF", "/report.pdf", /the address gives application\/pdf, not a web page \(text\/html\)$/, []],
    [
      "a redirect into a private network",
      "/to-private",
      /redirected to http:\/\/192\.168\.10\.20\/news\/1\.html, which points into a private network .*: refused$/,
      [],
    ],
  ];
  it.each(failures)(
    "refuses %s in one line and leaves the sources folder unchanged",
    async (_, path, reason, more) => {
      const dir = sourcesFolder();
      const before = snapshot(dir);
      const r = await fetch([`${site.origin}${path}`, "--into", dir, ...more]);
      expect(r.code).toBe(1);
      expect(r.err).toHaveLength(1);
      expect(r.err[0]).toMatch(new RegExp(`^cz fetch: \\[1/1\\] ${site.origin}${path}: `));
      expect(r.err[0]).toMatch(reason);
      expect(r.out.at(-1)).toBe(`cz fetch: 0 pages written to ${dir}, 1 failed: ${site.origin}${path}`);
      expect(snapshot(dir)).toEqual(before);
    },
  );

  it("stops reading a 10 MB page at the limit instead of downloading it whole", async () => {
    const dir = sourcesFolder();
    await fetch([`${site.origin}/big`, "--into", dir]);
    // The server writes ahead into the socket's buffers, but nowhere near the whole page.
    expect(site.bigBytesSent()).toBeLessThan(BIG_PAGE_BYTES);
  });

  it("refuses a page already there, by its address or by its text, naming the source", async () => {
    const dir = sourcesFolder();
    expect((await fetch([site.pageUrl("wujin"), "--into", dir])).code).toBe(0);
    const before = snapshot(dir);
    site.setPage("/copy/wujin.html", govPage("wujin").html);
    const r = await fetch([site.pageUrl("wujin"), `${site.origin}/copy/wujin.html`, "--into", dir]);
    expect(r.err).toEqual([
      `cz fetch: [1/2] ${site.pageUrl("wujin")}: already in ${dir} as 127-0-0-1-wujin (same address): nothing written`,
      `cz fetch: [2/2] ${site.origin}/copy/wujin.html: already in ${dir} as 127-0-0-1-wujin (same text): nothing written`,
    ]);
    expect(snapshot(dir)).toEqual(before);
  });

  it("each page succeeds or fails on its own", async () => {
    const dir = sourcesFolder();
    const r = await fetch([
      site.pageUrl("tianning"),
      `${site.origin}/missing.html`,
      site.pageUrl("jingkai"),
      "--into",
      dir,
    ]);
    expect(r.code).toBe(1);
    expect(r.err).toHaveLength(1);
    expect(readdirSync(dir).sort()).toEqual([
      "127-0-0-1-jingkai.json",
      "127-0-0-1-jingkai.txt",
      "127-0-0-1-tianning.json",
      "127-0-0-1-tianning.txt",
      "seed-article.json",
      "seed-article.txt",
    ]);
    expect(r.out.at(-1)).toBe(`cz fetch: 2 pages written to ${dir}, 1 failed: ${site.origin}/missing.html`);
  });

  it("says what it could not read: a page with no date leaves published null, and why that matters", async () => {
    const dir = sourcesFolder();
    const undated = govPage("zhonglou")
      .html.replace(/<meta name="PubDate"[^>]*>/, "")
      .replace(/发布时间：[^\u3000]*/, "");
    site.setPage("/undated.html", undated);
    const r = await fetch([`${site.origin}/undated.html`, "--into", dir]);
    expect(r.code).toBe(0);
    expect(json(dir, "127-0-0-1-undated").published).toBeNull();
    expect(r.out).toContain(
      '  published: not found on the page: relative dates (今年5月) stay unresolved until "published" is filled in 127-0-0-1-undated.json',
    );
  });

  it("takes title, publisher, date and name from flags over the page", async () => {
    const dir = sourcesFolder();
    const r = await fetch([
      site.pageUrl("liyang"),
      "--into",
      dir,
      "--name",
      "liyang-2021",
      "--title",
      "溧阳动力电池项目二期开工",
      "--publisher",
      "溧阳市人民政府",
      "--published",
      "2021-06-18",
    ]);
    expect(r.code).toBe(0);
    expect(json(dir, "liyang-2021")).toEqual({
      title: "溧阳动力电池项目二期开工",
      publisher: "溧阳市人民政府",
      published: "2021-06-18",
      url: site.pageUrl("liyang"),
    });
    expect(r.out).toContain("  published: 2021-06-18 (--published)");
  });

  it("refuses a plain-http page on the internet before any connection", async () => {
    const dir = sourcesFolder();
    const r = await fetch(["http://www.example.gov.cn/news/1.html", "--into", dir]);
    expect(r.err).toEqual([
      "cz fetch: [1/1] http://www.example.gov.cn/news/1.html: the address must use https:// (plain http only for a page on this machine)",
    ]);
  });
});
