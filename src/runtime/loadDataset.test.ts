import { tinyDataset } from "../../test/fixtures/tinyDataset";
import {
  DatasetLoadError,
  type LoadDeps,
  MAX_DATASET_BYTES,
  downloadDataset,
  lastGoodDataset,
  loadDataset,
} from "./loadDataset";

function memoryStorage(): NonNullable<LoadDeps["storage"]> & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return { items, getItem: (k) => items.get(k) ?? null, setItem: (k, v) => void items.set(k, v) };
}

function serving(body: string, status = 200): LoadDeps["fetch"] {
  return async () => ({
    ok: status < 400,
    status,
    statusText: status < 400 ? "OK" : "Not Found",
    text: async () => body,
  });
}

const URL = "https://example.invalid/dataset.json";

describe("loading the dataset into the runtime", () => {
  test("a valid download is used and kept as the last good copy", async () => {
    const storage = memoryStorage();
    const result = await loadDataset(URL, { fetch: serving(JSON.stringify(tinyDataset())), storage });
    expect(result).toMatchObject({ origin: "network", warning: null });
    expect(lastGoodDataset(storage)?.version).toBe("tiny-1");
  });

  test("when the network fails, the last good copy answers and the reason is kept", async () => {
    const storage = memoryStorage();
    await loadDataset(URL, { fetch: serving(JSON.stringify(tinyDataset())), storage });
    const offline: LoadDeps["fetch"] = async () => {
      throw new TypeError("Failed to fetch");
    };
    const result = await loadDataset(URL, { fetch: offline, storage });
    expect(result.origin).toBe("cache");
    expect(result.warning).toContain("Failed to fetch");
  });

  test("an invalid dataset is refused whole, naming the first problems", async () => {
    const broken = { ...tinyDataset(), amounts: [{ ...tinyDataset().amounts[0], low: "ten" }] };
    const error = await downloadDataset(URL, { fetch: serving(JSON.stringify(broken)) }).catch((e) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error.step).toBe("validate");
    expect(error.message).toContain("amounts[0].low");
  });

  test("a 404, a non-JSON body and a plain-http URL each say what is wrong", async () => {
    await expect(downloadDataset(URL, { fetch: serving("", 404) })).rejects.toThrow("404");
    await expect(downloadDataset(URL, { fetch: serving("<html>") })).rejects.toThrow("JSON");
    await expect(downloadDataset("http://example.invalid/d.json", { fetch: serving("{}") })).rejects.toThrow(
      "https://",
    );
  });

  test.each([
    ["a loopback address", "http://127.0.0.1:3000/dataset.json", "本机或内网"],
    ["credentials in the address", "http://localhost:80@evil.example/", "用户名或密码"],
    ["an address that is no URL", "http://[", "https://"],
  ])("%s is refused before anything is fetched", async (_what, url, words) => {
    let fetched = false;
    const fetch: LoadDeps["fetch"] = async () => {
      fetched = true;
      return { ok: true, status: 200, statusText: "OK", text: async () => JSON.stringify(tinyDataset()) };
    };
    const error = await downloadDataset(url, { fetch }).catch((e) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error.message).toContain(words);
    expect(fetched).toBe(false);
  });

  test.each([
    ["a loopback address", "http://127.0.0.1/dataset.json"],
    ["plain http elsewhere", "http://data.example.org/dataset.json"],
    ["an address with credentials", "https://user:pw@data.example.org/dataset.json"],
  ])("a redirect to %s is refused and its body never read", async (_what, finalUrl) => {
    let read = false;
    const fetch: LoadDeps["fetch"] = async () => ({
      ok: true,
      status: 200,
      statusText: "OK",
      url: finalUrl,
      text: async () => {
        read = true;
        return JSON.stringify(tinyDataset());
      },
    });
    const error = await downloadDataset(URL, { fetch }).catch((e) => e);
    expect(error).toBeInstanceOf(DatasetLoadError);
    expect(error.message).toContain(finalUrl);
    expect(read).toBe(false);
  });

  test("a redirect to another https address is followed", async () => {
    const fetch: LoadDeps["fetch"] = async () => ({
      ok: true,
      status: 200,
      statusText: "OK",
      url: "https://mirror.example.org/dataset.json",
      text: async () => JSON.stringify(tinyDataset()),
    });
    await expect(downloadDataset(URL, { fetch })).resolves.toMatchObject({ version: "tiny-1" });
  });

  test("a download that never answers times out instead of hanging", async () => {
    const never: LoadDeps["fetch"] = (_url, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    await expect(downloadDataset(URL, { fetch: never, timeoutMs: 10 })).rejects.toThrow("超时");
  });

  test("a full storage costs only the offline copy", async () => {
    const full = {
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
    };
    await expect(
      loadDataset(URL, { fetch: serving(JSON.stringify(tinyDataset())), storage: full }),
    ).resolves.toMatchObject({
      origin: "network",
    });
  });

  describe("the size limit: a response larger than the limit is refused before it is held whole", () => {
    /** A streamed body of `chunks` pieces of `size` bytes, counting what was pulled and whether it was cancelled. */
    function streamed(chunks: Uint8Array[], headers: Record<string, string> = {}) {
      const seen = { pulled: 0, cancelled: false, textCalled: false };
      let i = 0;
      const body = new ReadableStream<Uint8Array>(
        {
          pull(controller) {
            if (i >= chunks.length) return controller.close();
            seen.pulled += chunks[i]!.byteLength;
            controller.enqueue(chunks[i++]!);
          },
          cancel() {
            seen.cancelled = true;
          },
          // Nothing is pulled before the reader asks: what was pulled is what the loader read.
        },
        { highWaterMark: 0 },
      );
      const fetch: LoadDeps["fetch"] = async () => ({
        ok: true,
        status: 200,
        statusText: "OK",
        headers: new Headers(headers),
        body,
        text: async () => {
          seen.textCalled = true;
          return "";
        },
      });
      return { fetch, seen };
    }
    const bytes = (text: string) => new TextEncoder().encode(text);

    test("the limit is 200 MB, more than a 100,000-project dataset needs (122 MB generated)", () => {
      expect(MAX_DATASET_BYTES).toBe(200_000_000);
    });

    test("a Content-Length over the limit is refused before a byte of the body is read", async () => {
      const { fetch, seen } = streamed([bytes("x".repeat(10))], { "content-length": String(250_000_000) });
      const error = await downloadDataset(URL, { fetch }).catch((e) => e);
      expect(error).toBeInstanceOf(DatasetLoadError);
      expect(error.step).toBe("download");
      expect(error.message).toContain("250 MB");
      expect(error.message).toContain("200 MB");
      expect(seen.pulled).toBe(0);
      expect(seen.textCalled).toBe(false);
    });

    test("a body that passes the limit while streaming is cancelled there, its size unannounced", async () => {
      const chunk = new Uint8Array(400);
      const { fetch, seen } = streamed(Array.from({ length: 100 }, () => chunk));
      const error = await downloadDataset(URL, { fetch, maxBytes: 1_000 }).catch((e) => e);
      expect(error).toBeInstanceOf(DatasetLoadError);
      expect(error.message).toContain("over 0.0 MB");
      // Three chunks of 400 bytes pass 1,000: the fourth is never read.
      expect(seen.pulled).toBe(1_200);
      expect(seen.cancelled).toBe(true);
    });

    test("a streamed body within the limit is read whole, a character split across chunks intact", async () => {
      const json = JSON.stringify(tinyDataset());
      const all = bytes(json);
      // Cut inside a multi-byte character of the Chinese text (each is three bytes in UTF-8).
      const cut = all.findIndex((b) => b >= 0xe0) + 1;
      const { fetch } = streamed([all.slice(0, cut), all.slice(cut)]);
      let received = false;
      const dataset = await downloadDataset(URL, {
        fetch,
        maxBytes: all.length,
        onReceived: () => (received = true),
      });
      expect(dataset).toEqual(tinyDataset());
      expect(received).toBe(true);
    });

    test("a host without a body stream is still held to the limit", async () => {
      const error = await downloadDataset(URL, {
        fetch: serving(JSON.stringify(tinyDataset())),
        maxBytes: 100,
      }).catch((e) => e);
      expect(error).toBeInstanceOf(DatasetLoadError);
      expect(error.message).toContain("the add-in reads");
    });
  });
});
