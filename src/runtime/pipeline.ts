/** What the pane uses of the ingest pipeline, gathered in one module so that it loads as one chunk. */
export { layerAdditions } from "../ingest/additions/layerAdditions";
export { reviewAddition } from "../ingest/additions/reviewAddition";
export { decisionsToCuration } from "../ingest/additions/reviewDecisions";
