import type { Amount, Dataset } from "../core/dataset";
import { tinyDataset } from "../../test/fixtures/tinyDataset";
import { seedDataset } from "../../test/seedFixture";
import { boundsText, qualityCounts, qualityItems } from "./qualityItems";

function withAmounts(amounts: Partial<Amount>[]): Dataset {
  const base = tinyDataset();
  const template: Amount = {
    id: "amt-x",
    projectId: null,
    orgId: null,
    measure: "总投资",
    unit: "亿元",
    low: 1,
    high: 1,
    qualifier: "exact",
    text: "1亿元",
    sourceId: "src-a",
    quote: "测试句子。",
    scope: "project",
    projectCount: null,
    placeId: null,
    date: null,
  };
  return { ...base, amounts: amounts.map((a, i) => ({ ...template, id: `amt-${i}`, ...a })) };
}

describe("boundsText", () => {
  test.each([
    [10, 90, "10–90"],
    [28, 28, "28"],
    [200, null, "≥200"],
    [null, 5, "≤5"],
    [null, null, "?"],
    [0.00012345, 0.00012345, "0.0001"],
  ] as const)("%p–%p reads %s", (low, high, text) => expect(boundsText(low, high)).toBe(text));
});

describe("qualityItems", () => {
  test("exact and restored figures are not listed", () => {
    const items = qualityItems(withAmounts([{ qualifier: "exact" }, { qualifier: "restored" }]));
    expect(items).toEqual([]);
  });

  test("garbled figures come first, then range, about, over, under", () => {
    const items = qualityItems(
      withAmounts([
        { qualifier: "about", text: "约28亿元" },
        { qualifier: "over", text: "超200万平方米" },
        { qualifier: "garbled", text: "总投?0亿元", low: 10, high: 90 },
        { qualifier: "under", text: "不到5亿元" },
        { qualifier: "range", text: "50-100亿元" },
      ]),
    );
    expect(items.map((i) => i.qualifier)).toEqual(["garbled", "range", "about", "over", "under"]);
    expect(items[0]).toMatchObject({ text: "总投?0亿元", bounds: "10–90", amountId: "amt-2" });
  });

  test("a figure names its project, else its organization", () => {
    const base = tinyDataset();
    const project = base.projects[0]!;
    const dataset = {
      ...withAmounts([
        { qualifier: "about", projectId: project.id },
        { qualifier: "about", orgId: "org-a" },
      ]),
      organizations: [{ id: "org-a", name: "中国中车", aliases: [], kind: "央企" as const, parentId: null }],
    };
    expect(qualityItems(dataset).map((i) => i.subject)).toEqual([project.name, "中国中车"]);
  });

  test("the seed's garbled figures are listed with their quotes", () => {
    const seed = seedDataset();
    const items = qualityItems(seed);
    const garbled = seed.amounts.filter((a) => a.qualifier === "garbled");
    expect(items.filter((i) => i.qualifier === "garbled").map((i) => i.amountId)).toEqual(
      garbled.map((a) => a.id),
    );
    for (const item of items) expect(item.quote.length).toBeGreaterThan(0);
  });

  test("qualityCounts counts each kind", () => {
    const items = qualityItems(
      withAmounts([{ qualifier: "garbled" }, { qualifier: "garbled" }, { qualifier: "over" }]),
    );
    expect(qualityCounts(items)).toEqual({
      garbled: 2,
      range: 0,
      about: 0,
      over: 1,
      under: 0,
      batch: 0,
      threshold: 0,
      aggregate: 0,
    });
  });
});

describe("batch, size-class and aggregate figures", () => {
  test("are listed after the approximate ones, with their project count; unattached exact figures are not", () => {
    const items = qualityItems(
      withAmounts([
        { scope: "aggregate", text: "累计完成投资266.7亿元" },
        { scope: "batch", projectCount: 18, text: "总投资80亿元" },
        { qualifier: "about", text: "约28亿元" },
        { scope: "threshold", projectCount: 6, qualifier: "over", text: "超10亿元", high: null },
        { text: "员工2万人" },
      ]),
    );
    expect(items.map((i) => [i.text, i.qualifier, i.scope])).toEqual([
      ["约28亿元", "about", null],
      ["超10亿元", "over", "threshold"],
      ["总投资80亿元", null, "batch"],
      ["累计完成投资266.7亿元", null, "aggregate"],
    ]);
    expect(items.find((i) => i.scope === "batch")?.projectCount).toBe(18);
    expect(qualityCounts(items)).toMatchObject({ about: 1, over: 1, batch: 1, threshold: 1, aggregate: 1 });
  });
});
