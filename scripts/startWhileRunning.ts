/**
 * `npm start` when the dev server already runs: the analyst has dropped new articles into data/sources and
 * expects them in the pane. The dataset is rebuilt (the server reads dist/dataset.json from disk on every
 * request, so it serves the new one at once), the served copy is checked, and the analyst is told to press
 * Refresh. A failed build says the previous dataset is still served: a change is never silently ignored.
 */

export interface WhileRunningDeps {
  /** Runs `cz build` (its output shown as it goes); resolves to its exit code. */
  build: () => number;
  /** The version in dist/dataset.json, or null when it cannot be read. */
  builtVersion: () => string | null;
  /** The version the server serves at /dataset.json, or null when it does not answer with a dataset. */
  servedVersion: () => Promise<string | null>;
  log: (line: string) => void;
  error: (line: string) => void;
}

/** Rebuilds the dataset for the running server; resolves to npm start's exit code. */
export async function rebuildForRunningServer(
  pid: number,
  paneUrl: string,
  deps: WhileRunningDeps,
): Promise<number> {
  deps.log(`The dev server is already running (pid ${pid}): ${paneUrl}. \`npm stop\` ends it.`);
  deps.log("Rebuilding the dataset from data/sources and data/curation.json (cz build) …");
  const status = deps.build();
  if (status !== 0) {
    deps.error(
      "The dataset was NOT rebuilt (see the message above): the server still serves the previous " +
        "dist/dataset.json. Fix the file it names, then run `npm start` again.",
    );
    return status;
  }
  const built = deps.builtVersion();
  const served = await deps.servedVersion();
  if (built !== null && served === built) {
    deps.log(`The server now serves dataset version ${built}: press Refresh in the pane to load it.`);
    return 0;
  }
  deps.error(
    served === null
      ? `dist/dataset.json is rebuilt (version ${built ?? "?"}), but the server at ${paneUrl} did not answer with ` +
          "it: run `npm stop`, then `npm start`."
      : `dist/dataset.json is rebuilt (version ${built ?? "?"}), but the server still serves version ${served}: ` +
          "run `npm stop`, then `npm start`.",
  );
  return 1;
}
