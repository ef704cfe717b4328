/** Reviewing an added article: the build's records for its text, its notes, and refusals of bad drafts. */
import { sha256Hex } from "../../core/hash";
import { buildDataset } from "../buildDataset";
import { EMPTY_CURATION } from "../curation";
import { reviewAddition } from "./reviewAddition";
import type { AdditionDraft } from "./types";
import { additionRefusal } from "../../../test/fixtures/additionRefusal";

const TODAY = "2026-12-03";
/** Written for these tests. */
const TEXT =
  "5月16日，钟楼区与北京机械工业自动化研究所签约建设智能装备检测中心项目，总投资约5亿元。" +
  "同日，大唐国际在金坛投资的储能电站项目计划总投?0亿元。";
const draft = (extra: Partial<AdditionDraft> = {}): AdditionDraft => ({
  text: TEXT,
  title: " 钟楼区签约智能装备项目 ",
  publisher: "常州市钟楼区人民政府",
  published: "2024-05-17",
  url: null,
  ...extra,
});

const refusal = (d: AdditionDraft) => additionRefusal(() => reviewAddition(d, TODAY), "the draft");

describe("reviewAddition", () => {
  const review = reviewAddition(draft(), TODAY);

  it("makes the source from the text's hash, with the metadata trimmed", () => {
    expect(review.article).toEqual({
      id: `local-${sha256Hex(TEXT).slice(0, 12)}`,
      title: "钟楼区签约智能装备项目",
      publisher: "常州市钟楼区人民政府",
      published: "2024-05-17",
      url: null,
      sha256: sha256Hex(TEXT),
      text: TEXT,
    });
  });

  it("gives the records a build of the same article gives, each quote standing in the clean text", () => {
    const built = buildDataset([review.article], EMPTY_CURATION, "2026-01-01T00:00:00.000Z");
    // The build sorts by id; the review keeps the article's order, for the pane.
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(review.projects)).toEqual(built.projects);
    expect(byId(review.amounts)).toEqual(built.amounts);
    expect(byId(review.events)).toEqual(built.events);
    expect(review.organizations).toEqual(built.organizations);
    expect(review.projects.map((p) => p.name)).toEqual(expect.arrayContaining(["智能装备检测中心项目"]));
    for (const row of [...review.projects, ...review.amounts, ...review.events])
      expect(review.cleanText).toContain(row.quote);
    const orgIds = new Set(review.organizations.map((o) => o.id));
    for (const p of review.projects) for (const o of p.orgIds) expect(orgIds.has(o)).toBe(true);
  });

  it("is deterministic", () => {
    expect(reviewAddition(draft(), TODAY)).toEqual(review);
  });

  it("notes garbled and approximate figures by count, and a missing published date", () => {
    expect(review.notes).toEqual([
      expect.objectContaining({ en: expect.stringMatching(/^1 figure has a lost digit/) }),
      expect.objectContaining({ en: expect.stringMatching(/^1 figure is approximate/) }),
    ]);
    const undated = reviewAddition(draft({ published: null }), TODAY);
    expect(undated.notes[0]).toEqual({
      zh: "没有发布日期：'今年5月'等相对日期无法确定",
      en: "no published date: relative dates such as 今年5月 stay unknown",
    });
    expect(
      reviewAddition(draft({ text: "钟楼区签约建设智能装备检测中心项目，总投资5亿元。" }), TODAY).notes,
    ).toEqual([]);
  });

  it("refuses a text with neither a project nor a figure, saying what was looked for", () => {
    const e = refusal(draft({ text: "今天天气很好，市民纷纷外出散步。" }));
    expect(e.code).toBe("nothingFound");
    expect(e.zh).toContain("项目或金额");
    expect(e.en).toContain("No project or figure");
  });

  it("checks the text before the metadata, and the metadata before extracting", () => {
    expect(refusal(draft({ text: " ", title: "" })).code).toBe("empty");
    expect(refusal(draft({ published: "2019-02-29" })).code).toBe("metadata");
  });
});
