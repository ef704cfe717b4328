import { layoutOf, rowsOf } from "../core/tableLayouts";
import { planNewTable, planRefresh, type ExistingTable } from "./tablePlan";
import { SEED } from "../../test/excelKit";
import { utf8Length } from "../core/utf8";
import { planChunks, cellBytes, toCell } from "./tableBody";

const layout = layoutOf("CZ_Sources");
const headers = layout.columns.map((c) => c.header);
const row = (id: string) => [id, "t", "p", 43101, "2018", null, "a".repeat(64)];
const existing = (keys: unknown[], extra: Partial<ExistingTable> = {}): ExistingTable => ({
  headers,
  keys,
  bodyRows: keys.length,
  userColumns: [],
  ...extra,
});

describe("planRefresh", () => {
  it("keeps rows whose ID stays, deletes gone, repeated and empty IDs bottom block first, appends new ones", () => {
    const rows = ["a", "b", "c", "d"].map(row);
    const plan = planRefresh(layout, rows, existing(["a", "x", "y", "c", "a", "", "b"]));
    expect(plan.deleteBlocks).toEqual([
      { start: 4, count: 2 },
      { start: 1, count: 2 },
    ]);
    expect(plan.rowSources).toEqual([0, 2, 1, 3]);
    expect([plan.rowsAfterDelete, plan.finalRows, plan.firstNewRow, plan.added, plan.removed]).toEqual([
      3, 4, 3, 1, 4,
    ]);
  });

  it("keeps the first row as a slot when no row stays (a table keeps one body row)", () => {
    const plan = planRefresh(layout, ["n"].map(row), existing(["x", "y"]));
    expect(plan.deleteBlocks).toEqual([{ start: 1, count: 1 }]);
    expect([plan.rowsAfterDelete, plan.firstNewRow, plan.rowSources]).toEqual([1, 0, [0]]);
  });

  it("an empty dataset leaves one blank row", () => {
    const plan = planRefresh(layout, [], existing(["a"]));
    expect([plan.finalRows, plan.rowSources, plan.firstNewRow]).toEqual([1, [null], 0]);
  });

  it("appends the layout columns the table lacks and finds the others wherever the user moved them", () => {
    const moved = ["Title", "ID", "My note", "Publisher", "Published", "URL", "SHA-256"];
    const plan = planRefresh(layout, [row("a")], existing(["a"], { headers: moved }));
    expect(plan.addHeaders).toEqual(["Published (as written)"]);
    expect(plan.columnIndex).toEqual([1, 0, 3, 4, 7, 5, 6]);
    expect(plan.width).toBe(8);
  });

  it("a user column holding one formula in every kept row is filled down; typed ones are not", () => {
    const plan = planRefresh(
      layout,
      ["a", "b", "new"].map(row),
      existing(["a", "b"], {
        userColumns: [
          { index: 7, header: "Calc", formulas: ['=[@ID]&"!"', '=[@ID]&"!"'] },
          { index: 8, header: "Typed", formulas: ["yes", ""] },
          { index: 9, header: "Mixed", formulas: ["=1", "=2"] },
        ],
      }),
    );
    expect(plan.userFill).toEqual([
      { index: 7, value: '=[@ID]&"!"' },
      { index: 8, value: "" },
      { index: 9, value: "" },
    ]);
  });

  it("matches the seed's own rows one for one", () => {
    const rows = rowsOf(layoutOf("CZ_Amounts"), SEED);
    const plan = planRefresh(layoutOf("CZ_Amounts"), rows, {
      headers: layoutOf("CZ_Amounts").columns.map((c) => c.header),
      keys: rows.map((r) => r[0]),
      bodyRows: rows.length,
      userColumns: [],
    });
    expect([plan.deleteBlocks, plan.added, plan.removed]).toEqual([[], 0, 0]);
  });
});

describe("planNewTable", () => {
  it("sizes the table to its rows, one blank row when there are none", () => {
    expect(planNewTable(layout, 3).rowSources).toEqual([0, 1, 2]);
    expect(planNewTable(layout, 0)).toMatchObject({ finalRows: 1, rowSources: [null] });
  });
});

describe("chunks", () => {
  it("cuts by bytes, the first chunk sharing its sync with what is queued", () => {
    expect(planChunks([3, 3, 3], 7, 0)).toEqual([
      { start: 0, end: 2, bytes: 6 },
      { start: 2, end: 3, bytes: 3 },
    ]);
    expect(planChunks([3, 3, 3], 7, 0, 4)).toEqual([
      { start: 0, end: 1, bytes: 3 },
      { start: 1, end: 3, bytes: 6 },
    ]);
    expect(planChunks([10, 1], 5, 0)).toEqual([
      { start: 0, end: 1, bytes: 10 },
      { start: 1, end: 2, bytes: 1 },
    ]);
    expect(planChunks([], 5, 0)).toEqual([]);
  });

  it("counts UTF-8 bytes of JSON: a Chinese character is three", () => {
    expect([utf8Length("常州"), utf8Length("a"), utf8Length("😀")]).toEqual([6, 1, 4]);
    expect([cellBytes("常州"), cellBytes(12.5), cellBytes('a"b')]).toEqual([9, 5, 7]);
    expect([toCell(null), toCell(0), toCell("")]).toEqual(["", 0, ""]);
  });
});
