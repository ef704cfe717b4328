import { tinyDataset } from "../../test/fixtures/tinyDataset";
import { sharedDataset } from "./sharedDataset";
import { datasetUrl, resetRuntimeForTests, startRuntime } from "./startRuntime";

/**
 * A fresh runtime (store, layers and start-up) for one test: the module singletons are what the page has once.
 * `mock` sets up module mocks inside the fresh registry.
 */
async function freshRuntime(mock: () => void = () => undefined) {
  let fresh!: {
    startRuntime: typeof startRuntime;
    sharedDataset: typeof sharedDataset;
    sharedLayers: typeof import("./sharedLayers").sharedLayers;
  };
  await jest.isolateModulesAsync(async () => {
    mock();
    fresh = {
      ...(await import("./startRuntime")),
      ...(await import("./sharedDataset")),
      ...(await import("./sharedLayers")),
    };
  });
  return fresh;
}

/** The page's start-up dependencies serving the tiny dataset, with `over` changed. */
const servingTiny = (over: Partial<Parameters<typeof startRuntime>[0]> = {}) => ({
  readSourceUrl: async () => null,
  baseUrl: "https://localhost:3000/taskpane.html",
  fetch: async () => ({
    ok: true,
    status: 200,
    statusText: "OK",
    text: async () => JSON.stringify(tinyDataset()),
  }),
  storage: null,
  ...over,
});

describe("starting the shared runtime", () => {
  beforeEach(() => resetRuntimeForTests());

  test("the default dataset is the file served next to the add-in; a saved URL wins", () => {
    expect(datasetUrl(null, "https://localhost:3000/taskpane.html")).toBe(
      "https://localhost:3000/dataset.json",
    );
    expect(datasetUrl(" https://data.example/cz.json ", "https://localhost:3000/taskpane.html")).toBe(
      "https://data.example/cz.json",
    );
  });

  test("a saved address that is no URL (http://[) comes back as written instead of throwing", () => {
    expect(datasetUrl("http://[", "https://localhost:3000/taskpane.html")).toBe("http://[");
  });

  test("loads once, into the shared store, from the workbook's saved URL", async () => {
    const fetched: string[] = [];
    const deps = {
      readSourceUrl: async () => "https://data.example/cz.json",
      baseUrl: "https://localhost:3000/taskpane.html",
      fetch: async (url: string) => {
        fetched.push(url);
        return { ok: true, status: 200, statusText: "OK", text: async () => JSON.stringify(tinyDataset()) };
      },
      storage: null,
    };
    await Promise.all([startRuntime(deps), startRuntime(deps)]);
    expect(fetched).toEqual(["https://data.example/cz.json"]);
    expect(sharedDataset.getState().engine?.dataset.version).toBe("tiny-1");
  });

  test.each([
    ["a Refresh that finishes first is not overwritten by the slower start-up load", true, "refreshed"],
    ["without a Refresh, the start-up load sets the dataset", false, "startup"],
  ])("%s", async (_name, refresh, expected) => {
    const fresh = await freshRuntime();
    let answer: (body: string) => void = () => undefined;
    const slow = new Promise<string>((resolve) => (answer = resolve));
    const started = fresh.startRuntime({
      readSourceUrl: async () => null,
      baseUrl: "https://localhost:3000/taskpane.html",
      fetch: async () => ({ ok: true, status: 200, statusText: "OK", text: () => slow }),
      storage: null,
    });
    if (refresh) fresh.sharedDataset.setDataset({ ...tinyDataset(), version: "refreshed" }, "network");
    answer(JSON.stringify({ ...tinyDataset(), version: "startup" }));
    await started;
    expect(fresh.sharedDataset.getState().engine?.dataset.version).toBe(expected);
  });

  test("stored additions that cannot be read are reported, and the published dataset still loads", async () => {
    const fresh = await freshRuntime();
    await fresh.startRuntime(
      servingTiny({
        readAdditions: async () => {
          throw new Error("the stored additions are unreadable");
        },
      }),
    );
    expect(fresh.sharedDataset.getState().engine?.dataset.version).toBe("tiny-1");
    expect(fresh.sharedLayers.getState().readError).toBe("the stored additions are unreadable");
  });

  test("a pipeline that cannot load keeps the additions known (never 'unreadable'), just not layered yet", async () => {
    const fresh = await freshRuntime(() =>
      jest.doMock("./pipelineChunk", () => ({
        loadPipeline: async () => {
          throw new Error("ingest.js could not be loaded");
        },
        layerWhenLoaded: (published: unknown, additions: readonly unknown[]) => {
          if (additions.length === 0) return { dataset: published, merges: [], alreadyPublished: [] };
          throw new Error("the ingest pipeline is not loaded yet");
        },
      })),
    );
    const stored = { article: { id: "local-a" } };
    await fresh.startRuntime(servingTiny({ readAdditions: async () => [stored] as never }));
    expect(fresh.sharedDataset.getState().engine?.dataset.version).toBe("tiny-1");
    const layers = fresh.sharedLayers.getState();
    expect(layers.readError).toBeNull();
    expect(layers.additions).toEqual([stored]);
    expect(layers.layerError).toContain("not loaded yet");
    jest.dontMock("./pipelineChunk");
  });

  test("a workbook left half written is settled before the first formula answers", async () => {
    const fresh = await freshRuntime();
    const seen: string[] = [];
    await fresh.startRuntime(
      servingTiny({
        readAdditions: async () => [],
        settle: async (published) => {
          // The formulas still show "loading" while the workbook is made whole.
          seen.push(`settle ${published.dataset.version} while ${fresh.sharedDataset.getState().status}`);
          fresh.sharedLayers.setPublished(published.dataset, published.origin);
        },
      }),
    );
    expect(seen).toEqual(["settle tiny-1 while loading"]);
    expect(fresh.sharedDataset.getState().engine?.dataset.version).toBe("tiny-1");
  });
});
