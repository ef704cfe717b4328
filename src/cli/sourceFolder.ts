/**
 * The sources folder as `cz fetch` and `cz add` see it: which articles are already there (by address and by
 * text, so the same page is never added twice), a free source id for a new one, and writing its NAME.txt and
 * NAME.json together or not at all.
 */
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { cleanArticle } from "../ingest/clean";
import { decodeArticle } from "./decode";
import { writeAtomically } from "./outputFile";

export interface KnownSource {
  id: string;
  url: string | null;
  /** The article's cleaned text: the same article with other white space is the same. */
  text: string;
}

export interface SourceMeta {
  title: string;
  publisher: string;
  published: string | null;
  url: string | null;
}

const SOURCE_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

export const isSourceId = (id: string) => SOURCE_ID.test(id) && !id.endsWith(".curation");

/** An address without its #fragment, for comparison. */
export function addressKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = "";
    return u.toString();
  } catch {
    return url.trim();
  }
}

const comparable = (text: string) => cleanArticle(text).text;

/** The articles of a folder as far as they can be read (a broken file is `cz build`'s to report, not ours). */
export function knownSources(dir: string): KnownSource[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .map((f) => {
      const id = basename(f, ".txt");
      let url: string | null = null;
      try {
        const meta = JSON.parse(readFileSync(join(dir, `${id}.json`), "utf8").replace(/^\ufeff/, ""));
        if (typeof meta?.url === "string") url = addressKey(meta.url);
      } catch {
        // No metadata, or not JSON: compared by text alone.
      }
      const decoded = decodeArticle(readFileSync(join(dir, f)));
      return { id, url, text: decoded.ok ? comparable(decoded.text) : "" };
    });
}

/**
 * The source already holding this page: one of its addresses, or its text.
 * @example findDuplicate(known, ["https://a.example/1.html"], "…") // { id: "a-example-1", by: "address" }
 */
export function findDuplicate(
  known: readonly KnownSource[],
  urls: readonly (string | null)[],
  text: string | null,
): { id: string; by: "address" | "text" } | null {
  const keys = new Set(urls.filter((u): u is string => u !== null).map(addressKey));
  const byUrl = known.find((k) => k.url !== null && keys.has(k.url));
  if (byUrl) return { id: byUrl.id, by: "address" };
  if (text === null) return null;
  const mine = comparable(text);
  const byText = known.find((k) => k.text !== "" && k.text === mine);
  return byText ? { id: byText.id, by: "text" } : null;
}

const slug = (text: string) =>
  text
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/-{2,}/g, "-")
    .replace(/^[-._]+|[-._]+$/g, "");

/**
 * A source id from a page's address: its host (without www) and the last part of its path.
 * @example idFromUrl("https://www.changzhou.gov.cn/ns_news/915154232458637.html") // "changzhou-gov-cn-915154232458637"
 */
export function idFromUrl(url: string): string {
  const u = new URL(url);
  const host = slug(u.hostname.replace(/^www\./, "").replace(/[.:[\]]/g, "-"));
  const parts = u.pathname.split("/").filter((p) => p !== "");
  let stem = "";
  while (parts.length > 0 && (stem === "" || /^(index|default|content|detail|show)$/i.test(stem)))
    stem = slug(decodeURIComponent(parts.pop()!).replace(/\.[A-Za-z0-9]+$/, ""));
  return (
    [host, stem]
      .filter((p) => p !== "")
      .join("-")
      .slice(0, 80) || "page"
  );
}

/** A source id from a saved page's file name; a name with no Latin letters or digits gets "page". */
export const idFromFile = (file: string) =>
  slug(basename(file).replace(/\.[^.]+$/, "")).slice(0, 80) || "page";

/** `wanted`, or `wanted-2`, `wanted-3` …: the first id with neither file in the folder. */
export function freeId(dir: string, wanted: string): string {
  const taken = (id: string) => existsSync(join(dir, `${id}.txt`)) || existsSync(join(dir, `${id}.json`));
  if (!taken(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** Writes NAME.txt and NAME.json; if the second cannot be written, the first is removed again. */
export function writeSource(
  dir: string,
  id: string,
  text: string,
  meta: SourceMeta,
): { txt: string; json: string } {
  const txt = join(dir, `${id}.txt`);
  const json = join(dir, `${id}.json`);
  writeAtomically(txt, text.endsWith("\n") ? text : `${text}\n`);
  try {
    writeAtomically(json, `${JSON.stringify(meta, null, 2)}\n`);
  } catch (error) {
    rmSync(txt, { force: true });
    throw error;
  }
  return { txt, json };
}
