/**
 * The layers of the add-in, followed through every import (ESLint's no-restricted-imports sees only the direct
 * ones): what src/excel's shipped modules reach, however indirectly, never includes the text pipeline, the command
 * line, the pane or the runtime, and the core reaches nothing above it. Test files are left out: their kits live
 * under test/ and may use anything.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = join(__dirname, "..");
const SRC = join(ROOT, "src");

function filesUnder(dir: string, keep: (path: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(path, keep) : keep(path) ? [path] : [];
  });
}
const isTest = (file: string) => /\.test\.tsx?$/.test(file);

/** The src/ files a module imports (relative specifiers, type-only imports included: they still couple). */
function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specifiers = [
    ...source.matchAll(/^\s*(?:import|export)\b[^;]*?\bfrom\s+"(\.[^"]+)"/gm),
    ...source.matchAll(/\bimport\(\s*(?:\/\*[^*]*\*\/\s*)?"(\.[^"]+)"\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.flatMap((spec) => {
    const base = resolve(dirname(file), spec);
    const found = [base, `${base}.ts`, `${base}.tsx`, join(base, "index.ts")].find(
      (candidate) => existsSync(candidate) && !candidate.endsWith("/") && /\.tsx?$/.test(candidate),
    );
    return found ? [found] : [];
  });
}

/** Every module reachable from `start`, with the chain that reaches it. */
function reachable(start: string): Map<string, string[]> {
  const seen = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift()!;
    for (const next of importsOf(file)) {
      if (seen.has(next)) continue;
      seen.set(next, [...seen.get(file)!, next]);
      queue.push(next);
    }
  }
  return seen;
}

function violations(folder: string, forbidden: readonly string[]): string[] {
  const out: string[] = [];
  for (const file of filesUnder(join(SRC, folder), (f) => /\.tsx?$/.test(f) && !isTest(f))) {
    for (const [reached, chain] of reachable(file)) {
      const area = relative(SRC, reached).split("/")[0]!;
      if (forbidden.includes(area)) out.push(chain.map((f) => relative(ROOT, f)).join(" → "));
    }
  }
  return out;
}

test("src/excel reaches neither src/ingest nor src/cli (nor the pane, the runtime or the functions)", () => {
  expect(violations("excel", ["ingest", "cli", "taskpane", "runtime", "functions"])).toEqual([]);
});

test("src/core reaches nothing above it", () => {
  expect(violations("core", ["ingest", "cli", "taskpane", "runtime", "functions", "excel"])).toEqual([]);
});

test("the walk follows imports: the pane does reach src/excel and src/ingest", () => {
  const reached = [...reachable(join(SRC, "taskpane", "workbook.ts")).keys()].map((f) => relative(SRC, f));
  expect(reached).toEqual(expect.arrayContaining(["excel/index.ts", expect.stringMatching(/^ingest\//)]));
});
