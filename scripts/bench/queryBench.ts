/**
 * The query engine: index build time, and CZ.TOTAL / CZ.COUNT calls per second through the registered function
 * code, side by side with a plain linear scan over the same data answering the same calls.
 */
import type { Dataset } from "../../src/core/dataset";
import { createQueryEngine } from "../../src/core/query/engine";
import { indexTaxonomy } from "../../src/core/query/taxonomyIndex";
import { loadRegistry } from "../../src/cli/functionRegistry";
import { sharedDataset } from "../../src/runtime/sharedDataset";
import { millis, repeat, stat } from "./stats";

type Call = [sector: string, place: string, bound: string];

function calls(dataset: Dataset): Call[] {
  const sectors = ["*", ...dataset.sectors.map((s) => s.name)];
  const places = ["*", ...dataset.places.map((p) => p.name)];
  const out: Call[] = [];
  for (const s of sectors) for (const p of places) out.push([s, p, "low"]);
  return out;
}

/** The obvious alternative: for each call, walk every project and its figures. */
function linearTotal(dataset: Dataset, [sector, place]: Call): number {
  const sectors = indexTaxonomy(dataset.sectors);
  const places = indexTaxonomy(dataset.places);
  const s = sector === "*" ? null : sectors.subtree(sectors.find(sector)!.id);
  const p = place === "*" ? null : places.subtree(places.find(place)!.id);
  let sum = 0;
  const wanted = new Set(
    dataset.projects
      .filter(
        (x) =>
          (s === null || (x.sectorId !== null && s.has(x.sectorId))) &&
          (p === null || (x.placeId !== null && p.has(x.placeId))),
      )
      .map((x) => x.id),
  );
  for (const a of dataset.amounts)
    if (a.projectId !== null && wanted.has(a.projectId) && a.measure === "总投资") sum += a.low ?? 0;
  return sum;
}

export async function queryBench(dataset: Dataset, runs: number) {
  const build = repeat(runs, () => {
    const start = process.hrtime.bigint();
    createQueryEngine(dataset);
    return millis(start);
  });

  const registry = await loadRegistry();
  const total = registry.functions.get("TOTAL")!;
  const count = registry.functions.get("COUNT")!;
  const list = calls(dataset);
  const invoke = (fn: (...args: unknown[]) => unknown, args: unknown[]) => {
    let result: unknown;
    const invocation: { setResult(v: unknown): void; onCanceled?: () => void } = {
      setResult: (v) => (result = v),
    };
    fn(...args, invocation);
    invocation.onCanceled?.();
    return result;
  };
  const perSecond = (fn: () => void, n: number) =>
    repeat(runs, () => {
      const start = process.hrtime.bigint();
      fn();
      return n / (millis(start) / 1000);
    });

  // First pass over distinct arguments with a fresh engine (no answer cached), then the same calls again.
  const coldTotal = repeat(runs, () => {
    sharedDataset.setDataset({ ...dataset, version: `${dataset.version}-${Math.random()}` }, "file");
    const start = process.hrtime.bigint();
    for (const [s, p, b] of list) invoke(total, [s, p, null, b, null]);
    return list.length / (millis(start) / 1000);
  });
  const warmTotal = perSecond(() => {
    for (const [s, p, b] of list) invoke(total, [s, p, null, b, null]);
  }, list.length);
  const coldCount = repeat(runs, () => {
    sharedDataset.setDataset({ ...dataset, version: `${dataset.version}-${Math.random()}` }, "file");
    const start = process.hrtime.bigint();
    for (const [s, p] of list) invoke(count, [s, p, null, null]);
    return list.length / (millis(start) / 1000);
  });
  const scanCalls = list.slice(
    0,
    Math.max(20, Math.min(list.length, Math.floor(2e7 / (dataset.amounts.length + 1)))),
  );
  const linear = perSecond(() => {
    for (const call of scanCalls) linearTotal(dataset, call);
  }, scanCalls.length);

  // "Did you mean": CZ.PROJECT with unknown names (a typo of a real name, a 500-character paste) on an engine
  // whose suggestion index is already built; its cost must not grow with the number of projects.
  const engine = createQueryEngine(dataset);
  const unknownNames = dataset.projects
    .slice(0, 100)
    .flatMap((p, i) => [`${p.name.slice(0, -1)}厂`, `${"未知项目".repeat(125)}${i}`.slice(-500)]);
  const askUnknown = () => {
    for (const name of unknownNames)
      try {
        engine.project(name);
      } catch {
        // #VALUE! with its suggestion is the answer measured
      }
  };
  askUnknown();
  const unknownProject = perSecond(askUnknown, unknownNames.length);

  const cold = stat(coldTotal);
  const scan = stat(linear);
  return {
    projects: dataset.projects.length,
    figures: dataset.amounts.length,
    indexBuildMs: stat(build),
    distinctCalls: list.length,
    totalCallsPerSecondFirstCall: cold,
    totalCallsPerSecondRepeated: stat(warmTotal),
    countCallsPerSecondFirstCall: stat(coldCount),
    linearScanCallsPerSecond: scan,
    unknownProjectCallsPerSecond: stat(unknownProject),
    speedupOverLinearScan: Math.round(cold.median / scan.median),
  };
}
