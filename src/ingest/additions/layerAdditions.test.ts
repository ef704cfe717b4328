/**
 * Layering additions over the published dataset (the seed): one dataset with both, versions, removal,
 * refresh, one undertaking counted once, already-published additions skipped, an addition's curation applied.
 */
import { createQueryEngine } from "../../core/query/engine";
import { validateDataset } from "../../core/validate";
import { SEED_ARTICLE, seedDataset } from "../../../test/seedFixture";
import { type ArticleInput, buildDataset } from "../buildDataset";
import { type CurationEntry, EMPTY_CURATION } from "../curation";
import { additionArticle } from "./additionArticle";
import { layerAdditions } from "./layerAdditions";
import type { Addition } from "./types";
import { additionRefusal } from "../../../test/fixtures/additionRefusal";

const published = seedDataset();
const ADDED_AT = "2026-12-03T09:00:00.000Z";

/** Articles written for these tests. */
const NEW_TEXT =
  "5月16日，钟楼区与常州某某智能装备有限公司签约建设智能装备检测中心项目，总投资5亿元，年产值8亿元。";
const OTHER_TEXT = "3月2日，总投资12亿元的常州某某储能电站项目在金坛开工。";
/** A later report of the seed's 长江经济带绿色发展科技园 (中节能, 武进绿建区). */
const JOIN_TEXT =
  "3月1日，中国节能环保集团有限公司投资的长江经济带绿色发展科技园在武进绿建区开工，计划总投资45亿元。";

const addition = (text: string, published: string | null, curation: CurationEntry[] = []): Addition => ({
  article: additionArticle({ text, title: "测试报道", publisher: "常州市人民政府", published, url: null }),
  curation,
  addedAt: ADDED_AT,
});
const NEW = addition(NEW_TEXT, "2024-05-17");
const OTHER = addition(OTHER_TEXT, "2024-03-03");
const JOIN = addition(JOIN_TEXT, "2019-03-02");

const ofSource = (d: { projects: { sourceIds: string[]; name: string }[] }, id: string) =>
  d.projects.filter((p) => p.sourceIds.includes(id)).map((p) => p.name);

const refusal = (run: () => unknown) => additionRefusal(run);

describe("layerAdditions", () => {
  const layered = layerAdditions(published, [NEW, OTHER]);

  it("gives one valid dataset with the published records and the added ones", () => {
    const d = layered.dataset;
    expect(validateDataset(d).ok).toBe(true);
    expect(d.sources.map((s) => s.id)).toEqual([
      "seed-article",
      ...[NEW, OTHER].map((a) => a.article.id).sort(),
    ]);
    for (const p of published.projects) expect(d.projects).toContainEqual(p);
    for (const a of published.amounts) expect(d.amounts).toContainEqual(a);
    expect(ofSource(d, NEW.article.id)).toEqual(["智能装备检测中心项目"]);
    expect(ofSource(d, OTHER.article.id)).toEqual(["常州某某储能电站项目"]);
    expect(d.projects).toHaveLength(published.projects.length + 2);
    expect(createQueryEngine(d).total("*")).toBe(createQueryEngine(published).total("*") + 5 + 12);
    expect([d.builtAt, layered.merges, layered.alreadyPublished]).toEqual([published.builtAt, [], []]);
  });

  it("keeps a published partner's id and adds only new organizations", () => {
    const joined = layerAdditions(published, [JOIN]).dataset;
    expect(joined.organizations.filter((o) => o.name === "中国节能环保集团有限公司")).toEqual(
      published.organizations.filter((o) => o.name === "中国节能环保集团有限公司"),
    );
    const names = layered.dataset.organizations.map((o) => o.name);
    expect(names).toEqual(expect.arrayContaining(["常州某某智能装备有限公司"]));
    expect(new Set(names).size).toBe(names.length);
  });

  it("versions: the published version is the prefix, and different additions give different versions", () => {
    expect(layered.dataset.version).toMatch(new RegExp(`^${published.version}\\+[0-9a-f]{12}$`));
    expect(layerAdditions(published, [NEW]).dataset.version).not.toBe(layered.dataset.version);
    expect(layerAdditions(published, [OTHER]).dataset.version).not.toBe(
      layerAdditions(published, [NEW]).dataset.version,
    );
    const dropped = addition(NEW_TEXT, "2024-05-17", [
      { id: "d1", action: "dropAmount", source: NEW.article.id, text: "年产值8亿元", reason: "forecast" },
    ]);
    expect(layerAdditions(published, [dropped]).dataset.version).not.toBe(
      layerAdditions(published, [NEW]).dataset.version,
    );
  });

  it("leaves the published dataset as it was", () => {
    const before = JSON.stringify(seedDataset());
    layerAdditions(published, [NEW, OTHER, JOIN]);
    expect(JSON.stringify(published)).toBe(before);
  });

  it("is deterministic, whatever the order of the additions", () => {
    expect(layerAdditions(published, [NEW, OTHER])).toEqual(layered);
    expect(layerAdditions(published, [OTHER, NEW])).toEqual(layered);
  });

  it("gives back the published dataset itself without additions, and after removing one, the other alone", () => {
    expect(layerAdditions(published, []).dataset).toBe(published);
    const one = layerAdditions(published, [OTHER]);
    expect(ofSource(one.dataset, NEW.article.id)).toEqual([]);
    expect(one.dataset.amounts.some((a) => a.sourceId === NEW.article.id)).toBe(false);
    expect(ofSource(one.dataset, OTHER.article.id)).toEqual(["常州某某储能电站项目"]);
    expect(one.dataset.projects).toHaveLength(published.projects.length + 1);
  });

  it("keeps the additions over a newer published dataset (refresh), with the same records", () => {
    const later: ArticleInput = {
      ...SEED_ARTICLE,
      id: "later",
      text: OTHER_TEXT.replace("储能电站", "氢能装备"),
      sha256: "1".repeat(64),
    };
    const newer = buildDataset([SEED_ARTICLE, later], EMPTY_CURATION, "2026-06-01T00:00:00.000Z");
    const refreshed = layerAdditions(newer, [NEW, OTHER]).dataset;
    expect(refreshed.version.startsWith(`${newer.version}+`)).toBe(true);
    const added = (d: typeof refreshed) => d.projects.filter((p) => p.sourceId.startsWith("local-"));
    expect(added(refreshed)).toEqual(added(layered.dataset));
    expect(ofSource(refreshed, "later")).toEqual(["常州某某氢能装备项目"]);
  });

  it("counts a project in a published and an added report once, under the published id", () => {
    const joined = layerAdditions(published, [JOIN]);
    const d = joined.dataset;
    expect(d.projects).toHaveLength(published.projects.length);
    const park = d.projects.find((p) => p.id === "prj-3bc4303620")!;
    expect(park.sourceIds).toEqual(["seed-article", JOIN.article.id]);
    expect(joined.merges).toEqual([expect.objectContaining({ into: "prj-3bc4303620" })]);
    expect(
      d.amounts
        .filter((a) => a.projectId === park.id)
        .map((a) => a.text)
        .sort(),
    ).toEqual(["计划总投?5亿元", "计划总投资45亿元"]);
    // The park's investment is one figure, not the garbled 15 plus the stated 45.
    const engine = createQueryEngine(d);
    const before = createQueryEngine(published).total("*");
    expect(engine.total("*")).toBeLessThan(before + 45);
    expect(engine.total("*")).toBe(before - 15 + 45);
    expect(engine.count("*")).toBe(createQueryEngine(published).count("*"));
  });

  it("keeps the published id when the added report is the older one", () => {
    const older = addition(JOIN_TEXT.replace("开工", "签约"), "2018-06-01");
    const { dataset: d, merges } = layerAdditions(published, [older]);
    // The merge puts the older, added report first: by itself it would have kept the added id.
    expect(merges[0]!.parts.map((p) => p.sourceId)).toEqual([older.article.id, "seed-article"]);
    expect(d.projects).toHaveLength(published.projects.length);
    const park = d.projects.find((p) => p.name.includes("长江经济带绿色发展科技园"))!;
    expect(park.id).toBe("prj-3bc4303620");
    expect(park.sourceId).toBe(older.article.id);
    expect(
      d.amounts.find((a) => a.sourceId === older.article.id && a.measure.includes("投资"))?.projectId,
    ).toBe("prj-3bc4303620");
    expect(validateDataset(d).ok).toBe(true);
  });

  it("skips an addition whose article is now published (same id or same text), listing it", () => {
    const seedAgain: Addition = { article: SEED_ARTICLE, curation: [], addedAt: ADDED_AT };
    const sameText: Addition = { ...seedAgain, article: { ...SEED_ARTICLE, id: "local-000000000000" } };
    const result = layerAdditions(published, [seedAgain]);
    expect(result).toEqual({ dataset: published, merges: [], alreadyPublished: ["seed-article"] });
    expect(result.dataset).toBe(published);
    const mixed = layerAdditions(published, [sameText, NEW]);
    expect(mixed.alreadyPublished).toEqual(["local-000000000000"]);
    expect(mixed.dataset).toEqual(layerAdditions(published, [NEW]).dataset);
  });

  it("applies an addition's curation: dropProject, dropAmount and setSector", () => {
    const id = NEW.article.id;
    const d = layerAdditions(published, [
      addition(NEW_TEXT, "2024-05-17", [
        { id: "s1", action: "setSector", project: "智能装备检测中心项目", sector: "智能制造", reason: "r" },
        { id: "d1", action: "dropAmount", source: id, text: "年产值8亿元", reason: "r" },
      ]),
      addition(OTHER_TEXT, "2024-03-03", [
        { id: "p1", action: "dropProject", project: "常州某某储能电站项目", reason: "r" },
      ]),
    ]).dataset;
    expect(d.projects.find((p) => p.sourceId === id)?.sectorId).toBe("smart-manufacturing");
    expect(d.amounts.filter((a) => a.sourceId === id).map((a) => a.text)).toEqual(["总投资5亿元"]);
    expect(ofSource(d, OTHER.article.id)).toEqual([]);
    // The dropped project's figure stays, unattached, as in a build.
    expect(d.amounts.find((a) => a.sourceId === OTHER.article.id)).toMatchObject({ projectId: null });
    expect(validateDataset(d).ok).toBe(true);
  });

  it.each([
    [
      { id: "x", action: "dropProject", project: "动车组检修基地", reason: "r" },
      /no project has the id or name '动车组检修基地'/,
    ],
    [
      { id: "x", action: "dropAmount", source: "seed-article", text: "568项", reason: "r" },
      /names source 'seed-article'/,
    ],
    [
      { id: "x", action: "splitProject", project: "prj-3bc4303620", reason: "r" },
      /not a project of this article/,
    ],
    [{ id: "x", action: "mergeOrganizations", into: "a", from: ["b"], reason: "r" }, /cannot be merged/],
  ] as [CurationEntry, RegExp][])(
    "refuses an entry that touches records not its own (%#)",
    (entry, message) => {
      const e = refusal(() => layerAdditions(published, [addition(NEW_TEXT, "2024-05-17", [entry])]));
      expect(e.code).toBe("curation");
      expect(e.en).toMatch(message);
      expect(e.en).toContain(`curation entry 'x' of addition ${NEW.article.id}`);
    },
  );

  it("refuses two additions of one article, and a layered dataset that fails validation", () => {
    expect(
      refusal(() => layerAdditions(published, [NEW, { ...NEW, addedAt: "2026-12-04T00:00:00.000Z" }])).code,
    ).toBe("duplicate");
    const absurd = addition(NEW_TEXT, "2024-05-17", [
      {
        id: "huge",
        action: "settleAmount",
        source: NEW.article.id,
        text: "总投资5亿元",
        low: 5e12,
        high: 5e12,
        qualifier: "exact",
        evidence: { source: "https://example.invalid/r", quote: "总投资5万亿亿元" },
        reason: "r",
      },
    ]);
    const e = refusal(() => layerAdditions(published, [absurd]));
    expect(e.code).toBe("invalid");
    expect(e.en).toContain("amounts[");
  });

  it("keeps the published build time unless an added article is dated after it, then takes the addition's", () => {
    const late = addition(OTHER_TEXT, "2026-11-02");
    expect(late.article.published! > published.builtAt).toBe(true);
    const d = layerAdditions(published, [late, NEW]).dataset;
    expect(d.builtAt).toBe(ADDED_AT);
    expect(validateDataset(d).ok).toBe(true);
  });
});
