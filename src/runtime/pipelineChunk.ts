/**
 * The ingest pipeline, loaded on demand: most workbooks never add an article, so the pipeline (rules, gazetteer,
 * known organizations) is a chunk of its own (`ingest.js`), fetched when the Add article tab extracts or when a
 * workbook opens with stored additions. The pane's first load stays within its budget.
 */
import type { LayerFunction } from "./localLayers";

export type Pipeline = typeof import("./pipeline");

let pending: Promise<Pipeline> | null = null;
let layer: LayerFunction | null = null;

/** Loads the pipeline once; a failed load (network) may be tried again. */
export function loadPipeline(): Promise<Pipeline> {
  pending ??= import(/* webpackChunkName: "ingest" */ "./pipeline").then(
    (pipeline) => {
      layer = pipeline.layerAdditions;
      return pipeline;
    },
    (error: unknown) => {
      pending = null;
      // Webpack says "Loading chunk ingest failed": say what that means for the analyst.
      throw new Error(
        `提取流程(ingest.js)无法载入,请检查网络后重试 / The extraction pipeline (ingest.js) could not be loaded; ` +
          `check the connection to the add-in's server and try again: ${error instanceof Error ? error.message : String(error)}`,
      );
    },
  );
  return pending;
}

/**
 * The layering the shared layers use: no additions need no pipeline (the published dataset is the answer);
 * with additions, the pipeline must have been loaded first (start-up and the Add flow await loadPipeline).
 */
export const layerWhenLoaded: LayerFunction = (published, additions) => {
  if (additions.length === 0) return { dataset: published, merges: [], alreadyPublished: [] };
  if (layer === null)
    throw new Error(
      "提取流程尚未载入 / the ingest pipeline is not loaded yet: load it (loadPipeline) before layering additions",
    );
  return layer(published, additions);
};
