/**
 * The shared runtime's layers over its one dataset store: what a refresh, the start-up load and the pane's
 * additions go through, so the store always holds the published dataset with the workbook's additions on top.
 * The layering needs the ingest pipeline only when there are additions (see pipelineChunk.ts).
 */
import { createLayers } from "./localLayers";
import { layerWhenLoaded, loadPipeline } from "./pipelineChunk";
import { sharedDataset } from "./sharedDataset";

export const sharedLayers = createLayers(sharedDataset, layerWhenLoaded, {
  prepare: loadPipeline,
  // Start-up reads the workbook's additions; until then a refresh or an addition waits (see ready()).
  additionsRead: false,
});
