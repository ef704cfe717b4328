/**
 * Downloading one web page for `cz fetch`, or a one-line reason it was not: the address rule (src/core/pageUrl)
 * before every request, on every redirect and on the address a host name resolves to; a time limit on the
 * whole download; a size limit enforced while the body streams in (a 10 MB page is dropped at the limit, never
 * read whole); only HTML; gzip, deflate and brotli bodies unpacked (the limit counts the unpacked bytes).
 *
 * Built on node:http(s) rather than fetch(): only there can the connection's DNS answer be checked before it
 * connects, and a redirect be looked at before it is followed.
 */
import { lookup as dnsLookup, type LookupAddress } from "node:dns";
import { type IncomingMessage, request as httpRequest } from "node:http";
import { request as httpsRequest } from "node:https";
import type { LookupFunction } from "node:net";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { checkPageUrl, describePageUrlProblem, hostKind } from "../core/pageUrl";
import { MAX_PAGE_BYTES } from "../ingest/html/pageLimits";

export const DEFAULT_TIMEOUT_MS = 20_000;
export const DEFAULT_MAX_BYTES = MAX_PAGE_BYTES;
const MAX_REDIRECTS = 5;

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  /** The resolver (tests give one that answers a private address). */
  lookup?: typeof dnsLookup;
}

export interface FetchedPage {
  /** The address the page came from, after redirects. */
  url: string;
  bytes: Buffer;
  contentType: string | null;
}

/** A page that could not be downloaded, in one line. */
export class FetchError extends Error {
  override name = "FetchError";
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MB`;

/** Wraps the resolver: a host name must resolve to internet addresses only. */
function guardedLookup(resolve: typeof dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "", 0);
      const list = addresses as unknown as LookupAddress[];
      const bad = list.find((a) => hostKind(a.address) !== "internet");
      if (bad && hostKind(hostname) !== "loopback") {
        const refused = Object.assign(
          new Error(`${hostname} resolves to ${bad.address}, a private or local address: refused`),
          { code: "EPRIVATEADDRESS" },
        );
        return callback(refused, "", 0);
      }
      if (options.all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      const first = list[0]!;
      callback(null, first.address, first.family);
    });
  };
}

function unpack(response: IncomingMessage): NodeJS.ReadableStream {
  const encoding = String(response.headers["content-encoding"] ?? "")
    .toLowerCase()
    .trim();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(createGunzip());
  if (encoding === "deflate") return response.pipe(createInflate());
  if (encoding === "br") return response.pipe(createBrotliDecompress());
  return response;
}

/** One request: resolves to the response once its headers are in. */
function requestOnce(url: URL, lookup: LookupFunction, signal: AbortSignal): Promise<IncomingMessage> {
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = send(url, {
      method: "GET",
      lookup,
      signal,
      headers: {
        "user-agent": "cz-projects (cz fetch; reads public news pages for an analyst)",
        accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1",
        "accept-encoding": "gzip, deflate, br",
        "accept-language": "zh-CN,zh;q=0.9",
      },
    });
    req.once("response", resolve);
    req.once("error", reject);
    req.end();
  });
}

function describeNetworkError(error: NodeJS.ErrnoException, url: URL): string {
  switch (error.code) {
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return `the host ${url.hostname} was not found`;
    case "ECONNREFUSED":
      return `${url.host} refused the connection`;
    case "ECONNRESET":
      return `${url.host} closed the connection`;
    case "EPRIVATEADDRESS":
      return error.message;
    case "CERT_HAS_EXPIRED":
    case "DEPTH_ZERO_SELF_SIGNED_CERT":
    case "UNABLE_TO_VERIFY_LEAF_SIGNATURE":
    case "ERR_TLS_CERT_ALTNAME_INVALID":
      return `the HTTPS certificate of ${url.hostname} is not valid (${error.code})`;
    default:
      return `network error: ${error.message}`;
  }
}

/** Reads a body up to `maxBytes`; past that, stops reading and refuses. */
function readBody(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    stream.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        (stream as unknown as { destroy(): void }).destroy();
        reject(new FetchError(`the page is larger than ${mb(maxBytes)}: refused without reading the rest`));
        return;
      }
      chunks.push(chunk);
    });
    stream.once("end", () => resolve(Buffer.concat(chunks)));
    stream.once("error", reject);
  });
}

/**
 * Downloads a page the analyst named, following up to five redirects that pass the rule.
 * @example await fetchPage("https://www.changzhou.gov.cn/ns_news/123.html") // { url, bytes, contentType: "text/html; charset=utf-8" }
 */
export async function fetchPage(address: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const lookup = guardedLookup(options.lookup ?? dnsLookup);
  const first = checkPageUrl(address);
  if (!first.ok) throw new FetchError(`the address ${describePageUrlProblem(first.problem)}`);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let url = new URL(first.url);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await requestOnce(url, lookup, controller.signal);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400) {
        response.resume();
        const location = response.headers.location;
        if (!location) throw new FetchError(`the server answered ${status} without saying where to`);
        if (redirects >= MAX_REDIRECTS) throw new FetchError(`more than ${MAX_REDIRECTS} redirects`);
        const target = new URL(location, url).toString();
        const next = checkPageUrl(target, { redirectedFrom: url.toString() });
        if (!next.ok)
          throw new FetchError(`redirected to ${target}, which ${describePageUrlProblem(next.problem)}`);
        url = new URL(next.url);
        continue;
      }
      if (status !== 200) {
        response.resume();
        throw new FetchError(`the server answered ${status} ${response.statusMessage ?? ""}`.trim());
      }
      const contentType = response.headers["content-type"] ?? null;
      if (contentType !== null && !HTML_TYPES.test(contentType)) {
        response.destroy();
        throw new FetchError(`the address gives ${contentType.split(";")[0]}, not a web page (text/html)`);
      }
      const declared = Number(response.headers["content-length"]);
      if (Number.isFinite(declared) && declared > maxBytes) {
        response.destroy();
        throw new FetchError(`the page is ${mb(declared)}, over the ${mb(maxBytes)} limit: not downloaded`);
      }
      const bytes = await readBody(unpack(response), maxBytes);
      return { url: url.toString(), bytes, contentType };
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (controller.signal.aborted)
      throw new FetchError(`no complete answer from ${url.host} within ${timeoutMs / 1000} s (timed out)`);
    throw new FetchError(describeNetworkError(error as NodeJS.ErrnoException, url));
  } finally {
    clearTimeout(timer);
  }
}
