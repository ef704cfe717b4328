/**
 * Reading data/sources: every `NAME.txt` with its metadata `NAME.json` ({ title, publisher, published, url }).
 * An analyst adds an article by dropping those two files in the folder.
 */
import { readFileSync, readdirSync, existsSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { z } from "zod";
import { isoDate } from "../core/dataset";
import { sha256Bytes } from "../core/hash";
import type { ArticleInput } from "../ingest/buildDataset";
import { decodeArticle } from "./decode";
import { describeJsonProblem, type FieldHelp, SOURCE_META_HELP } from "./jsonProblems";

export const sourceMetaSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().min(1),
  published: isoDate.nullable(),
  url: z.string().url().nullable().default(null),
});

/** A problem with one input file, said so that the analyst can fix that file. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file} ${message}`);
    this.name = "InputError";
  }
}

/** Reads and decodes one article file, or throws an InputError naming the file and the problem. */
export function readArticleText(file: string): { text: string; encoding: string; sha256: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(
      file,
      `cannot be read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  const decoded = decodeArticle(bytes);
  if (!decoded.ok) throw new InputError(file, decoded.message);
  return { text: decoded.text, encoding: decoded.encoding, sha256: sha256Bytes(bytes) };
}

/**
 * Reads a JSON file and checks it against a schema, or throws an InputError naming the file and the first
 * problem (metadata of an article, the curation file).
 */
export function readJsonFile<T>(
  file: string,
  schema: z.ZodType<T>,
  missing: string,
  help: FieldHelp = {},
): T {
  if (!existsSync(file)) throw new InputError(file, missing);
  let json: unknown;
  try {
    // A byte-order mark (Windows Notepad saves one) is no part of the JSON.
    json = JSON.parse(readFileSync(file, "utf8").replace(/^\ufeff/, ""));
  } catch (e) {
    throw new InputError(file, `is not valid JSON: ${(e as Error).message}`);
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new InputError(file, describeJsonProblem(parsed.error.issues, json, help));
  return parsed.data;
}

/** What `cz extract` uses of the metadata beside an article; each field may be missing. */
const extractMetaSchema = z.object({
  title: z.string().nullish(),
  publisher: z.string().nullish(),
  published: isoDate.nullish(),
});

/**
 * The metadata beside an article for `cz extract` (NAME.json next to NAME.txt), or nothing when there is none.
 * A file that is there but is not JSON, or has a bad published date, is an InputError naming it.
 * @example articleMeta("data/sources/seed-article.txt").published // "2018-11-13"
 */
export function articleMeta(articleFile: string): {
  title: string | null;
  publisher: string | null;
  published: string | null;
} {
  const metaFile = articleFile.replace(/\.[^./\\]+$/, "") + ".json";
  if (metaFile === articleFile || !existsSync(metaFile))
    return { title: null, publisher: null, published: null };
  const meta = readJsonFile(metaFile, extractMetaSchema, "does not exist", SOURCE_META_HELP);
  return { title: meta.title ?? null, publisher: meta.publisher ?? null, published: meta.published ?? null };
}

const readMeta = (file: string) =>
  readJsonFile(
    file,
    sourceMetaSchema,
    "is missing: every article needs its metadata (title, publisher, published, url)",
    SOURCE_META_HELP,
  );

/**
 * Every article of a sources folder, sorted by id.
 * @example readSources("data/sources")[0].id // "seed-article"
 */
export function readSources(dir: string): ArticleInput[] {
  if (!existsSync(dir)) throw new InputError(dir, "does not exist");
  if (!statSync(dir).isDirectory())
    throw new InputError(
      dir,
      "is a file, not a folder: --sources names the folder of NAME.txt and NAME.json",
    );
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort();
  if (files.length === 0) throw new InputError(dir, "holds no articles (NAME.txt with NAME.json)");
  return files.map((f) => {
    const id = basename(f, ".txt");
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(id)) {
      throw new InputError(
        join(dir, f),
        "has a name that cannot be a source id: use letters, digits, '-', '_' or '.'",
      );
    }
    const meta = readMeta(join(dir, `${id}.json`));
    const { text, sha256 } = readArticleText(join(dir, f));
    return { id, ...meta, sha256, text };
  });
}

/**
 * Curation kept beside its article in the sources folder (`NAME.curation.json`, as the pane exports an
 * addition's review decisions), each file read like data/curation.json. Dropping an exported addition's three
 * files into data/sources is then all it takes.
 * @example readSourceCurations("data/sources") // [] when there are none
 */
export function readSourceCurations<T>(
  dir: string,
  schema: z.ZodType<{ entries: T[] }>,
): { file: string; entries: T[] }[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".curation.json"))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      return { file, entries: readJsonFile(file, schema, "does not exist").entries };
    });
}
