/**
 * `npm run bench` runs (on the smallest size, quickly) and prints the JSON document with every part. Its
 * figures are never asserted: speed is measured by the bench, not by tests.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Tests here start processes: seconds each, many more on a loaded machine than jest's default 5 s.
jest.setTimeout(120_000);

const ROOT = join(__dirname, "..");

test("the bench script runs on the smallest size and writes its JSON", () => {
  const out = join(mkdtempSync(join(tmpdir(), "cz-bench-")), "bench.json");
  const r = spawnSync(
    process.execPath,
    [
      join(ROOT, "node_modules", "tsx", "dist", "cli.mjs"),
      join(ROOT, "scripts", "bench", "main.ts"),
      "--sizes",
      "1000",
      "--runs",
      "1",
      "--ingest-mb",
      "0.5",
      "--skip-bundles",
      "--out",
      out,
    ],
    { cwd: ROOT, encoding: "utf8", timeout: 240_000 },
  );
  expect(r.status).toBe(0);
  const printed = JSON.parse(r.stdout);
  // Progress for the person waiting goes to stderr, one line as each part starts and ends.
  const lines = r.stderr.split("\n").filter((l) => l.startsWith("bench: "));
  for (const part of ["ingest", "query 1000 projects", "refresh 1000 projects"]) {
    expect(lines.some((l) => l.includes(part) && l.endsWith("…"))).toBe(true);
    expect(lines.some((l) => l.includes(part) && / done in [\d.]+ s$/.test(l))).toBe(true);
  }
  expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(printed);
  expect(printed.ingest.charactersPerSecond.median).toBeGreaterThan(0);
  expect(printed.ingest.addition).toMatchObject({ characters: 10_000, extractMs: { runs: 1 } });
  expect(printed.ingest.addition.projectsFound).toBeGreaterThan(0);
  expect(printed.query["1000"]).toMatchObject({ projects: 1000, distinctCalls: expect.any(Number) });
  expect(printed.query["1000"].indexBuildMs.runs).toBe(1);
  expect(printed.refresh["1000"].refreshTables.syncs).toBeGreaterThan(0);
  expect(printed.refresh["1000"].naiveOneSyncPerRow.syncs).toBeGreaterThan(
    printed.refresh["1000"].refreshTables.syncs,
  );
  expect(printed.refresh["1000"].peakMemoryMB).toBeGreaterThan(0);
  // Cold starts of cz beside node's own, the floor.
  for (const figure of ["nodeEmpty", "czVersion", "czExtractSeedArticle", "npxCzVersion"])
    expect(printed.cliColdStart[figure]).toMatchObject({ runs: 1, median: expect.any(Number) });
  expect(printed.cliColdStart.czVersion.median).toBeGreaterThan(0);
}, 300_000);
