/**
 * Local additions against the Excel stand-in, with the real pipeline, layering, workbook storage and table
 * writer underneath: an addition is stored and written, survives a refresh of the published dataset, comes back
 * from the stored part in a reopened workbook as the same dataset, and its removal rewrites the tables.
 */
/// <reference types="office-js" />
import { type StandIn, installStandIn, uninstallStandIn } from "../../test/excel-standin";
import {
  PARAGRAPH_META,
  PARAGRAPH_PROJECT,
  publishedWithoutParagraph,
  seedParagraph,
} from "../../test/fixtures/seedParagraph";
import type { Dataset } from "../core/dataset";
import { createDatasetStore } from "../core/datasetStore";
import { sha256Hex } from "../core/hash";
import { createQueryEngine } from "../core/query/engine";
import { setExcelRunner, workbookDoor } from "../excel";
import { layerAdditions } from "../ingest/additions/layerAdditions";
import { reviewAddition } from "../ingest/additions/reviewAddition";
import type { Addition } from "../ingest/additions/types";
import { createLayers } from "../runtime/localLayers";
import { createWorkbookWriter } from "../runtime/workbookWriter";
import { downloadDataset } from "../runtime/loadDataset";
import { addAddition, removeAddition } from "./additionsFlow";
import { type RefreshDeps, runRefresh } from "./refreshFlow";
import { readStoredAdditions } from "./workbook";

const PUBLISHED = publishedWithoutParagraph();

/** The published dataset republished: same records, a new version (as a rebuild with a new build time). */
function republished(base: Dataset): Dataset {
  const { version: _v, builtAt: _b, ...content } = JSON.parse(JSON.stringify(base)) as Dataset;
  content.sources[0]!.title = `${content.sources[0]!.title} (rev.)`;
  return {
    ...content,
    version: sha256Hex(JSON.stringify(content)).slice(0, 16),
    builtAt: "2026-06-01T00:00:00.000Z",
  };
}

let standIn: StandIn;
beforeEach(() => {
  setExcelRunner(null);
  standIn = installStandIn(globalThis, { sheets: ["Sheet1"] });
});
afterEach(() => uninstallStandIn(globalThis));

function runtime() {
  const store = createDatasetStore();
  const layers = createLayers(store, layerAdditions);
  const writer = createWorkbookWriter({
    door: workbookDoor,
    layers,
    now: () => new Date("2026-12-03T10:00:00.000Z"),
  });
  const refresh = (dataset: Dataset) => {
    const deps: RefreshDeps = {
      url: "https://localhost:3000/dataset.json",
      fetch: async () => ({
        ok: true,
        status: 200,
        statusText: "OK",
        text: async () => JSON.stringify(dataset),
      }),
      storage: null,
      download: downloadDataset,
      writer,
      store,
      remember: () => undefined,
      enableLoadOnOpen: async () => undefined,
    };
    return runRefresh(deps, () => undefined);
  };
  const dataset = () => {
    const s = store.getState();
    if (s.status !== "ready") throw new Error("no dataset in the store");
    return s.engine.dataset;
  };
  return { store, layers, writer, additions: writer, refresh, dataset };
}

function paragraphAddition(): Addition {
  const review = reviewAddition({ text: seedParagraph(), ...PARAGRAPH_META }, "2026-12-03");
  return { article: review.article, curation: [], addedAt: "2026-12-03T10:00:00.000Z" };
}

const projectNames = () => {
  const table = standIn.table("CZ_Projects")!;
  const at = table.headers.indexOf("Project");
  return table.values.map((row) => String(row[at]));
};

describe("local additions in the workbook", () => {
  test("an addition is stored and written; the total and CZ_Projects gain its project; removal takes it out", async () => {
    const { additions, refresh, dataset } = runtime();
    expect((await refresh(PUBLISHED)).ok).toBe(true);
    const before = projectNames();
    expect(before).not.toContain(PARAGRAPH_PROJECT);

    const addition = paragraphAddition();
    const added = await addAddition(additions, addition);
    expect(added.ok).toBe(true);
    expect(projectNames()).toEqual(expect.arrayContaining([...before, PARAGRAPH_PROJECT]));
    expect(projectNames()).toHaveLength(before.length + 1);
    expect(dataset().version).toMatch(new RegExp(`^${PUBLISHED.version}\\+`));
    // 计划总投?0亿元 is garbled: it counts with its lower bound, as in the published seed.
    expect(createQueryEngine(dataset()).total("*")).toBeCloseTo(
      createQueryEngine(PUBLISHED).total("*") + 10,
      6,
    );
    expect(await readStoredAdditions()).toEqual([addition]);
    expect(standIn.customXmlParts()).toHaveLength(1);

    const removed = await removeAddition(additions, addition.article.id);
    expect(removed.ok).toBe(true);
    expect(projectNames()).toEqual(before);
    expect(dataset().version).toBe(PUBLISHED.version);
    expect(await readStoredAdditions()).toEqual([]);
  });

  test("a refresh of the published dataset keeps the additions on top", async () => {
    const { additions, refresh, dataset } = runtime();
    await refresh(PUBLISHED);
    await addAddition(additions, paragraphAddition());
    const newer = republished(PUBLISHED);
    const outcome = await refresh(newer);
    expect(outcome.ok && outcome.version).toMatch(new RegExp(`^${newer.version}\\+`));
    expect(projectNames()).toContain(PARAGRAPH_PROJECT);
    expect(dataset().sources.map((s) => s.title)).toContain(newer.sources[0]!.title);
  });

  test("a reopened workbook reads its additions back from the stored part: the same dataset", async () => {
    const first = runtime();
    await first.refresh(PUBLISHED);
    await addAddition(first.additions, paragraphAddition());
    const layered = first.dataset();

    const saved = standIn.saved();
    uninstallStandIn(globalThis);
    standIn = installStandIn(globalThis, { sheets: ["Sheet1"], ...saved });
    const second = runtime();
    second.layers.setAdditions(await readStoredAdditions());
    second.layers.setPublished(PUBLISHED, "network");
    expect(second.dataset()).toEqual(layered);
  });

  test("the same paragraph over the whole seed is one undertaking: counted once", async () => {
    const { seedDataset } = await import("../../test/seedFixture");
    const seed = seedDataset();
    const { additions, refresh, dataset } = runtime();
    await refresh(seed);
    expect((await addAddition(additions, paragraphAddition())).ok).toBe(true);
    expect(createQueryEngine(dataset()).total("*")).toBeCloseTo(createQueryEngine(seed).total("*"), 6);
    expect(projectNames().filter((n) => n === PARAGRAPH_PROJECT)).toHaveLength(1);
  });
});
