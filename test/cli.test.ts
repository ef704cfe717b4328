/**
 * The `cz` command as a user runs it: help, extract, build, and every kind of bad input answered with a
 * clear message (never a stack trace) and no half-written dataset.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  mkdirSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SOURCES_DIR } from "./seedFixture";

// Tests here start processes: seconds each, many more on a loaded machine than jest's default 5 s.
jest.setTimeout(120_000);

const CZ = join(__dirname, "../bin/cz.js");
const run = (args: string[], cwd = join(__dirname, "..")) => {
  const r = spawnSync(process.execPath, [CZ, ...args], {
    cwd,
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = () => mkdtempSync(join(tmpdir(), "cz-cli-"));

function sourcesDir(files: Record<string, string | Buffer>): string {
  const dir = tmp();
  mkdirSync(join(dir, "sources"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, "sources", name), content);
  return dir;
}
const META = JSON.stringify({ title: "t", publisher: "p", published: "2018-11-13", url: null });

describe("cz", () => {
  it("prints help", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("cz extract FILE");
  });

  it("with no command prints the usage on stderr and exits 2", () => {
    const r = run([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Usage:");
    expect(r.stdout).toBe("");
  });

  it("--version prints the package's version", () => {
    const r = run(["--version"]);
    expect(r.code).toBe(0);
    const { version } = JSON.parse(readFileSync(join(__dirname, "..", "package.json"), "utf8"));
    expect(r.stdout.trim()).toBe(version);
  });

  it("build --sources FILE says the path is a file, not a folder", () => {
    const dir = sourcesDir({ "a.txt": "钟楼区与北自所签约建设中机云创工业互联网。", "a.json": META });
    const out = join(dir, "dataset.json");
    const r = run(["build", "--sources", join(dir, "sources", "a.txt"), "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "sources", "a.txt")} is a file, not a folder`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(out)).toBe(false);
  });

  it("build --out DIR refuses the folder by name and leaves no temporary file", () => {
    const dir = sourcesDir({ "a.txt": "钟楼区与北自所签约建设中机云创工业互联网。", "a.json": META });
    const r = run(["build", "--sources", join(dir, "sources"), "--out", join(dir, "sources")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${join(dir, "sources")} is a folder`);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("build --out under a file names the path that is in the way", () => {
    const dir = sourcesDir({ "a.txt": "钟楼区与北自所签约建设中机云创工业互联网。", "a.json": META });
    const out = join(dir, "sources", "a.json", "dataset.json");
    const r = run(["build", "--sources", join(dir, "sources"), "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${out} cannot be written`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  describe("extract without --published", () => {
    const ARTICLE =
      "2010年以来,常州累计引进项目。今年初,中节能拟在武进绿建区投资运营科技园,计划总投资5亿元。今年5月,钟楼区与北自所签约。";
    const relative = (out: { dates: Array<{ text: string; value: string | null }> }) =>
      Object.fromEntries(out.dates.filter((d) => d.text.startsWith("今年")).map((d) => [d.text, d.value]));

    it("resolves relative dates against the published date of FILE.json beside the article", () => {
      const dir = tmp();
      writeFileSync(join(dir, "a.txt"), ARTICLE);
      writeFileSync(join(dir, "a.json"), META);
      const r = run(["extract", join(dir, "a.txt"), "--json"]);
      expect(r.code).toBe(0);
      expect(relative(JSON.parse(r.stdout))).toEqual({ 今年初: "2018", 今年5月: "2018-05" });
    });

    it("--published wins over FILE.json", () => {
      const dir = tmp();
      writeFileSync(join(dir, "a.txt"), ARTICLE);
      writeFileSync(join(dir, "a.json"), META);
      const r = run(["extract", join(dir, "a.txt"), "--published", "2020-03-01", "--json"]);
      expect(relative(JSON.parse(r.stdout))["今年5月"]).toBe("2020-05");
    });

    it("with no FILE.json leaves 今年初 and 今年5月 unresolved, never dated by the 2010 in the text", () => {
      const dir = tmp();
      writeFileSync(join(dir, "a.txt"), ARTICLE);
      const r = run(["extract", join(dir, "a.txt"), "--json"]);
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(relative(out)).toEqual({ 今年初: null, 今年5月: null });
      const dated = [...out.projects, ...out.events].map((x: { date?: string | null }) => x.date ?? null);
      expect(dated.filter((d: string | null) => d !== null && d.startsWith("2010"))).toEqual([]);
    });

    it("a FILE.json that is not JSON is named, not a crash", () => {
      const dir = tmp();
      writeFileSync(join(dir, "a.txt"), ARTICLE);
      writeFileSync(join(dir, "a.json"), "{ title: ");
      const r = run(["extract", join(dir, "a.txt"), "--json"]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${join(dir, "a.json")} is not valid JSON`);
    });
  });

  it("extract --json gives the dataset's sections and every date", () => {
    const r = run(["extract", join(SOURCES_DIR, "seed-article.txt"), "--published", "2018-11-13", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual([
      "organizations",
      "places",
      "towns",
      "projects",
      "amounts",
      "events",
      "dates",
    ]);
    expect(out.amounts.find((a: { text: string }) => a.text === "年利税2.1亿元")).toMatchObject({
      low: 2.1,
      high: 2.1,
    });
    expect(out.dates.find((d: { text: string }) => d.text === "今年5月")?.value).toBe("2018-05");
  });

  it("extract lists towns apart from districts and parks", () => {
    const dir = tmp();
    const file = join(dir, "town.txt");
    writeFileSync(file, "3月5日，总投资20亿元的常州某某新能源电池项目在金坛区直溪镇开工。");
    const out = JSON.parse(run(["extract", file, "--published", "2024-03-06", "--json"]).stdout);
    expect(out.places.map((p: { name: string }) => p.name)).toEqual(["金坛区"]);
    expect(out.towns.map((p: { name: string }) => p.name)).toEqual(["直溪镇"]);
  });

  it("build says which reports of one undertaking it merged, with each part's id", () => {
    const meta = (published: string) =>
      JSON.stringify({ title: "t", publisher: "常州市人民政府", published, url: null });
    const dir = sourcesDir({
      "sign.txt": "3月1日，总投资20亿元的常州某某新能源电池项目在金坛签约。",
      "sign.json": meta("2023-03-02"),
      "start.txt": "3月5日，常州某某新能源电池项目在金坛开工。",
      "start.json": meta("2024-03-06"),
    });
    const r = run(["build", "--sources", join(dir, "sources"), "--out", join(dir, "d.json")]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /merged 2 reports into prj-\w+ 常州某某新能源电池项目: prj-\w+ \(sign: 常州某某新能源电池项目\), prj-\w+ \(start: /,
    );
  });

  it("extract prints readable tables by default", () => {
    const r = run(["extract", join(SOURCES_DIR, "seed-article.txt"), "--published", "2018-11-13"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Projects 项目 \(\d+\)/);
    expect(r.stdout).toContain("动车组检修基地");
  });

  it("build writes a validated dataset, identical apart from builtAt on a second build", () => {
    const dir = tmp();
    const a = run(["build", "--sources", SOURCES_DIR, "--out", join(dir, "a.json")]);
    const b = run(["build", "--sources", SOURCES_DIR, "--out", join(dir, "b.json")]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const strip = (f: string) => ({ ...JSON.parse(readFileSync(join(dir, f), "utf8")), builtAt: null });
    expect(strip("a.json")).toEqual(strip("b.json"));
  });

  it.each([
    ["an empty file", Buffer.alloc(0), /is empty/],
    ["a binary file", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0x02]), /binary file/],
    [
      "bytes that are no known encoding",
      Buffer.from([0x41, 0x80, 0xff, 0x80, 0x42, 0x0a]),
      /not valid UTF-8, GB18030\/GBK or Big5/,
    ],
  ])("extract refuses %s with a message naming it", (_what, bytes, message) => {
    const dir = tmp();
    writeFileSync(join(dir, "bad.txt"), bytes);
    const r = run(["extract", join(dir, "bad.txt")]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain("bad.txt");
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it("extract reads an article saved in GBK", () => {
    const dir = tmp();
    // 今年5月,钟楼区与北自所签约建设中机云创工业互联网。 in GBK
    const gbk = Buffer.from(
      "bdf1c4ea35d4c22cd6d3c2a5c7f8d3ebb1b1d7d4cbf9c7a9d4bcbda8c9e8d6d0bbfad4c6b4b4b9a4d2b5bba5c1aacdf8a1a3",
      "hex",
    );
    writeFileSync(join(dir, "gbk.txt"), gbk);
    const r = run(["extract", join(dir, "gbk.txt"), "--published", "2018-11-13", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).projects[0]?.name).toBe("中机云创工业互联网");
  });

  it("extract gives a correct empty result for an article with no project", () => {
    const dir = tmp();
    writeFileSync(join(dir, "none.txt"), "今天天气晴朗,市民到公园散步。");
    const r = run(["extract", join(dir, "none.txt"), "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ projects: [], amounts: [], organizations: [] });
  });

  it("extracts a huge (10 MB) article completely", () => {
    const dir = tmp();
    const seed = readFileSync(join(SOURCES_DIR, "seed-article.txt"), "utf8");
    const copies = Math.ceil(10_000_000 / Buffer.byteLength(seed));
    writeFileSync(join(dir, "huge.txt"), `${seed}\n`.repeat(copies));
    const r = run(["extract", join(dir, "huge.txt"), "--published", "2018-11-13", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.amounts.filter((a: { text: string }) => a.text === "年利税2.1亿元")).toHaveLength(copies);
  }, 120_000);

  it("refuses a wrong command line with usage help", () => {
    expect(run(["extract"]).code).toBe(2);
    const r = run(["extract", join(SOURCES_DIR, "seed-article.txt"), "--published", "13/11/2018"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--published must be a date like 2018-11-13");
  });

  it("build fails naming a source without metadata, and writes nothing", () => {
    const dir = sourcesDir({ "a.txt": "中节能拟在武进绿建区投资运营科技园,计划总投资5亿元。" });
    const out = join(dir, "dataset.json");
    const r = run(["build", "--sources", join(dir, "sources"), "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a\.json is missing/);
    expect(existsSync(out)).toBe(false);
  });

  it("build fails naming a stale curation entry, and keeps the previous dataset", () => {
    const dir = sourcesDir({ "a.txt": "钟楼区与北自所签约建设中机云创工业互联网。", "a.json": META });
    const out = join(dir, "dataset.json");
    copyFileSync(join(dir, "sources", "a.json"), out); // stands in for the previous dataset
    const before = readFileSync(out, "utf8");
    writeFileSync(
      join(dir, "curation.json"),
      JSON.stringify({ entries: [{ id: "gone", action: "dropProject", project: "不存在", reason: "r" }] }),
    );
    const r = run([
      "build",
      "--sources",
      join(dir, "sources"),
      "--curation",
      join(dir, "curation.json"),
      "--out",
      out,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("curation entry 'gone'");
    expect(readFileSync(out, "utf8")).toBe(before);
  });
});
