/**
 * Hostile input, as a careless or malicious file would arrive: the cz command (build, extract, export, formula)
 * on each case answers with a clear one-line message naming the file (and the record) and exit code 1, or handles
 * it correctly; a failed build leaves the previous dataset byte for byte and no temporary file; strings that
 * look like formulas stay text in the exported workbook. Big files are generated in the temporary folder.
 */
import { spawn } from "node:child_process";
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readdirSync,
  writeFileSync,
  writeSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { tinyDataset } from "./fixtures/tinyDataset";
import { SOURCES_DIR } from "./seedFixture";

// Tests here start processes: seconds each, many more on a loaded machine than jest's default 5 s.
jest.setTimeout(120_000);

const CZ = join(__dirname, "../bin/cz.js");
/** Runs cz and collects what it printed. (Serial on purpose: on 2 cores, running cases side by side was slower.) */
function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CZ, ...args], { stdio: ["ignore", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill(), 120_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({
        code,
        stdout: Buffer.concat(out).toString("utf8"),
        stderr: Buffer.concat(err).toString("utf8"),
      });
    });
  });
}
type Run = Awaited<ReturnType<typeof run>>;
const META = JSON.stringify({ title: "t", publisher: "p", published: "2018-11-13", url: null });
const PREVIOUS = '{"previous":"dataset"}\n';

/** A folder with sources/ holding the files given, and out/dataset.json standing in for the previous build. */
function workspace(files: Record<string, string | Buffer>) {
  const dir = mkdtempSync(join(tmpdir(), "cz-hostile-"));
  mkdirSync(join(dir, "sources"));
  mkdirSync(join(dir, "out"));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, "sources", name), content);
  const out = join(dir, "out", "dataset.json");
  writeFileSync(out, PREVIOUS);
  return { dir, sources: join(dir, "sources"), out };
}

/** The build failed cleanly: exit 1, one line naming `names`, no stack, previous dataset intact, no .tmp left. */
function expectCleanFailure(r: Run, ws: ReturnType<typeof workspace>, name: RegExp) {
  expect(r.code).toBe(1);
  expect(r.stderr).toMatch(name);
  expect(r.stderr.trim().split("\n")).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  expect(readFileSync(ws.out, "utf8")).toBe(PREVIOUS);
  expect(readdirSync(join(ws.dir, "out"))).toEqual(["dataset.json"]);
}

// 今年5月,钟楼区与北自所签约建设中机云创工业互联网。
const ARTICLE = "今年5月,钟楼区与北自所签约建设中机云创工业互联网,计划总投资5亿元。";
const GBK = Buffer.from(
  "bdf1c4ea35d4c22cd6d3c2a5c7f8d3ebb1b1d7d4cbf9c7a9d4bcbda8c9e8d6d0bbfad4c6b4b4b9a4d2b5bba5c1aacdf8a1a3",
  "hex",
);
// 今年5月，鐘樓區與北自所簽約建設中機雲創工業互聯網，總投資5億元。 in Big5
const BIG5 = Buffer.from(
  "a4b5a67e35a4eba141c4c1bcd3b0cfbb50a55fa6dba9d2c3b1acf9abd8b35da4a4bef7b6b3b3d0a475b77ea4acc170baf4a141c160a7ebb8ea35bbf5a4b8a143",
  "hex",
);

describe("cz build --sources DIR on a hostile article", () => {
  test.each([
    ["an empty file", Buffer.alloc(0), /bad\.txt is empty/],
    [
      "a binary file (PNG header)",
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      /bad\.txt is a binary file/,
    ],
    [
      "invalid UTF-8",
      Buffer.from([0xe5, 0xb8, 0x38, 0xc0, 0xaf, 0xff, 0xfe, 0x41]),
      /bad\.txt is not valid UTF-8, GB18030\/GBK or Big5/,
    ],
    ["UTF-16 without BOM", Buffer.from(ARTICLE, "utf16le"), /bad\.txt is (a binary file|not valid)/],
  ])("%s: refused naming the file, the previous dataset intact", async (_what, bytes, message) => {
    const ws = workspace({ "bad.txt": bytes, "bad.json": META, "good.txt": ARTICLE, "good.json": META });
    expectCleanFailure(await run(["build", "--sources", ws.sources, "--out", ws.out]), ws, message);
  });

  test.each([
    ["metadata that is not JSON", "{ title: ", /a\.json is not valid JSON/],
    [
      "metadata with a date that is no ISO date",
      JSON.stringify({ title: "t", publisher: "p", published: "13/11/2018" }),
      /a\.json has a bad 'published' \("13\/11\/2018"\): expected an ISO date.*; it must hold the date the article was published, as "YYYY-MM-DD"/,
    ],
    [
      "metadata with a day the month does not have",
      JSON.stringify({ title: "t", publisher: "p", published: "2018-02-31", url: null }),
      /a\.json has a bad 'published' \("2018-02-31"\): 2018-02-31 is no calendar date/,
    ],
  ])("%s: refused naming the file", async (_what, meta, message) => {
    const ws = workspace({ "a.txt": ARTICLE, "a.json": meta });
    expectCleanFailure(await run(["build", "--sources", ws.sources, "--out", ws.out]), ws, message);
  });

  test("a source file name that cannot be an id is refused by name", async () => {
    const ws = workspace({ "bad name!.txt": ARTICLE, "bad name!.json": META });
    expectCleanFailure(
      await run(["build", "--sources", ws.sources, "--out", ws.out]),
      ws,
      /bad name!\.txt has a name/,
    );
  });

  test("--sources naming a file, or a folder that does not exist, is refused by name", async () => {
    const ws = workspace({ "a.txt": ARTICLE, "a.json": META });
    expectCleanFailure(
      await run(["build", "--sources", join(ws.sources, "a.txt"), "--out", ws.out]),
      ws,
      /a\.txt is a file, not a folder/,
    );
    expectCleanFailure(
      await run(["build", "--sources", join(ws.dir, "none"), "--out", ws.out]),
      ws,
      /none does not exist/,
    );
  });

  test("a curation file that is not JSON is refused by name", async () => {
    const ws = workspace({ "a.txt": ARTICLE, "a.json": META });
    writeFileSync(join(ws.dir, "curation.json"), "not json");
    const r = await run([
      "build",
      "--sources",
      ws.sources,
      "--curation",
      join(ws.dir, "curation.json"),
      "--out",
      ws.out,
    ]);
    expectCleanFailure(r, ws, /curation\.json is not valid JSON/);
  });

  test.each([
    ["GBK", GBK, "中机云创工业互联网"],
    ["Big5", BIG5, "中機雲創工業互聯網"],
  ])("an article saved in %s is decoded and built", async (_what, bytes, name) => {
    const ws = workspace({ "a.txt": bytes, "a.json": META });
    const r = await run(["build", "--sources", ws.sources, "--out", ws.out]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const dataset = JSON.parse(readFileSync(ws.out, "utf8"));
    expect(dataset.sources[0].title).toBe("t");
    expect(JSON.stringify(dataset)).toContain(name);
  });

  test("script and style content of an HTML article never yields a figure", async () => {
    const html = `<html><head><style>.x{width:300px}</style><script>document.write("总投资100亿元");</script></head><body><p>${ARTICLE}</p><script>var y = "年产值80亿元";</script></body></html>`;
    const ws = workspace({ "a.txt": html, "a.json": META });
    const r = await run(["build", "--sources", ws.sources, "--out", ws.out]);
    expect(r.code).toBe(0);
    const dataset = JSON.parse(readFileSync(ws.out, "utf8"));
    const texts = dataset.amounts.map((a: { text: string }) => a.text);
    expect(texts).toEqual(expect.arrayContaining([expect.stringContaining("5亿元")]));
    expect(texts.filter((t: string) => /100亿元|80亿元/.test(t))).toEqual([]);
    expect(JSON.stringify(dataset)).not.toContain("document.write");
  });
});

describe("cz extract on hostile input", () => {
  test("a folder, a missing file: refused naming the path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cz-hostile-"));
    for (const [path, message] of [
      [dir, /cannot be read: EISDIR/],
      [join(dir, "none.txt"), /none\.txt cannot be read: ENOENT/],
    ] as const) {
      const r = await run(["extract", path]);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
  });

  test("a 20 MB article is extracted whole", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cz-hostile-"));
    const seed = readFileSync(join(SOURCES_DIR, "seed-article.txt"), "utf8");
    const copies = Math.ceil(20_000_000 / Buffer.byteLength(seed));
    writeFileSync(join(dir, "huge.txt"), `${seed}\n`.repeat(copies));
    const r = await run(["extract", join(dir, "huge.txt"), "--published", "2018-11-13", "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.amounts.filter((a: { text: string }) => a.text === "年利税2.1亿元")).toHaveLength(copies);
  });
});

describe("hostile datasets given to cz export and cz formula", () => {
  const dir = mkdtempSync(join(tmpdir(), "cz-hostile-data-"));
  const datasetFile = (name: string, content: object | string) => {
    const file = join(dir, name);
    writeFileSync(file, typeof content === "string" ? content : JSON.stringify(content));
    return file;
  };

  test.each([
    [
      "an amount with low > high",
      () => {
        const d = tinyDataset();
        d.amounts[0] = { ...d.amounts[0]!, low: 50, high: 5 };
        return d;
      },
      /low50\.json is not a valid CZ dataset: .*amounts\[0\].*low 50 is above high 5/,
      "low50.json",
    ],
    [
      "a project with an unknown sector id",
      () => {
        const d = tinyDataset();
        d.projects[0] = { ...d.projects[0]!, sectorId: "no-such-sector" };
        return d;
      },
      /sector\.json is not a valid CZ dataset: .*unknown sector 'no-such-sector'/,
      "sector.json",
    ],
  ])("%s is refused naming the file and the record", async (_what, make, message, name) => {
    const file = datasetFile(name, make());
    for (const args of [
      ["export", "--out", join(dir, "x.xlsx"), "--dataset", file],
      ["formula", '=CZ.TOTAL("*")', "--dataset", file],
    ]) {
      const r = await run(args);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(message);
    }
    expect(readdirSync(dir).filter((f) => f.endsWith(".xlsx") || f.endsWith(".tmp"))).toEqual([]);
  });

  test("a 200 MB dataset file that is not a dataset is refused naming the file", async () => {
    // A valid JSON document, 200 MB of it one string, so the whole file must be read and parsed to refuse it.
    const file = join(dir, "huge.json");
    const fd = openSync(file, "w");
    writeSync(fd, '{"schemaVersion":2,"padding":"');
    const chunk = "x".repeat(1 << 20);
    for (let i = 0; i < 200; i++) writeSync(fd, chunk);
    writeSync(fd, '"}');
    closeSync(fd);
    const r = await run(["formula", '=CZ.TOTAL("*")', "--dataset", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/huge\.json is not a valid CZ dataset/);
    expect(r.stderr.length).toBeLessThan(2000);
  });

  test("names beginning with =, +, - and @ stay text in the exported workbook", async () => {
    const d = tinyDataset();
    const names = ['=HYPERLINK("http://x","点我")', "+86 项目", "-2+3 项目", "@SUM(A1:A9)", "=1+1"];
    names.forEach((name, i) => (d.projects[i] = { ...d.projects[i]!, name }));
    const out = join(dir, "injection.xlsx");
    const r = await run(["export", "--out", out, "--dataset", datasetFile("injection.json", d)]);
    expect(r.code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    const sheet = workbook.getWorksheet("CZ_Projects")!;
    const cells = Array.from({ length: sheet.actualRowCount - 1 }, (_, i) => sheet.getRow(i + 2).getCell(2));
    for (const name of names) {
      const cell = cells.find((c) => c.value === name);
      expect({ name, type: cell?.type }).toEqual({ name, type: ExcelJS.ValueType.String });
    }
  });
});
