/**
 * The `cz` command line: build the dataset, show what one article yields. Errors are said in one line that
 * names the file and the problem, with exit code 1 for bad input and 2 for a wrong command line.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Curation } from "../ingest/curation";
import { nearest, parseCommand } from "./commandLine";
import type { CommandIo } from "./fetchCommand";
import { projectPath } from "./projectRoot";
import { UsageError } from "./usageError";

// Each command loads what it needs when it runs (the ingest, zod, exceljs, the formula engine, the page
// reader): `cz --version` and `cz --help` load none of it, and no command pays for another's modules.
const ingestBuild = () => import("../ingest/buildDataset");
const curationModule = () => import("../ingest/curation");
const sourcesModule = () => import("./sources");
const outputFile = () => import("./outputFile");
const formulaModule = () => import("./formulaCommand");
const pageCommands = () => import("./fetchCommand");

const HELP = `cz — CZ Projects command line

Usage:
  cz build [--sources DIR] [--curation FILE] [--out FILE]
      Build the dataset from data/sources and data/curation.json (and any NAME.curation.json beside the
      sources, as the pane exports an added article's decisions) into dist/dataset.json
      (validated, every quote checked against its source, deterministic apart from builtAt).
  cz extract FILE [--published YYYY-MM-DD] [--json]
      Show what one article yields: projects, figures, organizations, places, events, dates.
      --json prints one JSON object with those sections.
  cz formula '=CZ.TOTAL("新能源","金坛")' [--dataset FILE]
      Evaluate one CZ formula with the add-in's own function code over a dataset (default
      dist/dataset.json) and print what the cell would show: a number, a spilled array as
      tab-separated rows, or the Excel error and its message (exit code 3).
  cz export --out FILE.xlsx [--dataset PATH_OR_URL]
      Write the add-in's tables (CZ_Projects, CZ_Amounts, CZ_Organizations, CZ_Events, CZ_Sources)
      to an .xlsx workbook, for analysts who cannot sideload the add-in. The dataset is
      dist/dataset.json unless --dataset names a file or an https:// URL.
  cz fetch URL… [--into DIR] [--name NAME] [--title T] [--publisher P] [--published YYYY-MM-DD] [--timeout S]
      Download news pages (https; http only on this machine) into data/sources (or --into DIR) as
      NAME.txt (the article's main text) and NAME.json (title, publisher, published date and address
      read from the page; a flag overrides what the page says). A page already there (same address or
      same text) is refused. Each page succeeds or fails on its own; exit code 1 if any failed.
  cz add FILE.html… [--into DIR] [--name NAME] [--title T] [--publisher P] [--published D] [--url URL]
      The same for web pages saved from a browser.
  cz --help
      This text.
  cz --version
      The version of the cz command.

Run inside the project (any folder under it): the default files are at the project's root.
Exit codes: 0 done, 1 bad input (the message names the file), 2 wrong command line,
3 the formula answered an Excel error (#VALUE!, #N/A).`;

const COMMANDS = ["build", "extract", "formula", "export", "fetch", "add", "help", "version"];

function write(stream: NodeJS.WriteStream, text: string) {
  stream.write(text.endsWith("\n") ? text : `${text}\n`);
}

function packageVersion(): string {
  const json = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
    version: string;
  };
  return json.version;
}

async function readCuration(file: string, required: boolean): Promise<Curation> {
  const { curationSchema, EMPTY_CURATION } = await curationModule();
  if (!required && !existsSync(file)) return EMPTY_CURATION;
  const { readJsonFile } = await sourcesModule();
  return readJsonFile(file, curationSchema, "does not exist");
}

/**
 * The curation file's entries, then those kept beside the sources (NAME.curation.json); an id used twice is an
 * error naming both files, as within one file.
 */
async function withSourceCurations(
  curation: Curation,
  curationFile: string,
  sourcesDir: string,
): Promise<Curation> {
  const [{ curationSchema }, { InputError, readSourceCurations }] = await Promise.all([
    curationModule(),
    sourcesModule(),
  ]);
  const firstIn = new Map(curation.entries.map((e) => [e.id, curationFile] as const));
  const entries = [...curation.entries];
  for (const { file, entries: beside } of readSourceCurations(sourcesDir, curationSchema))
    for (const entry of beside) {
      const first = firstIn.get(entry.id);
      if (first !== undefined)
        throw new InputError(file, `has curation entry '${entry.id}', whose id ${first} already uses`);
      firstIn.set(entry.id, file);
      entries.push(entry);
    }
  return { entries };
}

async function build(args: string[]): Promise<number> {
  const { values } = parseCommand(
    "build",
    args,
    { sources: { type: "string" }, curation: { type: "string" }, out: { type: "string" } },
    false,
  );
  const out = values.out ?? projectPath("dist/dataset.json", "--out FILE");
  const [{ buildDatasetWithReport }, { readSources }, { checkOutputPath, writeAtomically }] =
    await Promise.all([ingestBuild(), sourcesModule(), outputFile()]);
  checkOutputPath(out); // before the build's work, not after it
  const sourcesDir = values.sources ?? projectPath("data/sources", "--sources DIR");
  const sources = readSources(sourcesDir);
  // With --sources, the curation beside them in the folder's own layout; else the project's.
  const curationFile =
    values.curation ??
    (values.sources === undefined
      ? projectPath("data/curation.json", "--curation FILE", process.cwd(), true)
      : "data/curation.json");
  const curation = await withSourceCurations(
    await readCuration(curationFile, values.curation !== undefined),
    curationFile,
    sourcesDir,
  );
  const { dataset, merges } = buildDatasetWithReport(sources, curation, new Date().toISOString());
  writeAtomically(out, `${JSON.stringify(dataset, null, 1)}\n`);
  write(
    process.stdout,
    `cz build: ${out} version ${dataset.version}: ${dataset.sources.length} sources, ${dataset.projects.length} projects, ` +
      `${dataset.amounts.length} figures, ${dataset.organizations.length} organizations, ${dataset.events.length} events`,
  );
  // Say what was joined across sources, with each report's id, so a wrong merge can be split by curation.
  for (const m of merges)
    write(
      process.stdout,
      `cz build: merged ${m.parts.length} reports into ${m.into} ${m.name}${m.by === "rule" ? "" : ` (curation '${m.by}')`}: ` +
        m.parts.map((p) => `${p.id} (${p.sourceId}: ${p.name})`).join(", "),
    );
  return 0;
}

async function extract(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand("extract", args, {
    published: { type: "string" },
    json: { type: "boolean", default: false },
  });
  if (positionals.length !== 1) throw new UsageError("cz extract takes one FILE");
  const [
    { isoDate },
    { extractArticle },
    { articleMeta, readArticleText },
    { formatExtraction, toExtractJson },
  ] = await Promise.all([
    import("../core/dataset"),
    import("../ingest/extractArticle"),
    sourcesModule(),
    import("./extractCommand"),
  ]);
  if (values.published !== undefined && !isoDate.safeParse(values.published).success) {
    throw new UsageError(`--published must be a date like 2018-11-13, not '${values.published}'`);
  }
  const file = positionals[0]!;
  const { text } = readArticleText(file);
  // The metadata beside the article (NAME.json) gives the headline and publisher the assembly reads places
  // from, and the published date that relative dates (今年5月) resolve against unless --published says otherwise.
  // Without either, relative dates stay unresolved: never resolved against some other year in the text.
  const meta = articleMeta(file);
  const published = values.published ?? meta.published;
  const extraction = extractArticle(text, published, meta);
  write(
    process.stdout,
    values.json ? JSON.stringify(toExtractJson(extraction), null, 1) : formatExtraction(extraction),
  );
  return 0;
}

async function formula(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand("formula", args, { dataset: { type: "string" } });
  if (positionals.length !== 1)
    throw new UsageError(`cz formula takes one formula, e.g. '=CZ.TOTAL("新能源")'`);
  const [{ DEFAULT_DATASET, runFormula }, { formatCellResult }] = await Promise.all([
    formulaModule(),
    import("./evaluateFormula"),
  ]);
  const result = await runFormula(
    positionals[0]!,
    values.dataset ?? projectPath(DEFAULT_DATASET, "--dataset FILE"),
    values.dataset === undefined,
  );
  write(process.stdout, formatCellResult(result));
  return result.kind === "error" ? 3 : 0;
}

async function exportCommand(args: string[]): Promise<number> {
  const { values } = parseCommand(
    "export",
    args,
    { out: { type: "string" }, dataset: { type: "string" } },
    false,
  );
  const out = values.out;
  if (!out || !out.toLowerCase().endsWith(".xlsx")) throw new UsageError("cz export needs --out FILE.xlsx");
  const [{ DEFAULT_DATASET, readDatasetFile }, { downloadDataset }, { exportWorkbook }, { writeAtomically }] =
    await Promise.all([
      formulaModule(),
      import("../runtime/loadDataset"),
      import("./exportWorkbook"),
      outputFile(),
    ]);
  const from = values.dataset ?? projectPath(DEFAULT_DATASET, "--dataset FILE");
  const dataset = /^https?:\/\//i.test(from)
    ? await downloadDataset(from, { fetch })
    : readDatasetFile(from, values.dataset === undefined);
  const bytes = await exportWorkbook(dataset, new Date().toISOString());
  writeAtomically(out, bytes);
  write(
    process.stdout,
    `cz export: ${out} (${bytes.length} bytes): dataset ${dataset.version}, ${dataset.projects.length} projects, ${dataset.amounts.length} figures`,
  );
  return 0;
}

function isFileSystemError(e: unknown): e is NodeJS.ErrnoException & { path: string; code: string } {
  const error = e as NodeJS.ErrnoException;
  return typeof error?.code === "string" && typeof error.path === "string" && /^E[A-Z]+$/.test(error.code);
}

/** Today as YYYY-MM-DD, here. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
}

const io: CommandIo = {
  out: (line) => write(process.stdout, line),
  err: (line) => write(process.stderr, line),
  today: today(),
};

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
        // No command is a wrong command line (exit 2), not a success: a script calling bare `cz` learns so.
        write(process.stderr, HELP);
        return 2;
      case "--version":
      case "-V":
      case "version":
        write(process.stdout, packageVersion());
        return 0;
      case "help":
      case "--help":
      case "-h":
        write(process.stdout, HELP);
        return 0;
      case "build":
        return await build(rest);
      case "extract":
        return await extract(rest);
      case "formula":
        return await formula(rest);
      case "export":
        return await exportCommand(rest);
      case "fetch":
        return await (await pageCommands()).fetchCommand(rest, io);
      case "add":
        return await (await pageCommands()).addCommand(rest, io);
      default: {
        const near = nearest(command.replace(/^-+/, ""), COMMANDS);
        throw new UsageError(`unknown command '${command}'${near ? `: did you mean '${near}'?` : ""}`);
      }
    }
  } catch (e) {
    // A wrong command line is said before anything else is loaded; the other errors' classes are loaded only
    // now, on the way out (a command that threw them has loaded them already).
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
      const text = (e as Error).message;
      const message = text.startsWith("cz ") ? text : `cz: ${text}`;
      write(process.stderr, `${message}\nRun 'cz --help' for usage.`);
      return 2;
    }
    const [{ FormulaSyntaxError }, { DatasetLoadError }, { InputError }, { BuildError }] = await Promise.all([
      import("./formulaParser"),
      import("../runtime/loadDataset"),
      sourcesModule(),
      ingestBuild(),
    ]);
    if (e instanceof FormulaSyntaxError) {
      write(process.stderr, `cz formula: ${e.message}`);
      return 2;
    }
    if (e instanceof DatasetLoadError) {
      write(process.stderr, `cz ${command}: ${e.message}`);
      return 1;
    }
    if (e instanceof InputError || e instanceof BuildError) {
      write(process.stderr, `cz ${command}: ${e.message}`);
      return 1;
    }
    if (isFileSystemError(e)) {
      // A path that is not what the command needs (a file given as --sources, a folder as --out …).
      write(process.stderr, `cz ${command}: ${e.path} cannot be used: ${e.code}`);
      return 1;
    }
    throw e;
  }
}
