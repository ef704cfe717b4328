/**
 * Where `cz` finds its default files (data/sources, data/curation.json, dist/dataset.json): the project's root,
 * the nearest folder at or above the working directory whose package.json is this project's, so that `cz
 * formula` run from data/sources reads the dataset at the root. Paths the user types stay relative to where they
 * typed them.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { UsageError } from "./usageError";

function packageName(file: string): string | null {
  try {
    const json = JSON.parse(readFileSync(file, "utf8").replace(/^\ufeff/, "")) as { name?: unknown };
    return typeof json.name === "string" ? json.name : null;
  } catch {
    return null;
  }
}

/** The nearest package.json at or above `from` (the command's own, found from its code's folder). */
function nearestPackage(from: string): string | null {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file)) return file;
    if (dirname(dir) === dir) return null;
  }
}

/** This project's package name (`cz-projects`), read from the package.json above this code. */
export function ownPackageName(): string {
  const file = nearestPackage(__dirname);
  return (file && packageName(file)) ?? "cz-projects";
}

/**
 * The nearest folder at or above `cwd` whose package.json names this project, or null.
 * @example findProjectRoot("/home/a/cz-projects/data/sources") // "/home/a/cz-projects"
 */
export function findProjectRoot(cwd: string, name = ownPackageName()): string | null {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const file = join(dir, "package.json");
    if (existsSync(file) && packageName(file) === name) return dir;
    if (dirname(dir) === dir) return null;
  }
}

/**
 * A default file of the project (`data/sources`), as a path from `cwd`: at the project's root when `cz` runs
 * inside the project; as it is where it exists in `cwd` (a folder laid out like the project); otherwise a
 * UsageError that says to run `cz` in the project's folder or to name the file with `flag` (unless the file is
 * `optional`: then the path as it is, which the caller may find missing).
 * @example projectPath("dist/dataset.json", "--dataset", "/p/data/sources") // "../../dist/dataset.json"
 */
export function projectPath(path: string, flag: string, cwd = process.cwd(), optional = false): string {
  const root = findProjectRoot(cwd);
  if (root !== null) return relative(cwd, join(root, path)) || ".";
  if (optional || existsSync(join(cwd, path))) return path;
  throw new UsageError(
    `${resolve(cwd)} is not inside the CZ Projects folder (no package.json of ${ownPackageName()} here or above), ` +
      `so ${path} is not found: run cz in the project's folder, or name the file with ${flag}`,
  );
}
