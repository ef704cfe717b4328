/**
 * Builds shared by the tests, each made once per content: the production add-in (webpack --mode production, as
 * `npm run build` without the dataset) and whatever else a test bundles. A build lives in a folder of the
 * system's temporary directory named by a hash of every file it reads, so a second jest worker, a second run and
 * the manifest test reuse it; a lock folder makes concurrent workers wait for one build instead of racing.
 *
 * CZ_TEST_DIST=dist (or another folder, relative to the repository) uses an existing add-in build instead.
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";

export const ROOT = join(__dirname, "..", "..");
const CACHE = join(tmpdir(), "cz-test-builds");
const COMPLETE = ".complete";
/** A lock older than this is a crashed build's. */
const STALE_LOCK_MS = 10 * 60_000;
const WAIT_MS = 6 * 60_000;
/** Builds of older sources are removed once they are this old (another checkout may still use a newer one). */
const PRUNE_AFTER_MS = 24 * 60 * 60_000;

/** Every file under `dir` (recursively) that `keep` accepts, as absolute paths, sorted. */
export function filesUnder(dir: string, keep: (path: string) => boolean = () => true): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const path = join(dir, entry.name);
      return entry.isDirectory() ? filesUnder(path, keep) : keep(path) ? [path] : [];
    })
    .sort();
}

/** A short hash of files' paths (relative to the repository) and contents. */
export function hashFiles(files: readonly string[]): string {
  const hash = createHash("sha256");
  for (const file of [...files].sort()) {
    hash.update(relative(ROOT, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/**
 * The folder `${kind}-${hash}` in the build cache, made by `build` (into a staging folder, renamed when done)
 * unless it is already there. Concurrent callers wait for the one that builds.
 */
export async function cachedBuild(
  kind: string,
  hash: string,
  build: (outDir: string) => Promise<void>,
): Promise<string> {
  const dir = join(CACHE, `${kind}-${hash}`);
  const done = () => existsSync(join(dir, COMPLETE));
  if (done()) return dir;
  mkdirSync(CACHE, { recursive: true });
  const lock = `${dir}.lock`;
  const deadline = Date.now() + WAIT_MS;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (done()) return dir;
      if (ageMs(lock) > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() > deadline) throw new Error(`gave up waiting for ${lock} (another build?)`);
      else await sleep(250);
    }
  }
  try {
    if (done()) return dir;
    const staging = `${dir}.staging-${process.pid}`;
    rmSync(staging, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    try {
      await build(staging);
      writeFileSync(join(staging, COMPLETE), new Date().toISOString());
      renameSync(staging, dir);
    } finally {
      rmSync(staging, { recursive: true, force: true });
    }
    for (const old of readdirSync(CACHE)) {
      const path = join(CACHE, old);
      if (old.startsWith(`${kind}-`) && path !== dir && ageMs(path) > PRUNE_AFTER_MS)
        rmSync(path, { recursive: true, force: true });
    }
    return dir;
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/** What the production build of the add-in reads (tests beside the code do not count). */
export function addinSources(): string[] {
  const code = (path: string) => !/\.test\.tsx?$/.test(path);
  return [
    ...filesUnder(join(ROOT, "src"), code),
    ...filesUnder(join(ROOT, "assets")),
    ...["webpack.config.js", "manifest.xml", "tsconfig.json", "package.json", "package-lock.json"]
      .map((file) => join(ROOT, file))
      .filter((file) => existsSync(file)),
  ];
}

function runWebpack(
  outputPath: string,
  env: Record<string, string> = {},
  extraArgs: readonly string[] = [],
): Promise<void> {
  const webpack = require.resolve("webpack/bin/webpack.js", { paths: [ROOT] });
  const envArgs = Object.entries(env).flatMap(([key, value]) => ["--env", `${key}=${value}`]);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [webpack, "--mode", "production", "--output-path", outputPath, ...envArgs, ...extraArgs],
      { cwd: ROOT, encoding: "utf8", timeout: 240_000, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) =>
        error
          ? reject(new Error(`webpack --mode production failed:\n${stdout}\n${stderr || error.message}`))
          : resolve(),
    );
  });
}

/**
 * The production add-in (taskpane.html, the chunks, functions.json …): CZ_TEST_DIST if set, else a build of
 * the current sources, made once. `env` passes build settings (`--env officeCdn=21vianet`), `extraArgs` other
 * webpack options (`--no-devtool`: the stale-chunk test needs two builds that differ); such a build is always
 * made from the sources, cached apart.
 */
export async function buildAddin(
  env: Record<string, string> = {},
  extraArgs: readonly string[] = [],
): Promise<string> {
  const settings = [...Object.entries(env).map(([key, value]) => `${key}=${value}`), ...extraArgs];
  if (process.env.CZ_TEST_DIST && settings.length === 0) return join(ROOT, process.env.CZ_TEST_DIST);
  const kind =
    settings.length === 0
      ? "addin"
      : `addin-${createHash("sha256").update(settings.join("&")).digest("hex").slice(0, 8)}`;
  const dir = await cachedBuild(kind, hashFiles(addinSources()), (out) =>
    runWebpack(join(out, "dist"), env, extraArgs),
  );
  return join(dir, "dist");
}
