/**
 * `npm run bench`: every hot path measured, printed as one JSON document and written to
 * bench-results/latest.json. Each part runs in its own process (its peak memory is its own); each figure is the
 * median of several runs with min and max. Never part of the pass/fail of the test suite.
 *
 * Options: --sizes 1000,10000,100000  --runs 5  --ingest-mb 10  --skip-bundles  --skip-cli
 *          --out bench-results/latest.json
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { cpus } from "node:os";
import { gzipSync } from "node:zlib";
import { cliBench } from "./cliBench";

const ROOT = join(__dirname, "..", "..");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");

/**
 * A progress line on stderr before and after each part: the whole bench takes minutes, and stdout must stay one
 * JSON document (scripts and the test parse it), so the person waiting reads progress on the other stream.
 */
const progress = { done: 0, total: 0 };
function say(text: string) {
  process.stderr.write(`bench: ${text}\n`);
}

function part(name: string, size: number, runs: number, extra: string[] = []): unknown {
  const label = `${name}${size > 0 ? ` ${size} projects` : ""}${extra.length > 0 ? ` ${extra.join(" ")} MB` : ""}`;
  say(`[${progress.done + 1}/${progress.total}] ${label}, ${runs} run${runs === 1 ? "" : "s"}…`);
  const started = Date.now();
  const args = [TSX, join(__dirname, "part.ts"), name, String(size), String(runs), ...extra];
  const out = execFileSync(process.execPath, args, {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "inherit"],
  });
  progress.done++;
  say(
    `[${progress.done}/${progress.total}] ${label} done in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return JSON.parse(out.trim().split("\n").at(-1)!);
}

function bundles(skip: boolean): unknown {
  if (skip) return { skipped: true };
  say("bundle sizes…");
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

function cliStarts(runs: number): unknown {
  say("cz cold starts…");
  return cliBench(runs);
}

function main() {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string", default: "1000,10000,100000" },
      runs: { type: "string", default: "5" },
      "skip-bundles": { type: "boolean", default: false },
      "skip-cli": { type: "boolean", default: false },
      "ingest-mb": { type: "string", default: "10" },
      out: { type: "string", default: join("bench-results", "latest.json") },
    },
  });
  const sizes = values.sizes.split(",").map(Number);
  const runs = Number(values.runs);
  const started = Date.now();
  progress.total = 1 + 2 * sizes.length;
  say(`${progress.total} parts; progress here on stderr, the JSON on stdout at the end`);
  const result = {
    machine: { node: process.version, platform: process.platform, cpus: cpus().length },
    runsPerFigure: runs,
    ingest: part("ingest", 0, Math.min(runs, 3), [values["ingest-mb"]]),
    query: Object.fromEntries(sizes.map((n) => [n, part("query", n, runs)])),
    refresh: Object.fromEntries(sizes.map((n) => [n, part("refresh", n, Math.min(runs, 3))])),
    bundles: bundles(values["skip-bundles"]),
    cliColdStart: values["skip-cli"] ? { skipped: true } : cliStarts(runs),
    benchSeconds: 0,
  };
  result.benchSeconds = Math.round((Date.now() - started) / 1000);
  const json = JSON.stringify(result, null, 2);
  const out = resolve(ROOT, values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${json}\n`);
  say(`done in ${result.benchSeconds} s, written to ${out}`);
  process.stdout.write(`${json}\n`);
}

main();
