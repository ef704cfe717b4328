import type { Project, Source, Stage } from "../core/dataset";
import { mergeUndertakings, sameUndertaking } from "./undertakings";

const source = (id: string, published: string | null): Source => ({
  id,
  title: id,
  publisher: "p",
  published,
  url: null,
  sha256: "0".repeat(64),
});

function project(
  id: string,
  sourceId: string,
  name: string,
  more: Partial<Project> & { stageAt?: [Stage, string | null] } = {},
): Project {
  const { stageAt, ...rest } = more;
  return {
    id,
    name,
    aliases: [],
    orgIds: [],
    placeId: null,
    placeFrom: null,
    sectorId: null,
    stage: stageAt?.[0] ?? null,
    date: stageAt?.[1] ?? null,
    sourceId,
    quote: `${name}。`,
    stages: stageAt ? [{ stage: stageAt[0], date: stageAt[1], sourceId, quote: `${name}。` }] : [],
    sourceIds: [sourceId],
    ...rest,
  };
}

const SOURCES = [source("sign", "2015-08-24"), source("start", "2016-01-12"), source("other", "2016-03-01")];

describe("sameUndertaking", () => {
  const signed = project("a", "sign", "中航锂离子动力电池项目", {
    placeId: "jintan",
    placeFrom: "sentence",
    orgIds: ["avic"],
  });
  it.each<[string, Project, boolean]>([
    ["the same name in a later report", project("b", "start", "中航锂离子动力电池项目"), true],
    ["the name without 项目 and 一期", project("b", "start", "中航锂离子动力电池一期"), true],
    [
      "its park inside the same district",
      project("b", "start", "中航锂离子动力电池项目", { placeId: "jintan-econ" }),
      true,
    ],
    [
      "another district",
      project("b", "start", "中航锂离子动力电池项目", { placeId: "liyang", placeFrom: "sentence" }),
      false,
    ],
    [
      "another district only inferred from the headline",
      project("b", "start", "中航锂离子动力电池项目", { placeId: "liyang", placeFrom: "article" }),
      true,
    ],
    ["another partner", project("b", "start", "中航锂离子动力电池项目", { orgIds: ["catl"] }), false],
    ["a short form without a shared partner", project("b", "start", "锂离子动力电池项目"), false],
    [
      "a short form with a shared partner",
      project("b", "start", "锂离子动力电池项目", { orgIds: ["avic"] }),
      true,
    ],
    ["the same source", project("b", "sign", "中航锂离子动力电池项目"), false],
  ])("%s", (_case, other, same) => {
    expect(sameUndertaking(signed, other)).toBe(same);
  });
});

describe("sameUndertaking: only specific names join", () => {
  it.each<[string, string, boolean]>([
    ["总部基地", "总部基地", false],
    ["金坛产业园", "金坛产业园", false],
    ["整体项目", "整体项目", false],
    ["北辰医疗总部基地", "北辰医疗总部基地项目", true],
  ])("%s / %s → %s", (a, b, same) => {
    expect(sameUndertaking(project("a", "sign", a), project("b", "start", b))).toBe(same);
  });
});

describe("mergeUndertakings", () => {
  const signed = project("a", "sign", "中航锂离子动力电池项目", {
    placeId: "jintan",
    placeFrom: "sentence",
    orgIds: ["avic"],
    stageAt: ["签约", "2015-08-18"],
  });
  const started = project("b", "start", "中航锂电项目", {
    aliases: ["中航锂离子动力电池项目"],
    placeId: "jintan-econ",
    placeFrom: "sentence",
    orgIds: ["avic", "avic-lithium"],
    sectorId: "batteries",
    stageAt: ["开工", "2016-01-10"],
  });
  const unrelated = project("c", "other", "光伏产业园项目", { placeId: "liyang" });

  it("makes one record with the stage history, every source and name, under the oldest report's id", () => {
    const { projects, merges, renamed } = mergeUndertakings([started, unrelated, signed], SOURCES);
    expect(projects).toHaveLength(2);
    const one = projects.find((p) => p.id === "a")!;
    expect(one.stages.map((s) => [s.stage, s.date, s.sourceId])).toEqual([
      ["签约", "2015-08-18", "sign"],
      ["开工", "2016-01-10", "start"],
    ]);
    expect([one.stage, one.date]).toEqual(["开工", "2016-01-10"]);
    expect(one.sourceIds).toEqual(["sign", "start"]);
    expect(one.sourceId).toBe("sign");
    expect(one.aliases).toContain("中航锂电项目");
    expect(one.orgIds).toEqual(["avic", "avic-lithium"]);
    expect(one.sectorId).toBe("batteries");
    // The park is more specific than its district.
    expect(one.placeId).toBe("jintan-econ");
    expect(renamed.get("b")).toBe("a");
    expect(merges).toEqual([
      {
        into: "a",
        name: "中航锂离子动力电池项目",
        parts: [
          { id: "a", sourceId: "sign", name: "中航锂离子动力电池项目" },
          { id: "b", sourceId: "start", name: "中航锂电项目" },
        ],
        by: "rule",
      },
    ]);
  });

  it("leaves a project curation keeps apart on its own", () => {
    const { projects, merges } = mergeUndertakings([signed, started], SOURCES, new Set(["b"]));
    expect(projects.map((p) => p.id).sort()).toEqual(["a", "b"]);
    expect(merges).toEqual([]);
  });

  it("joins projects curation merges though no rule would", () => {
    const { projects, merges } = mergeUndertakings([signed, unrelated], SOURCES, new Set(), [
      { entryId: "join-1", into: "c", from: ["a"] },
    ]);
    expect(projects.map((p) => p.id)).toEqual(["c"]);
    expect(merges[0]).toMatchObject({ into: "c", by: "join-1" });
    expect(projects[0]!.sourceIds.sort()).toEqual(["other", "sign"]);
  });

  it("lets a new report join one settled undertaking but never bridge two the publisher kept apart", () => {
    const first = project("a", "sign", "中航锂离子动力电池项目");
    const second = project("b", "start", "中航锂离子动力电池项目");
    const added = project("c", "other", "中航锂离子动力电池项目");
    const { projects, merges } = mergeUndertakings(
      [first, second, added],
      SOURCES,
      new Set(),
      [],
      new Set(["a", "b"]),
    );
    expect(projects.map((p) => p.id).sort()).toEqual(["a", "b"]);
    expect(merges).toHaveLength(1);
    expect(merges[0]!.parts.map((p) => p.id).sort()).toEqual(["a", "c"]);
  });

  it("refuses a curation join that would make two settled undertakings one, and names it", () => {
    const a = project("a", "sign", "甲项目");
    const b = project("b", "start", "乙项目");
    const c = project("c", "other", "丙项目");
    const result = mergeUndertakings(
      [a, b, c],
      SOURCES,
      new Set(),
      [{ entryId: "join-ab", into: "a", from: ["b", "c"] }],
      new Set(["a", "b"]),
    );
    expect(result.refused).toEqual(["join-ab"]);
    expect(result.projects.map((p) => p.id).sort()).toEqual(["a", "b", "c"]);
    // Into one settled undertaking is a join it may make.
    const into = mergeUndertakings(
      [a, b, c],
      SOURCES,
      new Set(),
      [{ entryId: "join-ac", into: "a", from: ["c"] }],
      new Set(["a", "b"]),
    );
    expect(into.refused).toEqual([]);
    expect(into.projects.map((p) => p.id).sort()).toEqual(["a", "b"]);
  });

  it("compares only projects that share a name or a partner", () => {
    const many = Array.from({ length: 2000 }, (_, i) => project(`p${i}`, `s${i % 7}`, `项目名称${i}号厂`));
    expect(mergeUndertakings(many, SOURCES).projects).toHaveLength(2000);
  });
});
