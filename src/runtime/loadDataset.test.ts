import { tinyDataset } from "../../test/fixtures/tinyDataset";
import {
  DatasetLoadError,
  type LoadDeps,
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
});
