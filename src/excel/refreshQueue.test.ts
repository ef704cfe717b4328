/// <reference types="office-js" />
import { createRefreshQueue } from "./refreshQueue";
import { SEED, edited, freshWorkbook } from "../../test/excelKit";
import { exclusive } from "./runExcel";

describe("createRefreshQueue", () => {
  it("makes two quick Refresh clicks one refresh: the second joins the first", async () => {
    const standIn = freshWorkbook();
    const queue = createRefreshQueue();
    const first = queue.refresh(SEED);
    const second = queue.refresh(edited(SEED, (d) => (d.version = "other")));
    expect(second).toBe(first);
    expect(queue.running).toBe(true);
    const [a, b] = await Promise.all([first, second]);
    expect(b).toBe(a);
    expect(standIn.syncCount).toBe(a.syncs);
    expect(queue.running).toBe(false);
  });

  it("starts a new refresh once the last one has finished, failed or not", async () => {
    const standIn = freshWorkbook();
    const queue = createRefreshQueue();
    standIn.failSyncAt(1);
    await expect(queue.refresh(SEED)).rejects.toThrow("unchanged");
    const report = await queue.refresh(SEED);
    expect(report.tables).toHaveLength(5);
  });

  it("refreshAfter writes its own dataset after the refresh under way, instead of joining it", async () => {
    const written: string[] = [];
    const queue = createRefreshQueue(async (dataset) => {
      written.push(dataset.version);
      await new Promise((r) => setTimeout(r, 5));
      return { tables: [], pivotsRefreshed: [], syncs: 0 } as never;
    });
    const running = queue.refresh(SEED);
    const after = queue.refreshAfter(edited(SEED, (d) => (d.version = "with-addition")));
    await Promise.all([running, after]);
    expect(written).toEqual([SEED.version, "with-addition"]);
  });
});

describe("exclusive", () => {
  it("runs writes one after another, in the order asked, even when one fails", async () => {
    const order: string[] = [];
    const step = (name: string, ms: number, fail = false) =>
      exclusive(async () => {
        order.push(`${name} start`);
        await new Promise((r) => setTimeout(r, ms));
        order.push(`${name} end`);
        if (fail) throw new Error(name);
      });
    await Promise.allSettled([step("a", 20, true), step("b", 1), step("c", 5)]);
    expect(order).toEqual(["a start", "a end", "b start", "b end", "c start", "c end"]);
  });
});
