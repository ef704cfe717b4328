/**
 * The CZ functions through the same registration Excel uses: metadata generated from the JSDoc, each id
 * associated with the function the webpack plugin would associate. A name without code, or code without a
 * name, fails here.
 */
import { installCustomFunctionsHost, isHostError } from "../cli/customFunctionsHost";
import { type Registry, loadRegistry } from "../cli/functionRegistry";
import { seedDataset } from "../../test/seedFixture";
import { tinyDataset } from "../../test/fixtures/tinyDataset";
import { sharedDataset } from "../runtime/sharedDataset";
import * as functionsModule from "./functions";
import { ZH_CN, localizeMetadata } from "./metadataZhCn";

installCustomFunctionsHost();

interface Invocation {
  results: unknown[];
  setResult(value: unknown): void;
  onCanceled?: () => void;
}

function invocation(): Invocation {
  const inv: Invocation = { results: [], setResult: (value) => void inv.results.push(value) };
  return inv;
}

let registry: Registry;
beforeAll(async () => {
  registry = await loadRegistry();
});

function call(id: string, ...args: unknown[]): Invocation {
  const fn = registry.functions.get(id);
  if (!fn) throw new Error(`CZ.${id} is not registered`);
  const meta = registry.metadata.find((m) => m.id === id)!;
  const inv = invocation();
  fn(...args, ...Array(meta.parameters.length - args.length).fill(null), inv);
  return inv;
}

describe("registration", () => {
  test("every exported function has metadata and every metadata id has code", () => {
    const exported = Object.entries(functionsModule)
      .filter(([, value]) => typeof value === "function")
      .map(([name]) => name.toUpperCase())
      .sort();
    expect(registry.metadata.map((m) => m.id).sort()).toEqual(exported);
    expect([...registry.functions.keys()].sort()).toEqual(exported);
    expect(exported).toEqual([
      "COUNT",
      "FIGURES",
      "PLACES",
      "PROJECT",
      "PROJECTS",
      "SECTORS",
      "SOURCE",
      "TOTAL",
      "VERSION",
    ]);
  });

  test("every function streams, so a refresh reaches it without a recalculation", () => {
    for (const m of registry.metadata) expect(m.options?.stream).toBe(true);
  });

  test("TOTAL's optional arguments are optional in the metadata; the sector is required", () => {
    const total = registry.metadata.find((m) => m.id === "TOTAL")!;
    expect(total.parameters.map((p) => [p.name, p.optional ?? false])).toEqual([
      ["sector", false],
      ["place", true],
      ["measure", true],
      ["bound", true],
      ["period", true],
    ]);
  });

  test("every function and parameter has a Chinese description", () => {
    const zh = localizeMetadata({ functions: registry.metadata }, ZH_CN);
    for (const fn of zh.functions) {
      expect(fn.description).toMatch(/[\u4e00-\u9fff]/);
      for (const p of fn.parameters ?? []) expect(p.description).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe("answers in cells", () => {
  beforeEach(() => sharedDataset.setDataset(seedDataset(), "file"));

  test("each function answers from the dataset in memory", () => {
    expect(call("TOTAL", "新能源", "金坛").results).toEqual([10]);
    expect(call("COUNT", "*", null, "签约", 2018).results).toEqual([5]);
    const spilled = call("PROJECTS", "新能源", null, "name").results[0] as unknown[][];
    expect(spilled[0]).toEqual(["name"]);
    expect(spilled).toContainEqual(["热电联产项目"]);
    expect(call("PROJECT", "热电联产项目", "place").results).toEqual(["金坛区"]);
    expect(String(call("SOURCE", "热电联产项目").results[0])).toContain("计划总投?0亿元");
    const figures = call("FIGURES", "project", "金坛").results[0] as unknown[][];
    expect(figures[0]).toEqual(expect.arrayContaining(["text", "scope", "projects", "quote"]));
    expect(figures.map((r) => r[0])).toContain("计划总投?0亿元");
    expect((call("SECTORS").results[0] as unknown[][]).length).toBeGreaterThan(20);
    expect((call("PLACES").results[0] as unknown[][]).length).toBeGreaterThan(20);
    expect(String(call("VERSION").results[0])).toContain(seedDataset().version);
  });

  test("a wrong argument is #VALUE! with the nearest name", () => {
    const [error] = call("TOTAL", "新能量").results;
    expect(isHostError(error)).toBe(true);
    expect(error).toMatchObject({ code: "#VALUE!", message: expect.stringContaining("是否指 '新能源'") });
  });

  test("an unknown upper bound is #N/A saying why", () => {
    expect(call("TOTAL", "集成电路", null, null, "high").results[0]).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("江苏芯盛"),
    });
  });

  test("a refresh pushes the new answer to a live formula; a cancelled one hears nothing", () => {
    const live = call("TOTAL", "新能源");
    const cancelled = call("TOTAL", "新能源");
    cancelled.onCanceled!();
    sharedDataset.setDataset(tinyDataset(), "network");
    expect(live.results).toEqual([10, 35]);
    expect(cancelled.results).toEqual([10]);
    live.onCanceled!();
  });

  test("the same dataset again does not make cells redraw", () => {
    const live = call("COUNT", "*");
    sharedDataset.setFailed("a later refresh failed");
    sharedDataset.setDataset(seedDataset(), "file");
    // The seed's 16 projects (with 国家发改委…验证中心项目, which 北自所常州基地 承接了), once: no second answer.
    expect(new Set(live.results)).toEqual(new Set([16]));
    live.onCanceled!();
  });
});

describe("before and without a dataset, every cell still answers at once", () => {
  test("while loading: #N/A saying so, then the answer when the dataset arrives", async () => {
    const { createDatasetStore } = await import("../core/datasetStore");
    const { streamAnswer } = await import("./answer");
    const store = createDatasetStore();
    const inv = invocation();
    streamAnswer(store, inv as never, (engine) => engine.total("新能源"));
    expect(inv.results[0]).toMatchObject({ code: "#N/A", message: expect.stringContaining("加载") });
    store.setFailed("无法下载数据集");
    expect(inv.results[1]).toMatchObject({
      code: "#N/A",
      message: expect.stringContaining("无法下载数据集"),
    });
    store.setDataset(tinyDataset(), "network");
    expect(inv.results[2]).toBe(35);
  });
});
