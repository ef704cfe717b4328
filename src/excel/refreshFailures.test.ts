/// <reference types="office-js" />
/**
 * A refresh that fails at any one of its syncs says which table it left incomplete, and the next refresh
 * repairs the workbook to exactly what an uninterrupted refresh gives. A failed sync applies nothing of its
 * batch, or (as when Excel stops a batch at a failing command, keeping those before it) its first commands: the
 * first refresh is cut at every command of every sync, the others at a few points of each sync.
 */
import { TABLE_NAMES, type TableName } from "../core/tableLayouts";
import type { Dataset } from "../core/dataset";
import type { StandIn } from "../../test/excel-standin";
import { createPivot } from "./pivots";
import { SEED, edited, freshWorkbook } from "../../test/excelKit";
import { RefreshError, refreshTables, type RefreshOptions, type RefreshReport } from "./writeTables";
import { generateDataset } from "../../test/fixtures/generateDataset";

const SHEETS = ["Notes", ...TABLE_NAMES];
const OLDER = edited(SEED, (d) => {
  d.amounts = d.amounts.slice(3);
  d.projects[0]!.name = "旧名称";
});
const NEWER = edited(SEED, (d) => d.amounts.reverse());

/** The tables each sync of a refresh writes ([] for the reads before any write). */
function tablesOfSync(report: RefreshReport): TableName[][] {
  return [...Array.from({ length: report.syncs - report.writes.length }, () => []), ...report.writes];
}

async function workbookWithUserWork(): Promise<StandIn> {
  const standIn = freshWorkbook();
  await refreshTables(OLDER);
  await Excel.run(async (ctx) => {
    const t = ctx.workbook.tables.getItem("CZ_Amounts");
    const ids = t.columns.getItem("ID").getDataBodyRange().load("values");
    await ctx.sync();
    t.columns.add(
      undefined,
      ids.values.map((_, i) => [i % 2 ? `note ${i}` : ""]),
      "Note",
    );
    t.columns.add(
      undefined,
      ids.values.map(() => ["=[@High]-[@Low]"]),
      "Spread",
    );
  });
  await createPivot({
    source: "CZ_Amounts",
    rows: ["District"],
    columns: ["Stage"],
    values: { field: "High" },
  });
  standIn.resetCounters();
  return standIn;
}

type Setup = () => Promise<StandIn>;
/** How many commands of a sync of `n` commands get applied before it fails. */
type Cuts = (n: number) => number[];
const EVERY: Cuts = (n) => Array.from({ length: n + 1 }, (_, i) => i);
const SOME: Cuts = (n) => [...new Set([0, Math.floor(n / 4), Math.floor(n / 2), Math.floor((3 * n) / 4)])];

function failEverySync(
  what: string,
  setup: Setup,
  dataset: Dataset,
  cuts: Cuts,
  options: RefreshOptions = {},
) {
  describe(what, () => {
    let expected: unknown;
    let before: unknown;
    let owner: TableName[][] = [];
    let commands: number[] = [];

    beforeAll(async () => {
      const standIn = await setup();
      before = standIn.snapshot(standIn.sheetNames());
      const report = await refreshTables(dataset, options);
      expected = standIn.snapshot(SHEETS);
      owner = tablesOfSync(report);
      commands = standIn.syncs.map((s) => s.commands);
    });

    it("has syncs to fail", () => {
      expect(owner.length).toBeGreaterThan(5);
    });

    it("at every sync k: names the incomplete table, and the next refresh repairs the workbook", async () => {
      let runs = 0;
      for (let k = 1; k <= owner.length; k++) {
        for (const applied of cuts(commands[k - 1]!)) {
          const standIn = await setup();
          standIn.failSyncAt(k, { appliedCommands: applied });
          const error = await refreshTables(dataset, options).then(
            () => null,
            (e: unknown) => e,
          );
          expect(error).toBeInstanceOf(RefreshError);
          const tables = (error as RefreshError).tables;
          expect([k, applied, tables]).toEqual([k, applied, owner[k - 1]]);
          if (tables.length === 0) expect(standIn.snapshot(standIn.sheetNames())).toEqual(before);
          else expect((error as Error).message).toContain(`${tables.join(" or ")} is incomplete`);
          await refreshTables(dataset, options);
          expect([k, applied, standIn.snapshot(SHEETS)]).toEqual([k, applied, expected]);
          runs++;
        }
      }
      expect(runs).toBeGreaterThanOrEqual(owner.length);
    });
  });
}

// The seed's five tables fit one request at the default budget: a small one makes requests that end inside a
// table and requests that carry one table's end and the next one's start, the cases a failure must name right.
const SMALL_REQUESTS = { maxPayloadBytes: 12_000 };
failEverySync(
  "a first refresh into an empty workbook",
  async () => freshWorkbook(),
  SEED,
  EVERY,
  SMALL_REQUESTS,
);
failEverySync(
  "a refresh over an older dataset with user columns and a PivotTable",
  workbookWithUserWork,
  NEWER,
  SOME,
  SMALL_REQUESTS,
);

const BIG_OLD = generateDataset({ projects: 120, seed: 3 });
const BIG_NEW = edited(generateDataset({ projects: 150, seed: 3 }), (d) => d.projects.reverse());
failEverySync(
  "a refresh whose tables take several chunks (a 20 kB budget)",
  async () => {
    const standIn = freshWorkbook();
    await refreshTables(BIG_OLD, { maxPayloadBytes: 20_000 });
    standIn.resetCounters();
    return standIn;
  },
  BIG_NEW,
  (n) => [0, Math.floor(n / 2)],
  { maxPayloadBytes: 20_000 },
);
