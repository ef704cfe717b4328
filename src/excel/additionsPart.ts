/**
 * Where the workbook keeps its local additions (issue 11): one custom XML part (ExcelApi 1.5), which travels
 * inside the .xlsx through save, reopen and e-mail, unlike the pane's memory. The JSON is stored as base64 of its
 * UTF-8 bytes, so Chinese text, `<`, `&` or `]]>` in an article can never make the XML invalid:
 *
 *   <additions xmlns="urn:cz-projects:additions:1" format="1" encoding="base64">…</additions>
 *
 * There is one part in the namespace at all times. A merged workbook can bring two: reading then refuses (and
 * says how many) instead of guessing which one is right.
 */
/// <reference types="office-js" />
import { fromBase64, toBase64 } from "./base64";
import { additionsKey } from "./journal";
import { exclusive, runExcel, supports } from "./runExcel";

export const ADDITIONS_NAMESPACE = "urn:cz-projects:additions:1";
const FORMAT = "1";
const CUSTOM_XML_PARTS = ["ExcelApi", "1.5"] as const;

/**
 * The largest part written: the whole XML goes in one request, and Excel on the web refuses requests over about
 * 5 MB (the stand-in models that limit).
 */
export const MAX_PART_BYTES = 4_900_000;

export type AdditionsPartProblem = "unreadable" | "several" | "unsupported" | "tooLarge";

/** The stored additions cannot be used; nothing in the workbook was changed. Messages in Chinese and English. */
export class AdditionsPartError extends Error {
  constructor(
    readonly problem: AdditionsPartProblem,
    /** How many parts the namespace holds (for "several"). */
    readonly count: number,
    detail = "",
  ) {
    super(messageOf(problem, count) + (detail ? ` (${detail})` : ""));
    this.name = "AdditionsPartError";
  }
}

function messageOf(problem: AdditionsPartProblem, count: number): string {
  switch (problem) {
    case "unreadable":
      return (
        "工作簿中保存的本地添加内容无法读取，已原样保留，未作任何修改。 / " +
        "The local additions stored in this workbook cannot be read; they were left untouched."
      );
    case "several":
      return (
        `工作簿中有 ${count} 份本地添加内容（可能来自合并的工作簿），无法确定使用哪一份，均已原样保留。 / ` +
        `This workbook holds ${count} sets of local additions (perhaps from merged workbooks); ` +
        "none was chosen and all were left untouched."
      );
    case "tooLarge":
      return (
        "本工作簿的本地添加合计将超过约 5 MB（Excel 单次请求的上限）：请先导出并移除一些，未作任何修改。 / " +
        "The workbook's local additions would come to more than about 5 MB (Excel's limit for one request): " +
        "export and remove some first; nothing was changed."
      );
    case "unsupported":
      return (
        "此版本的 Excel 不支持在工作簿中保存本地添加内容（需要 ExcelApi 1.5）。 / " +
        "This version of Excel cannot keep local additions in the workbook (ExcelApi 1.5 is needed)."
      );
  }
}

/** The XML of the part holding `json`. */
export function additionsXml(json: string): string {
  return `<additions xmlns="${ADDITIONS_NAMESPACE}" format="${FORMAT}" encoding="base64">${toBase64(json)}</additions>`;
}

/** The JSON text a part's XML holds; AdditionsPartError("unreadable") when the XML is not ours. */
export function jsonOfXml(xml: string): string {
  // Excel may hand the XML back with a declaration, other quotes or attributes in another order.
  const m = /^\s*(?:<\?xml[^>]*\?>\s*)?<additions(\s[^>]*)?>([^<]*)<\/additions>\s*$/.exec(xml);
  if (!m) throw new AdditionsPartError("unreadable", 1, "not an <additions> element with a text payload");
  const attrs = new Map<string, string>();
  for (const a of (m[1] ?? "").matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g))
    attrs.set(a[1]!, a[2] ?? a[3]!);
  if (attrs.get("format") !== FORMAT || attrs.get("encoding") !== "base64") {
    throw new AdditionsPartError(
      "unreadable",
      1,
      `format ${attrs.get("format") ?? "?"}, encoding ${attrs.get("encoding") ?? "?"}`,
    );
  }
  const json = fromBase64(m[2]!);
  if (json === null) throw new AdditionsPartError("unreadable", 1, "the payload is not base64 of UTF-8 text");
  try {
    JSON.parse(json);
  } catch {
    throw new AdditionsPartError("unreadable", 1, "the payload is not JSON");
  }
  return json;
}

/** The stored additions as read: their JSON (null when there are none or they cannot be read) and their key. */
export interface StoredPart {
  json: string | null;
  /** Why they cannot be read (null when they can, or when there are none). */
  problem: AdditionsPartError | null;
  /** additionsKey(): what a later write compares, to know the part is still the one read. */
  key: string;
}

/**
 * The stored additions have changed since they were read (another author, another pane): nothing was written.
 * `current` is what the part holds now.
 */
export class AdditionsChangedError extends Error {
  constructor(readonly current: StoredPart) {
    super("The stored additions changed since they were read; nothing was written over them.");
    this.name = "AdditionsChangedError";
  }
}

/** Queues the look-up of our namespace's parts; the reader it returns needs one more sync for the XML. */
export function loadPart(
  ctx: Excel.RequestContext,
): () => Promise<{ part: StoredPart; ids: Excel.CustomXmlPart[] }> {
  // Checked inside the batch: outside Excel runExcel has already said so, which is the better message.
  const scoped = supports(CUSTOM_XML_PARTS)
    ? ctx.workbook.customXmlParts.getByNamespace(ADDITIONS_NAMESPACE).load("items/id")
    : null;
  const problem = (error: AdditionsPartError) => ({
    part: { json: null, problem: error, key: additionsKey(null, error.problem) },
    ids: scoped?.items ?? [],
  });
  return async () => {
    if (!scoped) return problem(new AdditionsPartError("unsupported", 0));
    const parts = scoped.items;
    if (parts.length === 0) return { part: { json: null, problem: null, key: additionsKey(null) }, ids: [] };
    if (parts.length > 1) return problem(new AdditionsPartError("several", parts.length));
    const xml = parts[0]!.getXml();
    await ctx.sync();
    try {
      const json = jsonOfXml(xml.value);
      return { part: { json, problem: null, key: additionsKey(json) }, ids: parts };
    } catch (error) {
      if (error instanceof AdditionsPartError) return problem(error);
      throw error;
    }
  };
}

/** Reads the stored additions (one or two syncs). */
async function readPart(ctx: Excel.RequestContext) {
  const read = loadPart(ctx);
  await ctx.sync();
  return read();
}

/** The stored additions' JSON text, or null when this workbook has none; rejects with why they cannot be read. */
export function readAdditionsPart(): Promise<string | null> {
  return runExcel(async (ctx) => {
    const { part } = await readPart(ctx);
    if (part.problem) throw part.problem;
    return part.json;
  });
}

/** The stored additions with their key, never rejecting for a part that cannot be read (it says so instead). */
export function readStoredPart(): Promise<StoredPart> {
  return runExcel(async (ctx) => (await readPart(ctx)).part);
}

export interface PartWriteOptions {
  /**
   * The key of the part as last read: when it holds something else now, nothing is written and the write
   * rejects with AdditionsChangedError carrying what it holds (co-authoring: never write over an addition
   * someone else stored meanwhile).
   */
  expected?: string;
}

/**
 * Stores `json` as the workbook's additions. The existing part is rewritten with setXml, one command: a sync
 * that fails leaves the old XML in place, and there is never a moment with no part or with two. With no part
 * yet, one is added. Nothing is written over a part we cannot read (a newer add-in's format would be lost) or
 * when there are several (a merge): the caller settles that first, with deleteAdditionsPart if need be.
 */
export async function writeAdditionsPart(json: string, options: PartWriteOptions = {}): Promise<void> {
  JSON.parse(json); // A caller's bug, not a workbook problem: refused (as a rejection) before anything is sent.
  const xml = additionsXml(json);
  // Base64 is ASCII: its length is its size in the request.
  if (xml.length > MAX_PART_BYTES)
    throw new AdditionsPartError("tooLarge", 0, `${(xml.length / 1_000_000).toFixed(1)} MB`);
  return exclusive(() =>
    runExcel(async (ctx) => {
      const { part, ids } = await readPart(ctx);
      if (options.expected !== undefined && part.key !== options.expected)
        throw new AdditionsChangedError(part);
      if (part.problem) throw part.problem;
      const [existing] = ids;
      if (existing) existing.setXml(xml);
      else ctx.workbook.customXmlParts.add(xml);
      await ctx.sync();
    }),
  );
}

/** Removes the stored additions (every part of the namespace, so a merged workbook can be cleared too). */
export function deleteAdditionsPart(options: PartWriteOptions = {}): Promise<void> {
  return exclusive(() =>
    runExcel(async (ctx) => {
      const { part, ids } = await readPart(ctx);
      if (options.expected !== undefined && part.key !== options.expected)
        throw new AdditionsChangedError(part);
      if (part.problem?.problem === "unsupported") throw part.problem;
      if (ids.length === 0) return;
      for (const id of ids) id.delete();
      await ctx.sync();
    }),
  );
}
