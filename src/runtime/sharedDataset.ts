/**
 * The shared runtime's one dataset store. The functions bundle and the pane bundle are loaded into the same page
 * with one webpack runtime chunk, so both import this very instance: the dataset is loaded once, and a refresh
 * in the pane reaches every live CZ formula.
 */
import { createDatasetStore } from "../core/datasetStore";

export const sharedDataset = createDatasetStore();
