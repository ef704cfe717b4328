import { tinyDataset } from "../../../test/fixtures/tinyDataset";
import type { Amount, Dataset } from "../dataset";
import { createQueryEngine } from "./engine";
import { countedFigures } from "./precision";

/** The tiny dataset with more figures of its project p-ic-both (总投资 100 exact, from src-a, 2018). */
function withFigures(...extra: Partial<Amount>[]): Dataset {
  const base = tinyDataset();
  const template = base.amounts.find((a) => a.id === "a5")!;
  return {
    ...base,
    sources: [...base.sources, { ...base.sources[0]!, id: "src-b", published: "2020-01-01" }],
    amounts: [...base.amounts, ...extra.map((e, i) => ({ ...template, id: `x${i}`, ...e }))],
  };
}

describe("one figure per project and measure: the most precise", () => {
  it.each<[string, Partial<Amount>, number]>([
    ["a restatement in a later report is not added again", { sourceId: "src-b", low: 100, high: 100 }, 100],
    ["an approximate figure gives way to an exact one", { qualifier: "about", low: 120, high: 120 }, 100],
    ["a garbled figure gives way to an exact one", { qualifier: "garbled", low: 10, high: 990 }, 100],
    [
      "an exact figure in a later report beats an older exact one",
      { sourceId: "src-b", low: 125, high: 125 },
      125,
    ],
  ])("%s", (_case, extra, total) => {
    const dataset = withFigures(extra);
    expect(createQueryEngine(dataset).total("集成电路", "", "总投资")).toBe(total);
    expect(
      countedFigures(dataset).filter(
        (a) => a.projectId === "p-ic-both" && a.measure === "总投资" && a.unit === "亿元",
      ),
    ).toHaveLength(1);
  });

  it("the investment rule takes the same figure", () => {
    const dataset = withFigures({ sourceId: "src-b", qualifier: "about", low: 130, high: 130 });
    const engine = createQueryEngine(dataset);
    // 芯片一期项目's phase 3 + 芯片全项目's exact 100; the later "约130" is kept as a figure, not counted.
    expect(engine.total("集成电路")).toBe(103);
    expect(dataset.amounts.filter((a) => a.projectId === "p-ic-both" && a.measure === "总投资")).toHaveLength(
      3,
    );
  });

  it("never adds a batch figure, even one the text ties to a project", () => {
    const dataset = withFigures({
      scope: "batch",
      projectCount: 18,
      low: 80,
      high: 80,
      measure: "一期总投资",
    });
    expect(createQueryEngine(dataset).total("*", "", "一期总投资")).toBe(43);
    expect(createQueryEngine(dataset).total("*")).toBe(createQueryEngine(tinyDataset()).total("*"));
  });
});
