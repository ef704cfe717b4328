#!/usr/bin/env node
/**
 * The `cz` command. It runs the command line compiled ahead of time (build/cli/main.js, made by
 * scripts/build-cli.js at `npm ci`), which starts at once. A developer who edited src/ and runs cz again gets
 * their edit: a bundle older than its sources is compiled again first (well under a second, said on stderr).
 * Where it cannot be compiled (esbuild missing, or a read-only install), the sources run through tsx, slower,
 * and cz says so.
 */
const { BUNDLE, buildCli, staleReason } = require("../scripts/build-cli.js");

function finish(run) {
  run.then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      process.stderr.write(
        `cz: unexpected error: ${error && error.message ? error.message : String(error)}\n`,
      );
      process.exitCode = 70;
    },
  );
}

function fromSources(why) {
  process.stderr.write(`cz: running src/ through tsx, which is slower: ${why}\n`);
  require("tsx/cjs");
  return require("../src/cli/main.ts").main;
}

async function compiledMain() {
  const stale = staleReason();
  if (stale === null) return require(BUNDLE).main;
  let esbuildThere = true;
  try {
    require.resolve("esbuild");
  } catch {
    esbuildThere = false;
  }
  if (!esbuildThere)
    return fromSources(`the compiled command line is out of date (${stale}) and esbuild is not installed`);
  try {
    const { ms } = await buildCli();
    process.stderr.write(
      `cz: compiled the command line from src/ (${stale}) in ${(ms / 1000).toFixed(1)} s\n`,
    );
  } catch (error) {
    if (error && typeof error.code === "string" && /^E(ACCES|PERM|ROFS)$/.test(error.code))
      return fromSources(
        `the compiled command line is out of date (${stale}) and build/cli cannot be written`,
      );
    // The sources do not compile: tsx would stop at the same place, so say where and stop.
    process.stderr.write(`cz: the command line does not compile (${stale}): ${error.message}\n`);
    return null;
  }
  return require(BUNDLE).main;
}

finish(compiledMain().then((main) => (main ? main(process.argv.slice(2)) : 70)));
