/**
 * The shared runtime's layers over its one dataset store: what a refresh, the start-up load and the pane's
 * additions go through, so the store always holds the published dataset with the workbook's additions on top.
 */
import { layerAdditions } from "../ingest/additions/layerAdditions";
import { createLayers } from "./localLayers";
import { sharedDataset } from "./sharedDataset";

export const sharedLayers = createLayers(sharedDataset, layerAdditions);
