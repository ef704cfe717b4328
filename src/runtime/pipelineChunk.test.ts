import { tinyDataset } from "../../test/fixtures/tinyDataset";
import type { Addition } from "../ingest/additions/types";

/** A fresh module per test: whether the pipeline was loaded is the module's state. */
async function freshChunk() {
  let chunk!: typeof import("./pipelineChunk");
  await jest.isolateModulesAsync(async () => {
    chunk = await import("./pipelineChunk");
  });
  return chunk;
}

const ADDITION = { article: { id: "local-x" } } as unknown as Addition;

describe("the pipeline chunk", () => {
  test("no additions need no pipeline: the published dataset itself is the layering", async () => {
    const { layerWhenLoaded } = await freshChunk();
    const published = tinyDataset();
    expect(layerWhenLoaded(published, [])).toEqual({ dataset: published, merges: [], alreadyPublished: [] });
    expect(layerWhenLoaded(published, []).dataset).toBe(published);
  });

  test("additions before the pipeline is loaded are a clear error, not a wrong dataset", async () => {
    const { layerWhenLoaded } = await freshChunk();
    expect(() => layerWhenLoaded(tinyDataset(), [ADDITION])).toThrow(/not loaded yet/);
  });

  test("once loaded, the layering is the pipeline's, and loading twice is one load", async () => {
    const { layerWhenLoaded, loadPipeline } = await freshChunk();
    const [a, b] = await Promise.all([loadPipeline(), loadPipeline()]);
    expect(a).toBe(b);
    expect(typeof a.reviewAddition).toBe("function");
    // A malformed addition now reaches the real layering, which refuses it in its own words.
    expect(() => layerWhenLoaded(tinyDataset(), [ADDITION])).toThrow();
    expect(() => layerWhenLoaded(tinyDataset(), [ADDITION])).not.toThrow(/not loaded yet/);
  });
});
