/**
 * A dropped or opened article file as text, in the pane. Chinese sites still publish in GB18030/GBK, so bytes
 * that are not UTF-8 are read as GB18030 (the browser's TextDecoder knows it); a UTF-8 byte-order mark is
 * dropped. Only .txt and .html files are read, and nothing over the addition limit is decoded at all.
 */
import { MAX_ADDITION_BYTES } from "../ingest/additionInput";

export type FileProblem =
  | { kind: "type"; name: string }
  | { kind: "tooLarge"; name: string; mb: string }
  | { kind: "unreadable"; name: string; why: string };

export type FileText =
  { ok: true; name: string; text: string; encoding: string } | { ok: false; problem: FileProblem };

const ARTICLE_FILE = /\.(txt|html?|text)$/i;

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
  if (file.size > MAX_ADDITION_BYTES)
    return { ok: false, problem: { kind: "tooLarge", name, mb: (file.size / 1024 / 1024).toFixed(1) } };
  try {
    const decoded = decodeArticleBytes(new Uint8Array(await file.arrayBuffer()));
    return { ok: true, name, ...decoded };
  } catch (error) {
    return { ok: false, problem: { kind: "unreadable", name, why: (error as Error).message } };
  }
}
