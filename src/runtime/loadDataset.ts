/**
 * Getting a dataset into the shared runtime: download it, validate it whole, keep it as the last good copy.
 * When the download or validation fails, the last good copy from the runtime's storage is used and the failure
 * is reported beside it, so formulas keep answering. Nothing here touches the workbook.
 */
import type { Dataset } from "../core/dataset";
import { checkDatasetUrl, describeSourceUrlProblem } from "../core/sourceUrl";
import { describeProblems, validateDataset } from "../core/validate";

/** The dataset `npm run build` serves next to the add-in. */
export const DEFAULT_DATASET_FILE = "dataset.json";
const CACHE_KEY = "cz-projects.lastGoodDataset";

/**
 * The largest dataset response read: 200 MB (of JSON, after any transfer compression). A generated dataset of
 * 100,000 projects (test/fixtures/generateDataset.ts: 137k figures, 50k events, 12.5k sources) is 122 MB, so
 * this leaves room for longer quotes; a larger answer is refused from its Content-Length, or as soon as the bytes
 * read pass the limit, before it is ever held whole.
 */
export const MAX_DATASET_BYTES = 200_000_000;

/** What the loader reads of a fetch Response (window.fetch's Response has all of it). */
export interface DatasetResponse {
  ok: boolean;
  status: number;
  statusText: string;
  /** Where the response came from after redirects (fetch's Response.url; "" when unknown). */
  url?: string;
  headers?: { get(name: string): string | null };
  /** The body as a stream of bytes, read with the limit in force; without it, text() is read whole. */
  body?: ReadableStream<Uint8Array> | null;
  text(): Promise<string>;
}

export interface LoadDeps {
  fetch: (url: string, init?: { signal?: AbortSignal; cache?: RequestCache }) => Promise<DatasetResponse>;
  /** The runtime's storage (localStorage in the shared runtime); may be missing or full. */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  timeoutMs?: number;
  /** The limit in bytes (default MAX_DATASET_BYTES; tests use a small one). */
  maxBytes?: number;
  /** Called once the whole body has arrived, before it is parsed and validated (the pane's progress). */
  onReceived?: () => void;
}

const megabytes = (bytes: number) => `${(bytes / 1_000_000).toFixed(bytes < 10_000_000 ? 1 : 0)} MB`;

/** Thrown inside the download when the body passes the limit (turned into a DatasetLoadError below). */
class TooLarge extends Error {
  constructor(
    readonly bytes: number,
    /** False while streaming: the response is at least `bytes` long. */
    readonly exact: boolean,
  ) {
    super("too large");
  }
}

/**
 * The body as text, refused as soon as more than `limit` bytes have arrived: the stream is cancelled and what was
 * read is dropped. UTF-8 is decoded as it comes, so a character split between chunks stays whole.
 */
async function readLimited(response: DatasetResponse, limit: number): Promise<string> {
  const declared = Number(response.headers?.get("content-length") ?? NaN);
  if (Number.isFinite(declared) && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw new TooLarge(declared, true);
  }
  if (!response.body || typeof response.body.getReader !== "function") {
    const text = await response.text();
    // Without a stream the text is already here; it is still refused, so no host reads more than the limit on.
    const bytes = new TextEncoder().encode(text).length;
    if (bytes > limit) throw new TooLarge(bytes, true);
    return text;
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder("utf-8");
  const parts: string[] = [];
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > limit) {
      await reader.cancel().catch(() => undefined);
      throw new TooLarge(bytes, false);
    }
    parts.push(decoder.decode(value, { stream: true }));
  }
  parts.push(decoder.decode());
  return parts.join("");
}

export interface LoadResult {
  dataset: Dataset;
  origin: "network" | "cache";
  /** Why the network copy was not used, when the cache answered instead. */
  warning: string | null;
}

/** A load that failed, in words for the pane: what failed and what to do. */
export class DatasetLoadError extends Error {
  constructor(
    readonly step: "download" | "validate",
    message: string,
  ) {
    super(message);
    this.name = "DatasetLoadError";
  }
}

/**
 * Downloads and validates a dataset; nothing is kept unless the whole document is valid.
 * @example await downloadDataset("https://localhost:3000/dataset.json", { fetch }) // a validated Dataset
 */
export async function downloadDataset(url: string, deps: LoadDeps): Promise<Dataset> {
  // The same rule as the pane's data-source field (src/core/sourceUrl), before and after the download.
  const before = checkDatasetUrl(url);
  if (!before.ok)
    throw new DatasetLoadError(
      "download",
      `数据源地址 ${url} ${describeSourceUrlProblem(before.problem)} / the dataset URL is refused`,
    );
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), deps.timeoutMs ?? 30_000);
  let text: string;
  try {
    const response = await deps.fetch(url, { signal: controller.signal, cache: "no-store" });
    // A redirect may lead anywhere (a loopback address, plain http): the address the data came from must
    // pass the rule too, or the data is not read.
    if (response.url) {
      const after = checkDatasetUrl(response.url);
      if (!after.ok)
        throw new DatasetLoadError(
          "download",
          `${url} 重定向到 ${response.url}, 该地址${describeSourceUrlProblem(after.problem)} / redirected to a refused address`,
        );
    }
    if (!response.ok)
      throw new DatasetLoadError(
        "download",
        `下载失败 ${response.status} ${response.statusText}: ${url} / the server answered ${response.status}`,
      );
    const limit = deps.maxBytes ?? MAX_DATASET_BYTES;
    try {
      text = await readLimited(response, limit);
    } catch (error) {
      if (!(error instanceof TooLarge)) throw error;
      controller.abort();
      const size = megabytes(error.bytes);
      throw new DatasetLoadError(
        "download",
        `数据集过大(${error.exact ? size : `已超过 ${size}`},上限 ${megabytes(limit)}),未读取: ${url} / ` +
          `the dataset is ${error.exact ? size : `over ${size}`}, more than the ${megabytes(limit)} the add-in reads; it was not read`,
      );
    }
    deps.onReceived?.();
  } catch (error) {
    if (error instanceof DatasetLoadError) throw error;
    const why = controller.signal.aborted
      ? "超时 / timed out"
      : `网络错误 / network error: ${(error as Error).message}`;
    throw new DatasetLoadError("download", `无法下载数据集 ${url}: ${why}`);
  } finally {
    clearTimeout(timer);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new DatasetLoadError("validate", `${url} 不是 JSON / is not JSON: ${(error as Error).message}`);
  }
  const result = validateDataset(json);
  if (!result.ok)
    throw new DatasetLoadError(
      "validate",
      `${url} 不是有效的 CZ 数据集 / is not a valid CZ dataset: ${describeProblems(result.problems, 3)}`,
    );
  return result.dataset;
}

/** Keeps a validated dataset as the last good copy; a full storage only costs the offline fallback. */
export function rememberDataset(dataset: Dataset, storage: LoadDeps["storage"]): void {
  try {
    storage?.setItem(CACHE_KEY, JSON.stringify(dataset));
  } catch {
    // Quota exceeded (a very large dataset): formulas still work from memory until the runtime closes.
  }
}

/** The last good copy, if there is one and it is still valid. */
export function lastGoodDataset(storage: LoadDeps["storage"]): Dataset | null {
  try {
    const text = storage?.getItem(CACHE_KEY);
    if (!text) return null;
    const result = validateDataset(JSON.parse(text));
    return result.ok ? result.dataset : null;
  } catch {
    return null;
  }
}

/**
 * The dataset for the runtime at start: the network copy, else the last good copy with the reason, else the
 * error (the caller shows it; formulas answer #N/A with it).
 */
export async function loadDataset(url: string, deps: LoadDeps): Promise<LoadResult> {
  try {
    const dataset = await downloadDataset(url, deps);
    rememberDataset(dataset, deps.storage);
    return { dataset, origin: "network", warning: null };
  } catch (error) {
    const cached = lastGoodDataset(deps.storage);
    if (cached) return { dataset: cached, origin: "cache", warning: (error as Error).message };
    throw error;
  }
}
