/**
 * The compiled `cz` (build/cli/main.js, made at `npm ci`) as a developer meets it, in a copy of the project: a
 * first run compiles it and says so once; an edit to a source is picked up by the next run, which says what
 * changed; a source that does not compile is named with its line, and nothing runs; `cz formula` answers from
 * the metadata compiled in.
 */
import { spawnSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedDataset } from "./seedFixture";

// Tests here start processes: seconds each, many more on a loaded machine than jest's default 5 s.
jest.setTimeout(120_000);

const ROOT = join(__dirname, "..");
const copy = mkdtempSync(join(tmpdir(), "cz-compiled-"));

function cz(...args: string[]) {
  const r = spawnSync(process.execPath, [join(copy, "bin", "cz.js"), ...args], {
    cwd: copy,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  for (const path of ["bin", "scripts/build-cli.js", "src", "package.json", "tsconfig.json"])
    cpSync(join(ROOT, path), join(copy, path), { recursive: true });
  symlinkSync(join(ROOT, "node_modules"), join(copy, "node_modules"), "dir");
}, 60_000);

test("a first run compiles the command line once and says so; the next runs are silent", () => {
  expect(existsSync(join(copy, "build"))).toBe(false);
  const first = cz("--version");
  expect(first.code).toBe(0);
  expect(first.stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
  expect(first.stderr).toMatch(
    /^cz: compiled the command line from src\/ \(it was not compiled yet\) in [\d.]+ s\n$/,
  );
  expect(existsSync(join(copy, "build", "cli", "main.js"))).toBe(true);
  expect(cz("--version").stderr).toBe("");
});

test("an edit to a source is picked up by the next run, which names the file that changed", () => {
  const table = join(copy, "src", "cli", "extractCommand.ts");
  writeFileSync(
    table,
    readFileSync(table, "utf8").replace("Projects 项目", "Projekte 项目"), // a developer's edit
  );
  const article = join(copy, "article.txt");
  writeFileSync(article, "常州市与中国中车签约,总投资20亿元的动车组检修基地项目落户经开区。");
  const r = cz("extract", article);
  expect(r.stderr).toContain(
    "cz: compiled the command line from src/ (src/cli/extractCommand.ts changed since",
  );
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("Projekte 项目");
  expect(cz("extract", article).stderr).toBe("");
});

test("a source that does not compile is named with its line, and the command does not run", () => {
  const broken = join(copy, "src", "cli", "table.ts");
  const before = readFileSync(broken, "utf8");
  writeFileSync(broken, `${before}\nexport const broken = ;\n`);
  const r = cz("--version");
  expect(r.code).toBe(70);
  expect(r.stdout).toBe("");
  expect(r.stderr).toMatch(
    /^cz: the command line does not compile \(src\/cli\/table\.ts changed since it was compiled\): src\/cli\/table\.ts:\d+: /,
  );
  writeFileSync(broken, before);
  expect(cz("--version").code).toBe(0);
});

test("cz formula answers from the functions' metadata compiled in, with the registered function code", () => {
  mkdirSync(join(copy, "dist"), { recursive: true });
  writeFileSync(join(copy, "dist", "dataset.json"), JSON.stringify(seedDataset()));
  const bundle = readFileSync(join(copy, "build", "cli", "main.js"), "utf8");
  // The metadata, generated when it was compiled, and no TypeScript compiler loaded to generate it again.
  expect(bundle).toMatch(/CZ_FUNCTIONS_METADATA\w* = \{ metadataJson: `\{[^`]*"id": "TOTAL"/);
  expect(bundle).not.toMatch(/require\("typescript"\)/);
  const r = cz("formula", '=CZ.TOTAL("新能源","金坛")');
  expect([r.code, r.stdout.trim(), r.stderr]).toEqual([0, "10", ""]);
});
