import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findProjectRoot, ownPackageName, projectPath } from "./projectRoot";

let base: string;
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), "cz-root-"));
});
afterEach(() => rmSync(base, { recursive: true, force: true }));

function project(dir: string, name = ownPackageName()): string {
  mkdirSync(join(dir, "data", "sources"), { recursive: true });
  writeFileSync(join(dir, "package.json"), `\ufeff${JSON.stringify({ name })}`);
  return dir;
}

describe("the project's root", () => {
  it("is found from a sub-folder, past another project's package.json", () => {
    const root = project(join(base, "cz"));
    const other = join(root, "data", "sources", "vendor");
    mkdirSync(other, { recursive: true });
    writeFileSync(join(other, "package.json"), JSON.stringify({ name: "something-else" }));
    expect(findProjectRoot(other)).toBe(root);
  });

  it("gives default files as paths from where cz runs", () => {
    const root = project(join(base, "cz"));
    expect(projectPath("dist/dataset.json", "--dataset FILE", join(root, "data", "sources"))).toBe(
      join("..", "..", "dist", "dataset.json"),
    );
    expect(projectPath("data/sources", "--sources DIR", root)).toBe(join("data", "sources"));
  });

  it("outside the project, says to run cz there or to name the file", () => {
    expect(() => projectPath("dist/dataset.json", "--dataset FILE", base)).toThrow(
      /is not inside the CZ Projects folder \(no package\.json of cz-projects here or above\), so dist\/dataset\.json is not found: run cz in the project's folder, or name the file with --dataset FILE/,
    );
  });

  it("outside the project, takes a folder laid out like it, and an optional file as it is", () => {
    mkdirSync(join(base, "data", "sources"), { recursive: true });
    expect(projectPath("data/sources", "--sources DIR", base)).toBe("data/sources");
    expect(projectPath("data/curation.json", "--curation FILE", base, true)).toBe("data/curation.json");
  });
});
