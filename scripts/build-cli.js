/**
 * Compiles the `cz` command line ahead of time, so it starts at once instead of compiling TypeScript on every
 * run (tsx took 1.7 s before the first line of `cz --version`). Runs at `npm ci` / `npm install` (the `prepare`
 * script) and whenever bin/cz.js finds the sources newer than the compiled file.
 *
 *   node scripts/build-cli.js     writes build/cli/main.js and build/cli/inputs.json
 *
 * esbuild bundles src/cli/main.ts and the project's own modules into one CommonJS file; packages stay in
 * node_modules (required where a command needs them, so `cz --version` loads neither exceljs nor the ingest).
 * The custom functions' metadata, which `cz formula` registers the functions with, is generated here from the
 * JSDoc of src/functions/functions.ts, as the add-in's webpack build does, so a formula does not load the
 * TypeScript compiler at run time. build/cli/inputs.json lists every file the bundle was made from, with its
 * size and modification time: bin/cz.js compares them to tell a stale bundle.
 *
 * Plain JavaScript (no tsx): it runs before anything is compiled.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const OUT_DIR = path.join(ROOT, "build", "cli");
const BUNDLE = path.join(OUT_DIR, "main.js");
const INPUTS = path.join(OUT_DIR, "inputs.json");
const ENTRY = path.join(ROOT, "src", "cli", "main.ts");
const FUNCTIONS_SOURCE = path.join(ROOT, "src", "functions", "functions.ts");
/** Files that shape the bundle besides the modules in it. */
const SETTINGS = ["tsconfig.json", "package.json", "scripts/build-cli.js", "src/functions/functions.ts"];

/** The metadata `cz formula` registers the functions with, or null when it cannot be generated here. */
async function functionsMetadata() {
  try {
    const { generateCustomFunctionsMetadata } = require("custom-functions-metadata");
    const generated = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE, false);
    return {
      metadataJson: generated.metadataJson,
      associate: generated.associate,
      errors: generated.errors,
    };
  } catch (error) {
    // Without the TypeScript compiler (an install without dev dependencies) `cz formula` generates it itself,
    // and says what is missing if it cannot either.
    return { unavailable: error instanceof Error ? error.message : String(error) };
  }
}

/** Writes `content` to `file` through a temporary file, so a concurrent reader never sees half of it. */
function writeAtomically(file, content) {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, content);
  fs.renameSync(temporary, file);
}

/** Size and modification time of each file, relative to the project root. */
function fingerprint(files) {
  return files.map((file) => {
    const stat = fs.statSync(path.join(ROOT, file));
    return [file, stat.size, stat.mtimeMs];
  });
}

/**
 * Compiles the command line into build/cli/. Resolves to what it wrote; rejects with esbuild's first error
 * (file, line and message) when the sources do not compile.
 * @example await buildCli() // { bundle: "/…/build/cli/main.js", inputs: 131, ms: 640 }
 */
async function buildCli() {
  const started = Date.now();
  const esbuild = require("esbuild");
  const metadata = await functionsMetadata();
  let result;
  try {
    result = await esbuild.build({
      absWorkingDir: ROOT,
      entryPoints: [ENTRY],
      outfile: BUNDLE,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      packages: "external",
      metafile: true,
      write: false,
      logLevel: "silent",
      define: { CZ_FUNCTIONS_METADATA: metadata.unavailable ? "null" : JSON.stringify(metadata) },
    });
  } catch (error) {
    const first = error.errors && error.errors[0];
    const where = first && first.location ? `${first.location.file}:${first.location.line}: ` : "";
    throw new Error(first ? `${where}${first.text}` : error.message);
  }
  // esbuild lists defines as inputs too ("<define:…>"): only real files can go stale.
  const bundled = Object.keys(result.metafile.inputs).filter((file) => !file.startsWith("<"));
  const inputs = [...new Set([...bundled, ...SETTINGS])].sort();
  fs.mkdirSync(OUT_DIR, { recursive: true });
  // The bundle first: a run that sees the new inputs.json then also finds the bundle they describe.
  writeAtomically(BUNDLE, result.outputFiles[0].contents);
  writeAtomically(INPUTS, `${JSON.stringify({ files: fingerprint(inputs) })}\n`);
  return { bundle: BUNDLE, inputs: inputs.length, ms: Date.now() - started, metadata: !metadata.unavailable };
}

/**
 * Why the bundle is out of date (the first input that changed since it was made, or that there is none), null
 * when it is current. Costs a stat per input (under a hundred): a millisecond or two.
 * @example staleReason() // "src/cli/main.ts changed since it was compiled"
 */
function staleReason() {
  let recorded;
  try {
    recorded = JSON.parse(fs.readFileSync(INPUTS, "utf8")).files;
    if (!fs.existsSync(BUNDLE)) throw new Error("no bundle");
  } catch {
    return "it was not compiled yet";
  }
  for (const [file, size, mtimeMs] of recorded) {
    let stat;
    try {
      stat = fs.statSync(path.join(ROOT, file));
    } catch {
      return `${file} is gone since it was compiled`;
    }
    if (stat.size !== size || stat.mtimeMs !== mtimeMs) return `${file} changed since it was compiled`;
  }
  return null;
}

module.exports = { BUNDLE, buildCli, staleReason };

if (require.main === module) {
  buildCli().then(
    ({ bundle, inputs, ms, metadata }) => {
      process.stdout.write(
        `cz: compiled the command line into ${path.relative(ROOT, bundle)} from ${inputs} files in ${(ms / 1000).toFixed(1)} s` +
          (metadata
            ? "\n"
            : " (the functions' metadata will be generated at run time: no TypeScript compiler here)\n"),
      );
    },
    (error) => {
      process.stderr.write(`cz: the command line does not compile: ${error.message}\n`);
      process.exitCode = 1;
    },
  );
}
