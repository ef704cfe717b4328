/**
 * Cold starts of the `cz` command, each a fresh process timed from outside (wall clock, spawn to exit), beside
 * `node -e ""` as the floor no command can go under. `npx cz` is timed too: npm's own start and its
 * self-execution of a package's bin (it loads the project's whole dependency tree) come on top of cz's.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { type Stat, stat } from "./stats";

const ROOT = join(__dirname, "..", "..");
const CZ = join(ROOT, "bin", "cz.js");
const ARTICLE = join(ROOT, "data", "sources", "seed-article.txt");

/** Wall-clock seconds of `command args` per run, after one warm-up run; a failed run stops the bench. */
function coldStart(command: string, args: string[], runs: number): Stat {
  const once = () => {
    const start = process.hrtime.bigint();
    const r = spawnSync(command, args, { cwd: ROOT, encoding: "utf8", timeout: 120_000 });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (r.status !== 0) throw new Error(`${command} ${args.join(" ")} failed: ${r.stderr || r.error}`);
    return seconds;
  };
  once();
  return stat(Array.from({ length: runs }, once));
}

export function cliBench(runs: number) {
  return {
    unit: "seconds, wall clock, spawn to exit",
    nodeEmpty: coldStart(process.execPath, ["-e", ""], runs),
    czVersion: coldStart(process.execPath, [CZ, "--version"], runs),
    czExtractSeedArticle: coldStart(process.execPath, [CZ, "extract", ARTICLE], runs),
    npxCzVersion: coldStart("npx", ["--no-install", "cz", "--version"], Math.min(runs, 3)),
  };
}
