/**
 * The one rule for writes, checked against the Excel stand-in with the real door, pipeline, layering and
 * writer: each write of the CZ data (refresh, Add, Remove, Discard) is run once to count its syncs n, then
 * again with sync k failing, for every k = 1 … n (the failing sync applying none of its commands, or its first
 * few, as Excel does when it stops a batch at a failing command). After each:
 *
 * - the workbook (the five tables, the stored additions, the PivotTable on CZ_Projects, the CZ_LastRefresh
 *   marker and the journal) is exactly as before the write or exactly as after an uninterrupted one — never a mix;
 * - the store every CZ function reads holds the same dataset, and CZ.TOTAL("*"), the sum of CZ_Projects'
 *   Investment Low and the PivotTable's grand total are one number.
 *
 * Then the same with Excel gone from sync k on (the pane's repair fails too), followed by a start-up of a new
 * runtime over the same workbook: at the first answer of the store, the same holds.
 */
/// <reference types="office-js" />
import { type StandIn, installStandIn, uninstallStandIn } from "../../test/excel-standin";
import { PARAGRAPH_META, publishedWithoutParagraph, seedParagraph } from "../../test/fixtures/seedParagraph";
import type { Dataset } from "../core/dataset";
import { createDatasetStore } from "../core/datasetStore";
import { sha256Hex } from "../core/hash";
import { TABLE_NAMES } from "../core/tableLayouts";
import {
  ADDITIONS_NAMESPACE,
  createPivot,
  insertStarterReport,
  setExcelRunner,
  workbookDoor,
} from "../excel";
import { layerAdditions } from "../ingest/additions/layerAdditions";
import { reviewAddition } from "../ingest/additions/reviewAddition";
import type { Addition } from "../ingest/additions/types";
import { createLayers } from "../runtime/localLayers";
import { type WriteRequest, createWorkbookWriter } from "../runtime/workbookWriter";
import { refreshTables } from "../excel/writeTables";
import { readStoredAdditions } from "./workbook";

jest.setTimeout(300_000);

const P0 = publishedWithoutParagraph();
/** The published dataset republished with one figure settled higher: its tables and totals differ. */
const P1: Dataset = (() => {
  const { version: _v, builtAt: _b, ...content } = JSON.parse(JSON.stringify(P0)) as Dataset;
  const figure = content.amounts.find((a) => a.qualifier === "garbled" && a.low !== null)!;
  figure.low = figure.low! + 5;
  content.sources[0]!.title = `${content.sources[0]!.title}(修订)`;
  return {
    ...content,
    version: sha256Hex(JSON.stringify(content)).slice(0, 16),
    builtAt: "2026-06-01T00:00:00.000Z",
  };
})();
const X: Addition = (() => {
  const review = reviewAddition({ text: seedParagraph(), ...PARAGRAPH_META }, "2026-12-03");
  return { article: review.article, curation: [], addedAt: "2026-12-03T10:00:00.000Z" };
})();
const NOW = () => new Date("2026-12-07T10:00:00.000Z");

let standIn: StandIn;
afterEach(() => uninstallStandIn(globalThis));

/** The budget a request of the table writes gets (undefined: the add-in's own; small: many requests). */
let budget: number | undefined;

/** One runtime (a pane): its store, layers and writer. */
function runtime() {
  const store = createDatasetStore();
  const layers = createLayers(store, layerAdditions, { additionsRead: false });
  const door: typeof workbookDoor = {
    ...workbookDoor,
    writeTables: (dataset, stamp, onProgress) =>
      refreshTables(dataset, { stamp, onProgress, maxPayloadBytes: budget }),
  };
  const writer = createWorkbookWriter({ door, layers, now: NOW });
  return { store, layers, writer };
}

/** A runtime started over the workbook as the shared runtime starts: additions read, then settled. */
async function started(published: Dataset) {
  const rt = runtime();
  try {
    rt.layers.setAdditions(await readStoredAdditions());
  } catch (error) {
    rt.layers.setReadError((error as Error).message);
  }
  await rt.writer.settle({ dataset: published, origin: "network" });
  return rt;
}

type Start = "plain" | "withX" | "unreadable";

/** A workbook refreshed with P0 (with X stored, or a part another version wrote), with a PivotTable. */
async function workbook(start: Start) {
  setExcelRunner(null);
  standIn = installStandIn(globalThis, { sheets: ["Notes"] });
  const rt = runtime();
  rt.layers.setAdditions([]);
  expect((await rt.writer.write({ published: { dataset: P0, origin: "network" } })).ok).toBe(true);
  if (start === "withX")
    expect((await rt.writer.write({ change: { kind: "put", addition: X } })).ok).toBe(true);
  await createPivot({
    source: "CZ_Projects",
    rows: ["District"],
    columns: [],
    values: { field: "Investment Low" },
  });
  if (start === "unreadable")
    await Excel.run(async (ctx) => {
      ctx.workbook.customXmlParts.add(
        `<additions xmlns="${ADDITIONS_NAMESPACE}" format="2" encoding="base64">e30=</additions>`,
      );
      await ctx.sync();
    });
  // The runtime that writes has started over this workbook (read its additions, found it whole).
  const pane = await started(P0);
  standIn.resetCounters();
  return pane;
}

/** Everything of the CZ data a user or a formula could see, rows in a stable order. */
function fingerprint() {
  const tables = TABLE_NAMES.map((name) => {
    const t = standIn.table(name)!;
    return { name, headers: t.headers, rows: t.values.map((r) => JSON.stringify(r)).sort() };
  });
  return {
    tables,
    parts: standIn
      .customXmlParts()
      .filter((p) => p.namespaceUri === ADDITIONS_NAMESPACE)
      .map((p) => p.xml),
    pivots: standIn.pivots().map((p) => p.shown),
    names: standIn.names(),
    settings: standIn.settings(),
  };
}

/** The store's dataset, and the one number CZ.TOTAL("*"), the tables and the PivotTable must agree on. */
function agreement(store: ReturnType<typeof createDatasetStore>) {
  const s = store.getState();
  if (s.status !== "ready") throw new Error(`the store is ${s.status}`);
  const table = standIn.table("CZ_Projects")!;
  const at = table.headers.indexOf("Investment Low");
  const tableTotal = table.values.reduce(
    (sum, row) => sum + (typeof row[at] === "number" ? (row[at] as number) : 0),
    0,
  );
  // One data field, rows by district: the grand total is the sum of the rows.
  const pivotTotal = Object.values(standIn.pivots()[0]!.shown?.totals ?? {}).reduce((a, b) => a + b, 0);
  return {
    version: s.engine.dataset.version,
    total: s.engine.total("*"),
    tableTotal,
    pivotTotal,
  };
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;

interface Case {
  name: string;
  start: Start;
  request: WriteRequest;
  /** What the server publishes when the workbook is opened again. */
  server: Dataset;
  /** A small budget splits the tables' writes into several requests, as a large dataset does. */
  budget?: number;
}

const CASES: Case[] = [
  {
    name: "Refresh (P0 → P1, an addition on top)",
    start: "withX",
    request: { published: { dataset: P1, origin: "network" } },
    server: P1,
  },
  { name: "Add an article", start: "plain", request: { change: { kind: "put", addition: X } }, server: P0 },
  {
    name: "Remove an addition",
    start: "withX",
    request: { change: { kind: "remove", articleId: X.article.id } },
    server: P0,
  },
  {
    name: "Discard unreadable additions",
    start: "unreadable",
    request: { change: { kind: "discard" } },
    server: P0,
  },
  {
    name: "Refresh, its tables written in several requests (an 8 kB budget)",
    start: "withX",
    request: { published: { dataset: P1, origin: "network" } },
    server: P1,
    budget: 8_000,
  },
  {
    name: "Add, its tables written in several requests (an 8 kB budget)",
    start: "plain",
    request: { change: { kind: "put", addition: X } },
    server: P0,
    budget: 8_000,
  },
];

describe.each(CASES)("$name", ({ start, request, server, budget: requestBudget }) => {
  beforeAll(() => void (budget = requestBudget));
  afterAll(() => void (budget = undefined));
  let n = 0;
  let commands: number[] = [];
  let before: ReturnType<typeof fingerprint>;
  let after: ReturnType<typeof fingerprint>;
  let versions: [string, string];

  beforeAll(async () => {
    const pane = await workbook(start);
    before = fingerprint();
    const pre = agreement(pane.store).version;
    expect((await pane.writer.write(request)).ok).toBe(true);
    n = standIn.syncCount;
    commands = standIn.syncs.map((s) => s.commands);
    after = fingerprint();
    versions = [pre, agreement(pane.store).version];
  });

  /** The workbook is wholly before or wholly after, and the store and every total agree with it. */
  function expectOneState(store: ReturnType<typeof createDatasetStore>, label: string) {
    const now = fingerprint();
    const state =
      JSON.stringify(now) === JSON.stringify(before)
        ? 0
        : JSON.stringify(now) === JSON.stringify(after)
          ? 1
          : -1;
    expect({ label, state: state === -1 ? "a mix" : ["before", "after"][state] }).toEqual({
      label,
      state: expect.stringMatching(/^(before|after)$/),
    });
    if (state === -1) expect(now).toEqual(before); // shows what differs
    const a = agreement(store);
    expect({ label, version: a.version }).toEqual({ label, version: versions[state === 1 ? 1 : 0] });
    expect({ label, sums: [round(a.tableTotal), round(a.pivotTotal)] }).toEqual({
      label,
      sums: [round(a.total), round(a.total)],
    });
    return ["before", "after"][state]!;
  }

  test("has several syncs, each with commands", () => {
    expect(n).toBeGreaterThanOrEqual(4);
    // The small budget: the five tables in several requests instead of one.
    if (requestBudget) expect(n).toBeGreaterThanOrEqual(9);
    expect(commands.every((c) => c > 0)).toBe(true);
    expect(before).not.toEqual(after);
  });

  test("a failure at each sync k = 1 … n is repaired at once to before or after, never a mix", async () => {
    const seen: string[] = [];
    for (let k = 1; k <= n; k++)
      // None of its commands, half, or all of them with the answer lost.
      for (const applied of [...new Set([0, Math.floor(commands[k - 1]! / 2), commands[k - 1]!])]) {
        const pane = await workbook(start);
        standIn.failSyncAt(k, { appliedCommands: applied });

        const outcome = await pane.writer.write(request);
        const state = expectOneState(pane.store, `sync ${k} of ${n}, ${applied} commands applied`);
        // The outcome says what the workbook holds.
        expect({ k, applied, state, ok: outcome.ok }).toEqual({ k, applied, state, ok: state === "after" });
        if (!outcome.ok) expect(outcome.failure.workbook).toMatch(/^(unchanged|restored)$/);
        seen.push(state);
      }
    expect(seen).toContain("before");
  });

  test("Excel gone from sync k on, then a start-up: before or after at the store's first answer", async () => {
    const seen: string[] = [];
    for (let k = 1; k <= n; k++)
      for (const applied of [0, commands[k - 1]!]) {
        const pane = await workbook(start);
        for (let j = k; j <= k + 60; j++) standIn.failSyncAt(j, { appliedCommands: j === k ? applied : 0 });
        const outcome = await pane.writer.write(request);
        expect({ k, applied, ok: outcome.ok }).toEqual({ k, applied, ok: false });
        // The workbook is opened again: a new runtime, Excel answering again, the server's dataset.
        standIn.resetCounters();
        const next = runtime();
        let first: ReturnType<typeof agreement> | null = null;
        let firstPrint: string | null = null;
        next.store.subscribe((s) => {
          if (s.status !== "ready" || first) return;
          first = agreement(next.store);
          firstPrint = JSON.stringify(fingerprint());
        });
        try {
          next.layers.setAdditions(await readStoredAdditions());
        } catch (error) {
          next.layers.setReadError((error as Error).message);
        }
        await next.writer.settle({ dataset: server, origin: "network" });
        expect(first).not.toBeNull();
        expect(JSON.stringify(fingerprint())).toBe(firstPrint);
        const state = expectOneState(next.store, `crash at sync ${k} of ${n}, ${applied} commands applied`);
        expect(next.writer.condition()).toEqual({ state: "consistent" });
        // A refresh's server has the new dataset: the start-up brings the tables to it.
        if (server === P1) expect(state).toBe("after");
        seen.push(state);
      }
    // A crash after the stored additions were written leaves the change made, complete.
    expect(seen).toContain(server === P1 ? "after" : "before");
  });
});

test("a starter report cut short with Excel gone is undone by the next start-up, before the first answer", async () => {
  const pane = await workbook("plain");
  const before = fingerprint();
  const sheets = standIn.sheetNames();
  for (let j = 2; j <= 40; j++) standIn.failSyncAt(j, { appliedCommands: j === 2 ? 5 : 0 });
  await expect(insertStarterReport("largestProjects", P0)).rejects.toThrow();
  expect(standIn.sheetNames()).not.toEqual(sheets); // half a report sheet
  void pane;
  standIn.resetCounters();
  const next = await started(P0);
  expect(standIn.sheetNames()).toEqual(sheets);
  expect(fingerprint()).toEqual(before);
  expect(next.writer.condition()).toEqual({ state: "consistent" });
});
