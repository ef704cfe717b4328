/**
 * `cz add FILE.html`: a page saved from a browser becomes NAME.txt + NAME.json like a fetched one — GBK pages,
 * the address the browser noted, flags over the page — and what is not a saved page is refused in one line.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import { addCommand, type CommandIo } from "../src/cli/fetchCommand";
import { handWritten } from "./fixtures/govArticles";
import { govPage } from "./fixtures/govPages";
import { SOURCES_DIR } from "./seedFixture";

jest.setTimeout(120_000);

let work: string;
let into: string;
beforeEach(() => {
  work = mkdtempSync(join(tmpdir(), "cz-add-"));
  into = join(work, "sources");
  mkdirSync(into);
  for (const f of ["seed-article.txt", "seed-article.json"])
    copyFileSync(join(SOURCES_DIR, f), join(into, f));
});
afterEach(() => rmSync(work, { recursive: true, force: true }));

async function add(args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIo = { out: (l) => out.push(l), err: (l) => err.push(l), today: "2026-01-01" };
  return { code: await addCommand(args, io), out, err };
}

const save = (name: string, bytes: string | Buffer) => {
  const file = join(work, name);
  writeFileSync(file, bytes);
  return file;
};

describe("cz add", () => {
  it("adds a saved GBK page under its file's name, with the address the browser noted", async () => {
    const page = govPage("jintan");
    const saved = `<!-- saved from url=(0052)https://www.example.gov.cn/art/2020/5/22/art_1.html -->\n${page.html}`;
    const file = save("jintan-battery.html", iconv.encode(saved, "gbk"));
    const r = await add([file, "--into", into]);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(into, "jintan-battery.txt"), "utf8")).toBe(handWritten(page.article));
    expect(JSON.parse(readFileSync(join(into, "jintan-battery.json"), "utf8"))).toEqual({
      title: page.article.title,
      publisher: page.article.publisher,
      published: page.article.published,
      url: "https://www.example.gov.cn/art/2020/5/22/art_1.html",
    });
  });

  it("names a page whose file name has no Latin letters 'page', and says it has no address", async () => {
    const file = save("钟楼区签约.html", govPage("zhonglou").html);
    const r = await add([file, "--into", into]);
    expect(r.code).toBe(0);
    expect(readdirSync(into)).toContain("page.txt");
    expect(r.out).toContain("  url: not known (give it with --url)");
  });

  it("takes --url and --published over the page", async () => {
    const file = save("wujin.html", govPage("wujin").html);
    const r = await add([
      file,
      "--into",
      into,
      "--url",
      "https://www.example.gov.cn/wj/1.html",
      "--published",
      "2021-02-25",
    ]);
    expect(r.code).toBe(0);
    expect(JSON.parse(readFileSync(join(into, "wujin.json"), "utf8"))).toMatchObject({
      published: "2021-02-25",
      url: "https://www.example.gov.cn/wj/1.html",
    });
  });

  it("refuses a file that is not a saved page, a missing file and a page already there, each in one line", async () => {
    const txt = save("article.txt", "钟楼区与北自所签约。");
    const first = save("tianning.html", govPage("tianning").html);
    expect((await add([first, "--into", into])).code).toBe(0);
    const before = readdirSync(into).sort();
    const again = save("tianning-copy.html", govPage("tianning").html);
    const r = await add([txt, join(work, "missing.html"), again, "--into", into]);
    expect(r.code).toBe(1);
    expect(r.err).toEqual([
      `cz add: [1/3] ${txt}: cz add reads saved web pages (.html, .htm); an article's text goes into NAME.txt with NAME.json`,
      `cz add: [2/3] ${join(work, "missing.html")}: cannot be read: ENOENT`,
      `cz add: [3/3] ${again}: already in ${into} as tianning (same text): nothing written`,
    ]);
    expect(readdirSync(into).sort()).toEqual(before);
  });

  it.each([
    [
      ["--published", "2018-13-01"],
      "--published must be a date like 2018-11-13 (or 2018-11, 2018), not '2018-13-01'",
    ],
    [["--published", "2027-01-01"], "--published 2027-01-01 is after today (2026-01-01)"],
    [["--name", "钟楼"], "--name '钟楼' cannot be a source id: use letters, digits, '-', '_' or '.'"],
    [["--title", " "], "--title must not be empty"],
  ])("refuses %j before reading anything", async (flags, message) => {
    const file = save("wujin.html", govPage("wujin").html);
    await expect(add([file, "--into", into, ...flags])).rejects.toThrow(message);
    expect(readdirSync(into)).toEqual(["seed-article.json", "seed-article.txt"]);
  });

  it("refuses a page without a title or publisher unless a flag gives it", async () => {
    const bare = save(
      "bare.html",
      "<html><body><p>4月10日，钟楼区与某公司签约建设智能装备项目，总投资30亿元。</p></body></html>",
    );
    const r = await add([bare, "--into", into]);
    expect(r.err).toEqual([`cz add: [1/1] ${bare}: no title found on the page: give it with --title`]);
    const given = await add([bare, "--into", into, "--title", "钟楼签约", "--publisher", "钟楼区人民政府"]);
    expect(given.code).toBe(0);
  });

  it("runs as `cz add` from the command line, and a wrong option names the right one", () => {
    const file = save("xinbei.html", govPage("xinbei").html);
    const cz = (args: string[]) =>
      spawnSync(process.execPath, [join(__dirname, "..", "bin", "cz.js"), ...args], {
        encoding: "utf8",
        timeout: 120_000,
      });
    const wrong = cz(["add", file, "--int", into]);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("cz add has no option --int: did you mean --into?");
    const r = cz(["add", file, "--into", into]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`wrote ${join(into, "xinbei.txt")}`);
    expect(r.stdout).toContain("cz add: 1 page written to");
  });
});
