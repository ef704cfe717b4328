/**
 * `npm run bench`: every hot path measured, printed as one JSON document and written to
 * bench-results/latest.json. Each part runs in its own process (its peak memory is its own); each figure is the
 * median of several runs with min and max. Never part of the pass/fail of the test suite.
 *
 * Options: --sizes 1000,10000,100000  --runs 5  --ingest-mb 10  --skip-bundles  --out bench-results/latest.json
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { cpus } from "node:os";
import { gzipSync } from "node:zlib";

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

function part(name: string, size: number, runs: number, extra: string[] = []): unknown {
  const args = [TSX, join(__dirname, "part.ts"), name, String(size), String(runs), ...extra];
  const out = execFileSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

function bundles(skip: boolean): unknown {
  if (skip) return { skipped: true };
  const dist = join(ROOT, "dist");
  if (!existsSync(join(dist, "taskpane.html")))
    execFileSync("npm", ["run", "build"], { cwd: ROOT, stdio: "inherit" });
  const files = readdirSync(dist).filter((f) => f.endsWith(".js"));
  return Object.fromEntries(
    files.map((f) => {
      const bytes = readFileSync(join(dist, f));
      return [f, { rawBytes: bytes.length, gzipBytes: gzipSync(bytes).length }];
    }),
  );
}

function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000,100000" },
      runs: { type: "string", default: "5" },
      "skip-bundles": { type: "boolean", default: false },
      "ingest-mb": { type: "string", default: "10" },
      out: { type: "string", default: join("bench-results", "latest.json") },
    },
  });
  const sizes = values.sizes.split(",").map(Number);
  const runs = Number(values.runs);
  const started = Date.now();
  const result = {
    machine: { node: process.version, platform: process.platform, cpus: cpus().length },
    runsPerFigure: runs,
    ingest: part("ingest", 0, Math.min(runs, 3), [values["ingest-mb"]]),
    query: Object.fromEntries(sizes.map((n) => [n, part("query", n, runs)])),
    refresh: Object.fromEntries(sizes.map((n) => [n, part("refresh", n, Math.min(runs, 3))])),
    bundles: bundles(values["skip-bundles"]),
    benchSeconds: 0,
  };
  result.benchSeconds = Math.round((Date.now() - started) / 1000);
  const json = JSON.stringify(result, null, 2);
  const out = resolve(ROOT, values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${json}\n`);
  process.stdout.write(`${json}\n`);
}

main();
