/**
 * `cz fetch URL…` and `cz add FILE.html…`: a news page into the sources folder as NAME.txt (its main text) and
 * NAME.json (title, publisher, published date, address), each read from the page unless a flag gives it. Each
 * page succeeds or fails on its own, with a progress line, what was written and read, what could not be read,
 * and a one-line reason when it failed; nothing is written for a failed page. A summary ends the run.
 */
import { readFileSync, statSync } from "node:fs";
import { isoDate } from "../core/dataset";
import { looksTraditional } from "../ingest/additionInput";
import { extractArticle } from "../ingest/extractArticle";
import type { Found } from "../ingest/html/readHtmlPage";
import { parseCommand } from "./commandLine";
import { DEFAULT_MAX_BYTES, FetchError, type FetchOptions, fetchPage } from "./fetchPage";
import { readPageBytes } from "./pageReader";
import { projectPath } from "./projectRoot";
import {
  findDuplicate,
  freeId,
  idFromFile,
  idFromUrl,
  isSourceId,
  knownSources,
  type SourceMeta,
  writeSource,
} from "./sourceFolder";
import { UsageError } from "./usageError";

export interface CommandIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Today as YYYY-MM-DD: a page dated later has a wrong date. */
  today: string;
}

const COMMON = {
  into: { type: "string" },
  name: { type: "string" },
  title: { type: "string" },
  publisher: { type: "string" },
  published: { type: "string" },
} as const;

type Flags = { into?: string; name?: string; title?: string; publisher?: string; published?: string };

/** A page that was not added: the reason, in one line. */
class PageRefused extends Error {}

interface PageInput {
  bytes: Uint8Array;
  contentType: string | null;
  /** Every address the page is known by (as given, after redirects). */
  urls: string[];
  /** The address to record in NAME.json. */
  url: string | null;
  wantedId: string;
}

function checkFlags(command: string, flags: Flags, pages: number, today: string): void {
  if (pages === 0)
    throw new UsageError(`cz ${command} needs at least one ${command === "fetch" ? "URL" : "FILE.html"}`);
  for (const one of ["name", "title"] as const)
    if (flags[one] !== undefined && pages > 1)
      throw new UsageError(`--${one} names one page's ${one}: give one page with it, not ${pages}`);
  if (flags.name !== undefined && !isSourceId(flags.name))
    throw new UsageError(
      `--name '${flags.name}' cannot be a source id: use letters, digits, '-', '_' or '.'`,
    );
  const p = flags.published;
  if (p !== undefined && !isoDate.safeParse(p).success)
    throw new UsageError(`--published must be a date like 2018-11-13 (or 2018-11, 2018), not '${p}'`);
  if (p !== undefined && p > today) throw new UsageError(`--published ${p} is after today (${today})`);
  for (const text of ["title", "publisher"] as const)
    if (flags[text] !== undefined && flags[text]!.trim() === "")
      throw new UsageError(`--${text} must not be empty`);
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const from = (f: Found) => `${f.value} (${f.from})`;

/** Reads, checks and writes one page; returns the lines to print, or throws PageRefused. */
function takePage(page: PageInput, flags: Flags, into: string, io: CommandIo): string[] {
  const read = readPageBytes(page.bytes, page.contentType, page.url);
  if (!read.ok) throw new PageRefused(read.message.replace(/^is /, "the page is "));
  const { reading } = read;
  if (reading.text.trim() === "") throw new PageRefused("no article text found on the page");
  const given = (value: string | undefined, flag: string) =>
    value === undefined ? null : { value, from: flag };
  const title = given(flags.title, "--title") ?? reading.title;
  const publisher = given(flags.publisher, "--publisher") ?? reading.publisher;
  if (title === null) throw new PageRefused("no title found on the page: give it with --title");
  if (publisher === null) throw new PageRefused("no publisher found on the page: give it with --publisher");
  const notes: string[] = [];
  let published = given(flags.published, "--published") ?? reading.published;
  if (published !== null && published.value > io.today) {
    notes.push(`the page's date ${from(published)} is after today: not used`);
    published = null;
  }
  const url = reading.url?.value ?? null;
  const duplicate = findDuplicate(knownSources(into), [...page.urls, url], reading.text);
  if (duplicate)
    throw new PageRefused(`already in ${into} as ${duplicate.id} (same ${duplicate.by}): nothing written`);
  const id = flags.name ?? freeId(into, page.wantedId);
  if (flags.name !== undefined && id !== freeId(into, id))
    throw new PageRefused(`${into}/${id}.txt or .json already exists: choose another --name`);
  const meta: SourceMeta = {
    title: title.value,
    publisher: publisher.value,
    published: published?.value ?? null,
    url,
  };
  const files = writeSource(into, id, reading.text, meta);
  const extraction = extractArticle(reading.text, meta.published, meta);
  const paragraphs = reading.text.split("\n").length;
  if (read.note) notes.push(`the page ${read.note}`);
  if (looksTraditional(reading.text))
    notes.push(
      "the text is in traditional characters: the pipeline reads simplified Chinese and may find little",
    );
  return [
    `  wrote ${files.txt} (${plural(paragraphs, "paragraph")}, ${reading.text.length} characters, ${read.encoding}) and ${id}.json`,
    `  title: ${from(title)}`,
    `  publisher: ${from(publisher)}`,
    published
      ? `  published: ${from(published)}`
      : `  published: not found on the page: relative dates (今年5月) stay unresolved until "published" is filled in ${id}.json`,
    url === null ? "  url: not known (give it with --url)" : `  url: ${url}`,
    ...notes.map((n) => `  note: ${n}`),
    `  yields ${plural(extraction.projects.length, "project")} and ${plural(extraction.amounts.length, "figure")}: cz extract ${files.txt} shows them`,
  ];
}

/** Runs each page on its own and prints a summary; exit code 1 when any failed. */
async function eachPage(
  command: string,
  items: string[],
  into: string,
  io: CommandIo,
  load: (item: string) => Promise<PageInput>,
  flags: Flags,
): Promise<number> {
  let written = 0;
  const failed: string[] = [];
  for (const [i, item] of items.entries()) {
    const progress = `[${i + 1}/${items.length}] ${item}`;
    io.out(progress);
    try {
      const lines = takePage(await load(item), flags, into, io);
      lines.forEach((line) => io.out(line));
      written++;
    } catch (error) {
      if (!(error instanceof PageRefused || error instanceof FetchError)) throw error;
      io.err(`cz ${command}: ${progress}: ${error.message}`);
      failed.push(item);
    }
  }
  io.out(
    `cz ${command}: ${plural(written, "page")} written to ${into}` +
      (failed.length > 0 ? `, ${failed.length} failed: ${failed.join(" ")}` : ""),
  );
  return failed.length > 0 ? 1 : 0;
}

/** `cz fetch URL… [--into DIR] [--name NAME] [--title T] [--publisher P] [--published D] [--timeout S]` */
export async function fetchCommand(
  args: string[],
  io: CommandIo,
  options: FetchOptions = {},
): Promise<number> {
  const { values, positionals } = parseCommand("fetch", args, { ...COMMON, timeout: { type: "string" } });
  checkFlags("fetch", values, positionals.length, io.today);
  const timeout = values.timeout === undefined ? undefined : Number(values.timeout);
  if (timeout !== undefined && !(timeout > 0 && timeout <= 600))
    throw new UsageError(`--timeout is in seconds, more than 0 and at most 600, not '${values.timeout}'`);
  const into = values.into ?? projectPath("data/sources", "--into DIR");
  const fetchOptions = { ...options, timeoutMs: timeout === undefined ? options.timeoutMs : timeout * 1000 };
  return eachPage(
    "fetch",
    positionals,
    into,
    io,
    async (address) => {
      // A page already there by its address is not downloaded again.
      const known = findDuplicate(knownSources(into), [address], null);
      if (known) throw new PageRefused(`already in ${into} as ${known.id} (same address): nothing written`);
      const page = await fetchPage(address, fetchOptions);
      return {
        bytes: page.bytes,
        contentType: page.contentType,
        urls: [address, page.url],
        url: page.url,
        wantedId: idFromUrl(page.url),
      };
    },
    values,
  );
}

/** `cz add FILE.html… [--into DIR] [--name NAME] [--title T] [--publisher P] [--published D] [--url URL]` */
export async function addCommand(args: string[], io: CommandIo): Promise<number> {
  const { values, positionals } = parseCommand("add", args, { ...COMMON, url: { type: "string" } });
  checkFlags("add", values, positionals.length, io.today);
  if (values.url !== undefined && positionals.length > 1)
    throw new UsageError(
      `--url is one page's address: give one FILE.html with it, not ${positionals.length}`,
    );
  if (values.url !== undefined && !/^https?:\/\/[^\s/]+/i.test(values.url))
    throw new UsageError(`--url must be an http(s) address, not '${values.url}'`);
  const into = values.into ?? projectPath("data/sources", "--into DIR");
  return eachPage(
    "add",
    positionals,
    into,
    io,
    async (file) => {
      if (!/\.(html?|xhtml)$/i.test(file))
        throw new PageRefused(
          "cz add reads saved web pages (.html, .htm); an article's text goes into NAME.txt with NAME.json",
        );
      let size: number;
      try {
        size = statSync(file).size;
      } catch (error) {
        throw new PageRefused(
          `cannot be read: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
      if (size > DEFAULT_MAX_BYTES)
        throw new PageRefused(
          `is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${DEFAULT_MAX_BYTES / 1024 / 1024} MB limit of a page`,
        );
      const url = values.url ?? null;
      return {
        bytes: readFileSync(file),
        contentType: null,
        urls: url ? [url] : [],
        url,
        wantedId: idFromFile(file),
      };
    },
    values,
  );
}
