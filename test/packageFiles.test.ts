/**
 * What a user installs: every package the shipped code imports (the cz command, the add-in's bundles) is a
 * dependency, not a devDependency — `npm ci --omit=dev` then `npx cz export` works — and package-lock.json
 * agrees with package.json. Generated files a user makes in the working copy (`cz export`'s .xlsx) are ignored.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

// Tests here start processes: seconds each, many more on a loaded machine than jest's default 5 s.
jest.setTimeout(120_000);

const ROOT = join(__dirname, "..");
const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8"));

function shippedFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return shippedFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** `exceljs` from `import ExcelJS from "exceljs"`, `@noble/hashes` from "@noble/hashes/sha256"; no type-only imports. */
function importedPackages(file: string): string[] {
  const source = readFileSync(file, "utf8");
  return [...source.matchAll(/^import (?!type\b)[^;]*?from "([^".][^"]*)"/gm)]
    .map((m) => m[1]!)
    .filter((name) => !name.startsWith("node:"))
    .map((name) =>
      name
        .split("/")
        .slice(0, name.startsWith("@") ? 2 : 1)
        .join("/"),
    );
}

test("every package that src/ imports at run time is a dependency", () => {
  const missing = shippedFiles(join(ROOT, "src")).flatMap((file) =>
    importedPackages(file)
      .filter((name) => !(name in pkg.dependencies))
      .map((name) => `${relative(ROOT, file)}: ${name}`),
  );
  expect(missing).toEqual([]);
});

test("package-lock.json lists the same dependencies and devDependencies as package.json", () => {
  const root = lock.packages[""];
  expect(root.dependencies).toEqual(pkg.dependencies);
  expect(root.devDependencies).toEqual(pkg.devDependencies);
});

test.each(["cz-projects.xlsx", "out/report.xlsx"])(
  "git ignores a workbook %s written by cz export",
  (file) => {
    const r = spawnSync("git", ["check-ignore", "--no-index", "-q", file], { cwd: ROOT });
    expect(r.status).toBe(0);
  },
);
