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

export interface LoadDeps {
  fetch: (
    url: string,
    init?: { signal?: AbortSignal; cache?: RequestCache },
  ) => Promise<{
    ok: boolean;
    status: number;
    statusText: string;
    /** Where the response came from after redirects (fetch's Response.url; "" when unknown). */
    url?: string;
    text(): Promise<string>;
  }>;
  /** The runtime's storage (localStorage in the shared runtime); may be missing or full. */
  storage?: Pick<Storage, "getItem" | "setItem"> | null;
  timeoutMs?: number;
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
    text = await response.text();
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
