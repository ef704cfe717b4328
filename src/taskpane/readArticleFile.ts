/**
 * A dropped or opened article file as text, in the pane. Chinese sites still publish in GB18030/GBK, so bytes
 * that are not UTF-8 are read as GB18030 (the browser's TextDecoder knows it); a UTF-8 byte-order mark is
 * dropped. A web page is read in the charset it declares (<meta charset="gb2312">, Big5 …) as `cz add` reads
 * it. Only .txt and .html files are read, and nothing over the limit is decoded at all.
 */
import { MAX_ADDITION_BYTES } from "../ingest/additionInput";
import { decodePage } from "../ingest/html/htmlCharset";
import { MAX_PAGE_BYTES } from "../ingest/html/pageLimits";

export type FileProblem =
  | { kind: "type"; name: string }
  | { kind: "tooLarge"; name: string; mb: string }
  | { kind: "unreadable"; name: string; why: string };

export type FileText =
  | { ok: true; name: string; text: string; encoding: string; html: boolean }
  | { ok: false; problem: FileProblem };

const ARTICLE_FILE = /\.(txt|html?|text)$/i;
const PAGE_FILE = /\.html?$/i;

/**
 * Whether pasted text is a web page's source (from "view source" or a saved file), to be read as a page rather
 * than as an article's text.
 * @example looksLikeHtmlPage("<!DOCTYPE html><html>…") // true
 */
export function looksLikeHtmlPage(text: string): boolean {
  return /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<meta[\s>]|<!--\s*saved from)/i.test(text);
}

/** Decodes an article's bytes: UTF-8 when they are valid UTF-8, else GB18030. */
export function decodeArticleBytes(bytes: Uint8Array): { text: string; encoding: string } {
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { text: text.startsWith("\uFEFF") ? text.slice(1) : text, encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("gb18030").decode(bytes), encoding: "gb18030" };
  }
}

/** Reads a File the analyst dropped or chose; never throws. */
export async function readArticleFile(file: Pick<File, "name" | "size" | "arrayBuffer">): Promise<FileText> {
  const name = file.name;
  if (!ARTICLE_FILE.test(name)) return { ok: false, problem: { kind: "type", name } };
  const html = PAGE_FILE.test(name);
  // A page carries its furniture: it may be larger than the article text an addition may be.
  if (file.size > (html ? MAX_PAGE_BYTES : MAX_ADDITION_BYTES))
    return { ok: false, problem: { kind: "tooLarge", name, mb: (file.size / 1024 / 1024).toFixed(1) } };
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (!html) return { ok: true, name, ...decodeArticleBytes(bytes), html };
    const page = decodePage(bytes, null, (b) => ({ ok: true, ...decodeArticleBytes(b) }));
    if (!page.ok) return { ok: false, problem: { kind: "unreadable", name, why: page.message } };
    return { ok: true, name, text: page.text, encoding: page.encoding, html };
  } catch (error) {
    return { ok: false, problem: { kind: "unreadable", name, why: (error as Error).message } };
  }
}
