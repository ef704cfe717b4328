/**
 * `npm start` with the dev server already running (scripts/startWhileRunning.ts): it rebuilds the dataset and
 * says the pane picks it up on Refresh, once the server is seen serving the new version; a failed build or a
 * server still serving the old one is said, never passed over.
 */
import { rebuildForRunningServer, type WhileRunningDeps } from "../scripts/startWhileRunning";

const PANE = "https://localhost:3000/taskpane.html";

function deps(over: Partial<WhileRunningDeps>) {
  const log: string[] = [];
  const error: string[] = [];
  let builds = 0;
  const all: WhileRunningDeps = {
    build: () => {
      builds++;
      return 0;
    },
    builtVersion: () => "v2",
    servedVersion: async () => "v2",
    log: (l) => log.push(l),
    error: (l) => error.push(l),
    ...over,
  };
  return { all, log, error, builds: () => builds };
}

describe("npm start while the dev server runs", () => {
  it("rebuilds the dataset and says to press Refresh once the server serves it", async () => {
    const d = deps({});
    expect(await rebuildForRunningServer(42, PANE, d.all)).toBe(0);
    expect(d.builds()).toBe(1);
    expect(d.log).toEqual([
      `The dev server is already running (pid 42): ${PANE}. \`npm stop\` ends it.`,
      "Rebuilding the dataset from data/sources and data/curation.json (cz build) …",
      "The server now serves dataset version v2: press Refresh in the pane to load it.",
    ]);
    expect(d.error).toEqual([]);
  });

  it("a failed build says the previous dataset is still served, with the build's exit code", async () => {
    const d = deps({ build: () => 1, builtVersion: () => "v1", servedVersion: async () => "v1" });
    expect(await rebuildForRunningServer(42, PANE, d.all)).toBe(1);
    expect(d.error).toEqual([
      "The dataset was NOT rebuilt (see the message above): the server still serves the previous dist/dataset.json. Fix the file it names, then run `npm start` again.",
    ]);
    expect(d.log.join("\n")).not.toContain("press Refresh");
  });

  it("a server still serving another version is said, with what to do", async () => {
    const d = deps({ servedVersion: async () => "v1" });
    expect(await rebuildForRunningServer(42, PANE, d.all)).toBe(1);
    expect(d.error[0]).toContain("but the server still serves version v1: run `npm stop`, then `npm start`.");
  });

  it("a server that does not answer is said", async () => {
    const d = deps({ servedVersion: async () => null });
    expect(await rebuildForRunningServer(42, PANE, d.all)).toBe(1);
    expect(d.error[0]).toContain(`but the server at ${PANE} did not answer with it`);
  });
});
