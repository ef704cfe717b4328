/**
 * What `cz` says when a new user gets something wrong (issue 20): a mistyped option or command names the right
 * one; a metadata file missing a field says which field and what it must hold; JSON saved with a byte-order mark
 * (Windows Notepad) is read; run from a sub-folder, cz finds the project's root, and outside the project it says
 * to run it there.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SOURCES_DIR } from "./seedFixture";

// Each case starts the command: seconds on a machine shared with other work.
jest.setTimeout(120_000);

const CZ = join(__dirname, "..", "bin", "cz.js");
const run = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [CZ, ...args], { cwd, encoding: "utf8", timeout: 120_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const BOM = "\ufeff";

let base: string;
beforeAll(() => {
  base = mkdtempSync(join(tmpdir(), "cz-messages-"));
}, 60_000);
afterAll(() => rmSync(base, { recursive: true, force: true }));

/** A copy of the project as a user has it: package.json, the seed in data/sources, a curation file. */
function projectCopy(name: string): string {
  const root = join(base, name);
  mkdirSync(join(root, "data", "sources"), { recursive: true });
  copyFileSync(join(__dirname, "..", "package.json"), join(root, "package.json"));
  for (const f of ["seed-article.txt", "seed-article.json"])
    copyFileSync(join(SOURCES_DIR, f), join(root, "data", "sources", f));
  writeFileSync(join(root, "data", "curation.json"), `${BOM}{ "entries": [] }\n`);
  return root;
}

describe("cz messages a user can act on", () => {
  it("an unknown option names the nearest known one, without Node's wording", () => {
    const r = run(["export", "--output", "x.xlsx"], base);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(
      "cz export has no option --output: did you mean --out? Its options: --out VALUE, --dataset VALUE.\nRun 'cz --help' for usage.\n",
    );
  });

  it("an unknown command names the nearest one", () => {
    const r = run(["biuld"], base);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("cz: unknown command 'biuld': did you mean 'build'?");
  });

  it("a metadata file without 'published' says which field and what it must hold", () => {
    const root = projectCopy("no-published");
    const meta = join(root, "data", "sources", "seed-article.json");
    const { published: _, ...rest } = JSON.parse(readFileSync(meta, "utf8"));
    writeFileSync(meta, JSON.stringify(rest));
    const r = run(["build"], root);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `cz build: ${join("data", "sources", "seed-article.json")} has no 'published': it must hold the date the article was published, as "YYYY-MM-DD" (or "YYYY-MM" / "YYYY"), or null when unknown (relative dates such as 今年5月 then stay unresolved)\n`,
    );
  });

  it("reads metadata, curation and a dataset saved with a UTF-8 byte-order mark, from a sub-folder", () => {
    const root = projectCopy("bom");
    const meta = join(root, "data", "sources", "seed-article.json");
    writeFileSync(meta, BOM + readFileSync(meta, "utf8"));
    const sub = join(root, "data", "sources");
    const built = run(["build"], sub);
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    // Written at the project's root, not under data/sources.
    const dataset = join(root, "dist", "dataset.json");
    expect(existsSync(dataset)).toBe(true);
    expect(built.stdout).toContain(`cz build: ${join("..", "..", "dist", "dataset.json")} version`);
    writeFileSync(dataset, BOM + readFileSync(dataset, "utf8"));
    const formula = run(["formula", '=CZ.COUNT("*")'], sub);
    expect(formula.stderr).toBe("");
    expect(formula.stdout.trim()).toMatch(/^\d+$/);
  });

  it("outside the project, says to run cz there or to name the file", () => {
    const outside = mkdtempSync(join(tmpdir(), "cz-outside-"));
    try {
      const r = run(["formula", '=CZ.COUNT("*")'], outside);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain(
        "is not inside the CZ Projects folder (no package.json of cz-projects here or above), so dist/dataset.json is not found: run cz in the project's folder, or name the file with --dataset FILE",
      );
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
