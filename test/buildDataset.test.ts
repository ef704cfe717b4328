/** Building the dataset: deterministic, validated, quotes verbatim, curation applied or refused by name. */
import Ajv2020 from "ajv/dist/2020";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import {
  BuildError,
  buildDataset,
  buildDatasetWithReport,
  type ArticleInput,
} from "../src/ingest/buildDataset";
import { createQueryEngine } from "../src/core/query/engine";
import { EMPTY_CURATION, type Curation, curationSchema } from "../src/ingest/curation";
import { validateDataset } from "../src/core/validate";
import { datasetJsonSchema } from "../src/core/datasetJsonSchema";
import { SEED_ARTICLE } from "./seedFixture";

const AT = "2026-11-29T00:00:00.000Z";
const seedDataset = buildDataset([SEED_ARTICLE], EMPTY_CURATION, AT);

const curation = (...entries: unknown[]) => ({ entries }) as Curation;

describe("buildDataset", () => {
  it("is deterministic apart from builtAt", () => {
    const again = buildDataset([SEED_ARTICLE], EMPTY_CURATION, "2030-01-01T00:00:00.000Z");
    expect(JSON.stringify({ ...again, builtAt: AT })).toBe(JSON.stringify(seedDataset));
  });

  it("keeps ids stable when articles come in another order", () => {
    const other: ArticleInput = {
      ...SEED_ARTICLE,
      id: "other",
      text: "今年5月,钟楼区与北自所签约建设智能装备检测中心项目。",
    };
    const a = buildDataset([SEED_ARTICLE, other], EMPTY_CURATION, AT);
    const b = buildDataset([other, SEED_ARTICLE], EMPTY_CURATION, AT);
    expect(b).toEqual(a);
    expect(a.projects.filter((p) => p.sourceId === "seed-article").map((p) => p.id)).toEqual(
      seedDataset.projects.map((p) => p.id),
    );
  });

  it("changes the version when the content changes", () => {
    const edited = { ...SEED_ARTICLE, text: SEED_ARTICLE.text.replace("年利税2.1亿元", "年利税2.2亿元") };
    expect(buildDataset([edited], EMPTY_CURATION, AT).version).not.toBe(seedDataset.version);
  });

  it("produces a dataset that passes validation and the shipped JSON Schema", () => {
    expect(validateDataset(seedDataset).ok).toBe(true);
    const schema = JSON.parse(readFileSync(join(__dirname, "../schema/dataset.schema.json"), "utf8"));
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    expect(validate(seedDataset)).toBe(true);
  });

  it("ships the JSON Schema generated from the format's definitions (npm run schema)", () => {
    const shipped = JSON.parse(readFileSync(join(__dirname, "../schema/dataset.schema.json"), "utf8"));
    expect(shipped).toEqual(datasetJsonSchema());
  });

  it("cites a source and a verbatim quote for every project, figure and event", () => {
    for (const row of [...seedDataset.projects, ...seedDataset.amounts, ...seedDataset.events]) {
      expect(row.sourceId).toBe("seed-article");
      expect(SEED_ARTICLE.text.replace(/span>|\/span>/g, "\n")).toContain(row.quote.replace(/\s+$/, ""));
    }
  });

  it("publishes the whole gazetteer and sector tree, so functions can list them", () => {
    expect(seedDataset.places.map((p) => p.name)).toEqual(
      expect.arrayContaining(["金坛区", "溧阳市", "武进绿建区"]),
    );
    expect(seedDataset.sectors.find((s) => s.name === "光伏")?.parentId).toBe("new-energy");
  });

  it("reports an empty article as a correct empty result", () => {
    const empty = buildDataset([{ ...SEED_ARTICLE, text: "今天天气很好。" }], EMPTY_CURATION, AT);
    expect([empty.projects, empty.amounts, empty.events]).toEqual([[], [], []]);
  });
});

describe("curation", () => {
  it("merges organizations and points projects at the one kept", () => {
    const merged = buildDataset(
      [SEED_ARTICLE],
      curation({
        id: "merge-test",
        action: "mergeOrganizations",
        into: "中国电子信息产业集团有限公司",
        from: ["中电通商融资租赁有限公司"],
        reason: "test",
      }),
      AT,
    );
    const kept = merged.organizations.find((o) => o.name === "中国电子信息产业集团有限公司")!;
    expect(kept.aliases).toContain("中电通商融资租赁有限公司");
    expect(merged.organizations.some((o) => o.name === "中电通商融资租赁有限公司")).toBe(false);
    const platform = merged.projects.find((p) => p.name.includes("健康医疗"))!;
    expect(platform.orgIds).toContain(kept.id);
  });

  it("corrects a sector and drops a false project", () => {
    const d = buildDataset(
      [SEED_ARTICLE],
      curation(
        { id: "sector", action: "setSector", project: "北自所常州基地", sector: "智能制造", reason: "test" },
        { id: "drop", action: "dropProject", project: "特种焊接材料", reason: "test" },
      ),
      AT,
    );
    expect(d.projects.find((p) => p.name === "北自所常州基地")?.sectorId).toBe("smart-manufacturing");
    expect(d.projects.some((p) => p.name === "特种焊接材料")).toBe(false);
  });

  it("corrects a project's stage and its date, in the stage history too; a stage that is none is refused", () => {
    const before = seedDataset.projects.find((p) => p.name === "动车组检修基地")!;
    expect(before.stage).not.toBe("开工");
    const d = buildDataset(
      [SEED_ARTICLE],
      curation({
        id: "stage",
        action: "setStage",
        project: "动车组检修基地",
        stage: "开工",
        date: "2019-01",
        reason: "t",
      }),
      AT,
    );
    const after = d.projects.find((p) => p.name === "动车组检修基地")!;
    expect(after).toMatchObject({ stage: "开工", date: "2019-01" });
    if (before.stages.length > 0)
      expect(after.stages.at(-1)).toMatchObject({ stage: "开工", date: "2019-01" });
    const keepDate = buildDataset(
      [SEED_ARTICLE],
      curation({ id: "stage", action: "setStage", project: "动车组检修基地", stage: "投产", reason: "t" }),
      AT,
    ).projects.find((p) => p.name === "动车组检修基地")!;
    expect(keepDate).toMatchObject({ stage: "投产", date: before.date });
    expect(() =>
      curationSchema.parse({
        entries: [{ id: "s", action: "setStage", project: "动车组检修基地", stage: "动工", reason: "t" }],
      }),
    ).toThrow();
  });

  it("settles a figure when its evidence is found verbatim in a source, keeping the text as written", () => {
    const d = buildDataset(
      [SEED_ARTICLE],
      curation({
        id: "settle",
        action: "settleAmount",
        source: "seed-article",
        text: "年利税2.1亿元",
        low: 2.1,
        high: 2.1,
        qualifier: "exact",
        reason: "test",
        evidence: { source: "seed-article", quote: "实现年利税2.1亿元" },
      }),
      AT,
    );
    expect(d.amounts.find((a) => a.text === "年利税2.1亿元")).toMatchObject({ low: 2.1, high: 2.1 });
  });

  it("drops a false figure by its text in its source, and fails naming the entry when none matches", () => {
    const entry = {
      id: "drop-amt",
      action: "dropAmount",
      source: "seed-article",
      text: "年利税2.1亿元",
      reason: "test",
    };
    const d = buildDataset([SEED_ARTICLE], curation(entry), AT);
    expect(seedDataset.amounts.some((a) => a.text === "年利税2.1亿元")).toBe(true);
    expect(d.amounts.some((a) => a.text === "年利税2.1亿元")).toBe(false);
    expect(d.amounts).toHaveLength(seedDataset.amounts.filter((a) => a.text !== "年利税2.1亿元").length);
    expect(() => buildDataset([SEED_ARTICLE], curation({ ...entry, source: "other" }), AT)).toThrow(
      "curation entry 'drop-amt': no figure '年利税2.1亿元' in source 'other'",
    );
  });

  it("refuses to merge an organization into itself (that deleted it and its projects' partner)", () => {
    const entry = {
      id: "self-merge-only",
      action: "mergeOrganizations",
      into: "中国电子信息产业集团有限公司",
      from: ["中电通商融资租赁有限公司", "中国电子信息产业集团有限公司"],
      reason: "x",
    };
    expect(() => buildDataset([SEED_ARTICLE], curation(entry), AT)).toThrow(
      "curation entry 'self-merge-only': merges '中国电子信息产业集团有限公司' into itself",
    );
  });

  it.each([
    { source: "seed-article", quote: "一期总投?0亿元" },
    { source: "https://example.invalid/report", quote: "芯盛一期总投?0亿元" },
    { source: "https://example.invalid/report", quote: "?0亿元" },
  ])("refuses a garbled figure settled with the garbled text as its evidence (%#)", (evidence) => {
    const entry = {
      id: "circular",
      action: "settleAmount",
      source: "seed-article",
      text: "一期总投?0亿元",
      low: 50,
      high: 50,
      qualifier: "exact",
      reason: "x",
      evidence,
    };
    expect(() => buildDataset([SEED_ARTICLE], curation(entry), AT)).toThrow(
      /curation entry 'circular': the evidence quotes the garbled figure itself/,
    );
  });

  it.each([
    [
      {
        id: "stale-merge",
        action: "mergeOrganizations",
        into: "不存在的公司",
        from: ["中节能"],
        reason: "x",
      },
      "stale-merge",
    ],
    [
      {
        id: "self-merge",
        action: "mergeOrganizations",
        into: "中国电子信息产业集团有限公司",
        from: ["中国电子信息产业集团有限公司"],
        reason: "x",
      },
      "self-merge",
    ],
    [{ id: "stale-project", action: "dropProject", project: "没有这个项目", reason: "x" }, "stale-project"],
    [
      { id: "bad-sector", action: "setSector", project: "北自所常州基地", sector: "新能量", reason: "x" },
      "bad-sector",
    ],
    [
      {
        id: "no-evidence",
        action: "settleAmount",
        source: "seed-article",
        text: "一期总投?0亿元",
        low: 30,
        high: 30,
        qualifier: "exact",
        reason: "x",
        evidence: { source: "seed-article", quote: "一期总投资30亿元" },
      },
      "no-evidence",
    ],
    [
      {
        id: "own-evidence",
        action: "settleAmount",
        source: "seed-article",
        text: "一期总投?0亿元",
        low: 5000,
        high: 5000,
        qualifier: "exact",
        reason: "x",
        evidence: { source: "seed-article", quote: "一期总投?0亿元" },
      },
      "own-evidence",
    ],
  ])("fails the build naming the entry that matches nothing (%#)", (entry, id) => {
    expect(() => buildDataset([SEED_ARTICLE], curation(entry), AT)).toThrow(BuildError);
    expect(() => buildDataset([SEED_ARTICLE], curation(entry), AT)).toThrow(`curation entry '${id}'`);
  });
});

describe("one record per undertaking, batch figures kept off projects", () => {
  const article = (id: string, published: string, text: string): ArticleInput => ({
    id,
    title: id,
    publisher: "常州市人民政府",
    published,
    url: null,
    sha256: "0".repeat(64),
    text,
  });
  const signing = article("sign", "2023-03-02", "3月1日，总投资20亿元的常州某某新能源电池项目在金坛签约。");
  const groundbreaking = article(
    "start",
    "2024-03-06",
    "3月5日，总投资约20亿元的常州某某新能源电池项目在金坛开工。同日，常州高新区18个重大项目集中开工，总投资80亿元。",
  );
  const both = buildDatasetWithReport([groundbreaking, signing], EMPTY_CURATION, AT);
  const engine = createQueryEngine(both.dataset);

  it("merges the signing and the groundbreaking report into one project with its stage history", () => {
    expect(both.dataset.projects).toHaveLength(1);
    const [p] = both.dataset.projects;
    expect(p!.stages.map((s) => [s.stage, s.date, s.sourceId])).toEqual([
      ["签约", "2023-03-01", "sign"],
      ["开工", "2024-03-05", "start"],
    ]);
    expect([p!.stage, p!.sourceId, p!.sourceIds]).toEqual(["开工", "sign", ["sign", "start"]]);
    expect(both.merges).toHaveLength(1);
    expect(both.merges[0]!.parts.map((x) => x.sourceId)).toEqual(["sign", "start"]);
  });

  it("counts the merged project's investment once, and the batch total never", () => {
    expect(engine.total("*")).toBe(20);
    expect(engine.total("*", "", "总投资")).toBe(20);
    expect(engine.count("*")).toBe(1);
    // Both reports' figures stay, as figures of the one project.
    const id = both.dataset.projects[0]!.id;
    expect(
      both.dataset.amounts
        .filter((a) => a.projectId === id)
        .map((a) => a.text)
        .sort(),
    ).toEqual(["总投资20亿元", "总投资约20亿元"]);
    const batch = engine
      .figures("batch")
      .slice(1)
      .find((r) => r[0] === "总投资80亿元");
    expect(batch).toEqual(expect.arrayContaining(["batch", 18, "常州高新区"]));
  });

  it("keeps a report apart when curation splits it, and joins what curation merges", () => {
    const startId = both.merges[0]!.parts.find((x) => x.sourceId === "start")!.id;
    const split = buildDatasetWithReport(
      [signing, groundbreaking],
      curation({ id: "split-1", action: "splitProject", project: startId, reason: "two lines" }),
      AT,
    );
    expect(split.dataset.projects).toHaveLength(2);
    expect(split.merges).toEqual([]);
    expect(createQueryEngine(split.dataset).total("*")).toBe(40);

    const other = article("other", "2024-05-01", "5月1日，总投资5亿元的常州某某储能电站项目在金坛开工。");
    const joined = buildDatasetWithReport(
      [signing, other],
      curation({
        id: "join-1",
        action: "mergeProjects",
        into: "常州某某新能源电池项目",
        from: ["常州某某储能电站项目"],
        reason: "the same plant",
      }),
      AT,
    );
    expect(joined.dataset.projects).toHaveLength(1);
    expect(joined.merges[0]).toMatchObject({ by: "join-1" });
  });

  it.each([
    [
      { action: "mergeProjects", into: "常州某某新能源电池项目", from: ["常州某某新能源电池项目"] },
      /names 2 projects/,
    ],
    [{ action: "splitProject", project: "prj-nope" }, /no project has the id or name 'prj-nope'/],
  ])("refuses a curation entry that cannot apply, naming it", (entry, message) => {
    expect(() =>
      buildDataset([signing, groundbreaking], curation({ id: "bad-1", reason: "test", ...entry }), AT),
    ).toThrow(message);
    expect(() =>
      buildDataset([signing, groundbreaking], curation({ id: "bad-1", reason: "test", ...entry }), AT),
    ).toThrow(/curation entry 'bad-1'/);
  });
});

describe("hostile articles", () => {
  const article = (text: string): ArticleInput => ({
    id: "repeats",
    title: "t",
    publisher: "p",
    published: "2024-03-06",
    url: null,
    sha256: "0".repeat(64),
    text,
  });

  it("an article that repeats a sentence builds, with one project and distinct ids", () => {
    const sentence = "3月5日，总投资20亿元的常州某某新能源电池项目在金坛开工，市长出席并讲话。";
    const d = buildDataset([article(`${sentence}\n${sentence}\n${sentence}`)], EMPTY_CURATION, AT);
    expect(d.projects).toHaveLength(1);
    for (const section of [d.projects, d.amounts, d.events]) {
      const ids = section.map((r) => r.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(createQueryEngine(d).total("*")).toBe(20);
  });

  it("a long line without punctuation builds, and the dataset grows linearly with it", () => {
    const sizeOf = (repeats: number) => {
      const d = buildDataset(
        [article("常州某某新能源电池项目总投资20亿元".repeat(repeats))],
        EMPTY_CURATION,
        AT,
      );
      expect(d.amounts).toHaveLength(repeats);
      // Each figure quotes a window around itself, never the whole line.
      expect(Math.max(...d.amounts.map((a) => a.quote.length))).toBeLessThanOrEqual(300);
      return JSON.stringify(d).length;
    };
    const [one, two] = [sizeOf(4000), sizeOf(8000)];
    expect(two / one).toBeLessThan(2.2);
  });
});
