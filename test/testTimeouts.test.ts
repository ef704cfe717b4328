/**
 * Tests that start processes (the cz command through tsx, webpack, a browser, LibreOffice) take seconds, and
 * many more on a loaded 2-core machine than jest's default 5 s for a test or hook. Every such file sets its
 * own generous timeout and every beforeAll names one, so a slow machine fails no test that would pass.
 * (A check of the files, not of speed: no test here is timed.)
 */
import { readFileSync, readdirSync } from "node:fs";
import { join, relative } from "node:path";

const ROOT = join(__dirname, "..");
const MIN_MS = 60_000;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Starts processes: child_process itself, or the e2e helpers that build with webpack or launch Chromium. */
const spawnsProcesses = (source: string) =>
  /from "node:child_process"|from "\.\/e2e\/buildOnce"|from "\.\/buildOnce"|from "\.\/browser"/.test(source);

const files = [...testFiles(join(ROOT, "src")), ...testFiles(join(ROOT, "test"))]
  .map((file) => ({ file: relative(ROOT, file), source: readFileSync(file, "utf8") }))
  .filter(({ file, source }) => file !== relative(ROOT, __filename) && spawnsProcesses(source));

const ms = (text: string) => Number(text.replace(/_/g, ""));

test("the files that start processes are found", () => {
  expect(files.map((f) => f.file)).toEqual(
    expect.arrayContaining(["test/export.test.ts", "test/cli.test.ts"]),
  );
});

test.each(files.map((f) => [f.file, f.source] as const))(
  "%s sets jest.setTimeout of at least a minute",
  (_file, source) => {
    const set = /jest\.setTimeout\(([\d_]+)\)/.exec(source);
    expect(set && ms(set[1]!)).toBeGreaterThanOrEqual(MIN_MS);
  },
);

test.each(files.map((f) => [f.file, f.source] as const))(
  "%s gives every beforeAll (where setups start processes) an explicit timeout",
  (_file, source) => {
    const hooks = [...source.matchAll(/\bbeforeAll\(/g)].map((m) => {
      // The hook's call ends at the parenthesis that balances its opening one.
      let depth = 0;
      let at = m.index! + m[0].length - 1;
      for (; at < source.length; at++) {
        if (source[at] === "(") depth++;
        else if (source[at] === ")" && --depth === 0) break;
      }
      const call = source.slice(m.index!, at + 1);
      const timeout = /,\s*([\d_]+),?\s*\)$/.exec(call);
      return { hook: call.split("\n")[0], timeout: timeout ? ms(timeout[1]!) : null };
    });
    expect(hooks.filter((h) => h.timeout === null || h.timeout < MIN_MS)).toEqual([]);
  },
);
