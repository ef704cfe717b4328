import { describeProblems, validateDataset } from "./validate";
import type { Dataset } from "./dataset";

const valid = (): Dataset => ({
  schemaVersion: 2,
  version: "abc",
  builtAt: "2026-11-29T00:00:00.000Z",
  sources: [
    { id: "s1", title: "t", publisher: "p", published: "2018-11-13", url: null, sha256: "a".repeat(64) },
  ],
  organizations: [
    { id: "o1", name: "中国石油化工集团有限公司", aliases: ["中石化"], kind: "央企", parentId: null },
  ],
  places: [{ id: "jintan", name: "金坛区", aliases: ["金坛"], kind: "district", parentId: null }],
  sectors: [{ id: "new-energy", name: "新能源", aliases: [], parentId: null }],
  projects: [
    {
      id: "p1",
      name: "储气库",
      orgIds: ["o1"],
      placeId: "jintan",
      sectorId: "new-energy",
      stage: null,
      date: "2018",
      sourceId: "s1",
      quote: "q",
      aliases: [],
      placeFrom: "sentence",
      stages: [],
      sourceIds: ["s1"],
    },
  ],
  amounts: [
    {
      id: "a1",
      projectId: "p1",
      orgId: "o1",
      measure: "总投资",
      unit: "亿元",
      low: 10,
      high: 90,
      qualifier: "garbled",
      text: "总投?0亿元",
      sourceId: "s1",
      quote: "q",
      scope: "project",
      projectCount: null,
      placeId: null,
      date: null,
    },
  ],
  events: [],
});

describe("validateDataset", () => {
  it("accepts a valid dataset", () => {
    expect(validateDataset(valid())).toMatchObject({ ok: true });
  });

  it.each([
    [
      "a number written as text",
      (d: Dataset) => ((d.amounts[0] as unknown as { low: string }).low = "10"),
      "amounts[0].low",
    ],
    [
      "an unknown qualifier",
      (d: Dataset) => ((d.amounts[0] as unknown as { qualifier: string }).qualifier = "guess"),
      "amounts[0].qualifier",
    ],
    [
      "a date without its precision rules",
      (d: Dataset) => (d.projects[0]!.date = "2018-5"),
      "projects[0].date",
    ],
    [
      "a reference to a missing organization",
      (d: Dataset) => (d.projects[0]!.orgIds = ["o9"]),
      "projects[0].orgIds[0]",
    ],
    [
      "a reference to a missing source",
      (d: Dataset) => (d.amounts[0]!.sourceId = "s9"),
      "amounts[0].sourceId",
    ],
    ["low above high", (d: Dataset) => (d.amounts[0]!.low = 100), "amounts[0]"],
    ["a duplicate id", (d: Dataset) => d.projects.push({ ...d.projects[0]! }), "projects[1].id"],
  ])("refuses %s and says where", (_what, breakIt, path) => {
    const d = valid();
    breakIt(d);
    const result = validateDataset(d);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.path)).toContain(path);
  });

  it.each([
    ["negative money", (d: Dataset) => (d.amounts[0]!.low = -50), "amounts[0].low", "is negative"],
    [
      "negative foreign money",
      (d: Dataset) => Object.assign(d.amounts[0]!, { unit: "亿美元", low: -1, high: -1 }),
      "amounts[0].low",
      "is negative",
    ],
    [
      "a negative count",
      (d: Dataset) => Object.assign(d.amounts[0]!, { unit: "家", low: -50, high: 1 }),
      "amounts[0].low",
      "is negative: a quantity is never negative",
    ],
    [
      "an absurd sum of money",
      (d: Dataset) => (d.amounts[0]!.high = 1e308),
      "amounts[0].high",
      "beyond any plausible figure",
    ],
    [
      "an absurd quantity",
      (d: Dataset) => Object.assign(d.amounts[0]!, { unit: "万平方米", low: 1, high: 1e13 }),
      "amounts[0].high",
      "beyond any plausible figure",
    ],
    [
      "a sector that is its own parent",
      (d: Dataset) => (d.sectors[0]!.parentId = "new-energy"),
      "sectors[0].parentId",
      "parent cycle: 'new-energy' → 'new-energy'",
    ],
    [
      "two places each the other's parent",
      (d: Dataset) => {
        d.places[0]!.parentId = "wujin";
        d.places.push({ id: "wujin", name: "武进区", aliases: [], kind: "district", parentId: "jintan" });
      },
      "places[0].parentId",
      "parent cycle: 'jintan' → 'wujin' → 'jintan'",
    ],
    [
      "a day February lacks",
      (d: Dataset) => (d.projects[0]!.date = "2018-02-31"),
      "projects[0].date",
      "no calendar date",
    ],
    [
      "29 February of a common year",
      (d: Dataset) => (d.sources[0]!.published = "2019-02-29"),
      "sources[0].published",
      "no calendar date",
    ],
    [
      "the year 0000",
      (d: Dataset) => (d.sources[0]!.published = "0000"),
      "sources[0].published",
      "no calendar date",
    ],
    [
      "a source published after the build",
      (d: Dataset) => (d.sources[0]!.published = "2099-12-31"),
      "sources[0].published",
      "source 's1' is dated 2099-12-31, after the dataset was built",
    ],
  ])("refuses %s, naming the record", (_what, breakIt, path, message) => {
    const d = valid();
    breakIt(d);
    const result = validateDataset(JSON.parse(JSON.stringify(d)));
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toContainEqual({ path, message: expect.stringContaining(message) });
  });

  it("names the figure when it refuses one", () => {
    const d = valid();
    d.amounts[0]!.low = -5;
    const result = validateDataset(d);
    expect(result.ok || describeProblems(result.problems)).toBe(
      "amounts[0].low: figure 'a1' ('总投?0亿元'): low -5 亿元 is negative: money is never negative",
    );
  });

  it("accepts 29 February of a leap year and a source published on the day of the build", () => {
    const d = valid();
    d.projects[0]!.date = "2020-02-29";
    d.sources[0]!.published = "2026-11-29";
    expect(validateDataset(d).ok).toBe(true);
  });

  it("refuses something that is no dataset at all", () => {
    const result = validateDataset("<html>Not found</html>");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeProblems(result.problems)).toMatch(/^\(document\): /);
  });
});
