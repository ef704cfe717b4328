/**
 * Co-authoring: two panes over one workbook (each its own runtime — store, layers, writer — as two people's
 * Excel are; one Excel stand-in holding the shared file), with the real door, pipeline and layering. Each adds a
 * different article after both read the workbook: both additions survive, in either order and at the same
 * moment, and the same article added by both is one addition. The stored additions, the tables and the stamp
 * agree at the end.
 */
/// <reference types="office-js" />
import { type StandIn, installStandIn, uninstallStandIn } from "../../test/excel-standin";
import {
  PARAGRAPH_META,
  PARAGRAPH_PROJECT,
  publishedWithoutParagraph,
  seedParagraph,
} from "../../test/fixtures/seedParagraph";
import { createDatasetStore } from "../core/datasetStore";
import { readWorkbookRecord, setExcelRunner, workbookDoor } from "../excel";
import { layerAdditions } from "../ingest/additions/layerAdditions";
import { reviewAddition } from "../ingest/additions/reviewAddition";
import type { Addition } from "../ingest/additions/types";
import { createLayers } from "../runtime/localLayers";
import { createWorkbookWriter } from "../runtime/workbookWriter";
import { readStoredAdditions } from "./workbook";

const P0 = publishedWithoutParagraph();

function addition(text: string, meta: Omit<Parameters<typeof reviewAddition>[0], "text">): Addition {
  const review = reviewAddition({ text, ...meta }, "2026-12-03");
  return { article: review.article, curation: [], addedAt: "2026-12-03T10:00:00.000Z" };
}

/** 大唐's paragraph of the seed, and an article written for this test. */
const X = addition(seedParagraph(), PARAGRAPH_META);
const Y_PROJECT = "华能武进储能电站项目";
const Y = addition(
  `2024年3月12日，常州市武进区与中国华能集团有限公司签约${Y_PROJECT}，该项目总投资12亿元，建成后年发电量3亿千瓦时。`,
  {
    title: "武进区与华能集团签约储能电站项目",
    publisher: "武进区人民政府",
    published: "2024-03-13",
    url: null,
  },
);

let standIn: StandIn;
beforeEach(() => {
  setExcelRunner(null);
  standIn = installStandIn(globalThis, { sheets: ["Sheet1"] });
});
afterEach(() => uninstallStandIn(globalThis));

/** A pane started over the shared workbook: it has read the additions stored when it opened. */
async function pane() {
  const store = createDatasetStore();
  const layers = createLayers(store, layerAdditions, { additionsRead: false });
  const writer = createWorkbookWriter({ door: workbookDoor, layers });
  layers.setAdditions(await readStoredAdditions());
  await writer.settle({ dataset: P0, origin: "network" });
  const put = (a: Addition) => writer.write({ change: { kind: "put", addition: a } });
  return { store, layers, writer, put };
}

/** The workbook refreshed, and two panes open on it. */
async function twoPanes() {
  const first = await pane();
  expect((await first.writer.write({ published: { dataset: P0, origin: "network" } })).ok).toBe(true);
  return [first, await pane()] as const;
}

const stored = async () => (await readStoredAdditions()).map((a) => a.article.id).sort();
const projectNames = () => {
  const t = standIn.table("CZ_Projects")!;
  const at = t.headers.indexOf("Project");
  return t.values.map((row) => String(row[at]));
};
/** The tables' stamp names the stored additions the tables were written with: they agree. */
const stampAgrees = async () => {
  const record = await readWorkbookRecord();
  return record.stamp?.additions === record.part.key && record.pending.data === null;
};

describe("two people adding articles to one workbook", () => {
  test.each([["the first pane, then the second"], ["the second pane, then the first"]])(
    "each adds a different article (%s): both additions survive",
    async (order) => {
      const [a, b] = await twoPanes();
      const [early, late] = order.startsWith("the first") ? [a, b] : [b, a];
      expect((await early.put(X)).ok).toBe(true);
      // The later pane still holds the workbook as it read it: no addition.
      expect(late.layers.getState().additions).toEqual([]);
      const outcome = await late.put(Y);
      expect(outcome.ok && outcome.others).toEqual({ added: [X.article.title], removed: [] });
      expect(await stored()).toEqual([X.article.id, Y.article.id].sort());
      expect(projectNames()).toEqual(expect.arrayContaining([PARAGRAPH_PROJECT, Y_PROJECT]));
      expect(await stampAgrees()).toBe(true);
      // The later pane's formulas count both.
      const s = late.store.getState();
      expect(s.status === "ready" && s.engine.count("*")).toBe(P0.projects.length + 2);
    },
  );

  test("both add at the same moment: their writes interleave, and both additions survive", async () => {
    const [a, b] = await twoPanes();
    const [one, two] = await Promise.all([a.put(X), b.put(Y)]);
    expect([one.ok, two.ok]).toEqual([true, true]);
    expect(await stored()).toEqual([X.article.id, Y.article.id].sort());
    expect(projectNames()).toEqual(expect.arrayContaining([PARAGRAPH_PROJECT, Y_PROJECT]));
    expect(await stampAgrees()).toBe(true);
  });

  test("the same article added in both panes is one addition", async () => {
    const [a, b] = await twoPanes();
    expect((await a.put(X)).ok).toBe(true);
    expect((await b.put({ ...X, addedAt: "2026-12-04T09:00:00.000Z" })).ok).toBe(true);
    expect(await stored()).toEqual([X.article.id]);
    expect(projectNames().filter((n) => n === PARAGRAPH_PROJECT)).toHaveLength(1);
    expect(await stampAgrees()).toBe(true);
  });

  test("one removes an addition the other just made: it goes, and the other's second addition stays", async () => {
    const [a, b] = await twoPanes();
    await a.put(X);
    await a.put(Y);
    // b read the workbook before either addition; it removes X, which it has never seen.
    expect((await b.writer.write({ change: { kind: "remove", articleId: X.article.id } })).ok).toBe(true);
    expect(await stored()).toEqual([Y.article.id]);
    expect(projectNames()).toContain(Y_PROJECT);
    expect(projectNames()).not.toContain(PARAGRAPH_PROJECT);
  });
});
