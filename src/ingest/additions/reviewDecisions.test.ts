/** Review decisions as curation entries: one per decision, each with its reason, and they apply in a build. */
import { AdditionError } from "../additionInput";
import { buildDataset } from "../buildDataset";
import { NO_DECISIONS, type ReviewDecisions, decisionsToCuration } from "./reviewDecisions";
import { reviewAddition } from "./reviewAddition";
import { additionRefusal } from "../../../test/fixtures/additionRefusal";

/** Written for these tests. */
const TEXT =
  "5月16日，钟楼区与北京机械工业自动化研究所签约建设智能装备检测中心项目，总投资约5亿元。" +
  "同日，大唐国际在金坛投资的储能电站项目计划总投?0亿元，年产值8亿元。";
const review = reviewAddition(
  { text: TEXT, title: "t", publisher: "常州市人民政府", published: "2024-05-17", url: null },
  "2026-12-03",
);
const project = (name: string) => review.projects.find((p) => p.name === name)!;
const amount = (text: string) => review.amounts.find((a) => a.text === text)!;
const decide = (d: Partial<ReviewDecisions>) => ({ ...NO_DECISIONS, ...d });

const refusal = (run: () => unknown) => additionRefusal(run);

describe("decisionsToCuration", () => {
  const storage = project("储能电站项目");
  const centre = project("智能装备检测中心项目");
  const garbled = amount("计划总投?0亿元");
  const output = amount("年产值8亿元");
  const decisions = decide({
    excludedProjects: [storage.id],
    excludedAmounts: [output.id],
    sectors: { [centre.id]: "智能制造", [storage.id]: "储能" },
    places: { [centre.id]: "钟楼区" },
    settled: {
      [garbled.id]: {
        low: 30,
        high: 30,
        qualifier: "exact",
        evidenceSource: "https://example.invalid/report",
        evidenceQuote: "计划总投资30亿元",
      },
    },
    reasons: { [storage.id]: "not in 常州", [output.id]: "a forecast" },
  });
  const entries = decisionsToCuration(review, decisions, "checked against the district's report");

  it("makes one entry per decision, numbered after the article, with the record's reason or the default", () => {
    const id = review.article.id;
    expect(entries).toEqual([
      { id: `${id}-1`, action: "dropProject", project: storage.id, reason: "not in 常州" },
      {
        id: `${id}-2`,
        action: "dropAmount",
        source: id,
        text: "年产值8亿元",
        quote: output.quote,
        reason: "a forecast",
      },
      expect.objectContaining({ id: `${id}-3`, action: "setSector", project: centre.id, sector: "智能制造" }),
      expect.objectContaining({ id: `${id}-4`, action: "setPlace", project: centre.id, place: "钟楼区" }),
      {
        id: `${id}-5`,
        action: "settleAmount",
        source: id,
        text: "计划总投?0亿元",
        quote: garbled.quote,
        low: 30,
        high: 30,
        qualifier: "exact",
        evidence: { source: "https://example.invalid/report", quote: "计划总投资30亿元" },
        reason: "checked against the district's report",
      },
    ]);
  });

  it("corrects a project's stage and date as a setStage entry a build applies", () => {
    const staged = decisionsToCuration(review, {
      ...NO_DECISIONS,
      stages: { [centre.id]: { stage: "投产", date: "2025-06" } },
      reasons: { [centre.id]: "the district's report of June 2025" },
    });
    expect(staged).toEqual([
      expect.objectContaining({ action: "setStage", project: centre.id, stage: "投产", date: "2025-06" }),
    ]);
    const d = buildDataset([review.article], { entries: staged }, "2026-12-03T00:00:00.000Z");
    expect(d.projects.find((p) => p.id === centre.id)).toMatchObject({ stage: "投产", date: "2025-06" });
    expect(() =>
      decisionsToCuration(review, {
        ...NO_DECISIONS,
        stages: { [centre.id]: { stage: "投产", date: "2025-13" } },
        reasons: { [centre.id]: "r" },
      }),
    ).toThrow(AdditionError);
  });

  it("unticks or settles one figure, not another figure written alike in another sentence", () => {
    const text =
      "5月16日，钟楼区与华能集团签约建设华能综合能源站项目，总投资20亿元。" +
      "同日，大唐国际在金坛投资的储能电站项目开工，总投资20亿元。";
    const twin = reviewAddition(
      { text, title: "t", publisher: "常州市人民政府", published: "2024-05-17", url: null },
      "2026-12-03",
    );
    const [first, second] = twin.amounts.filter((a) => a.text === "总投资20亿元");
    expect(second).toBeDefined();
    const dropOne = decisionsToCuration(twin, {
      ...NO_DECISIONS,
      excludedAmounts: [first!.id],
      reasons: { [first!.id]: "a duplicate" },
    });
    const built = buildDataset([twin.article], { entries: dropOne }, "2026-12-03T00:00:00.000Z");
    expect(built.amounts.filter((a) => a.text === "总投资20亿元").map((a) => a.id)).toEqual([second!.id]);
  });

  it("gives entries a build applies: the project and the figure gone, the corrections made", () => {
    const d = buildDataset([review.article], { entries }, "2026-12-03T00:00:00.000Z");
    expect(d.projects.map((p) => p.name)).toEqual(["智能装备检测中心项目"]);
    expect(d.projects[0]).toMatchObject({ sectorId: "smart-manufacturing", placeId: "zhonglou" });
    expect(d.amounts.some((a) => a.text === "年产值8亿元")).toBe(false);
    expect(d.amounts.find((a) => a.text === "计划总投?0亿元")).toMatchObject({ low: 30, high: 30 });
  });

  it("makes no entry when nothing was decided", () => {
    expect(decisionsToCuration(review, NO_DECISIONS)).toEqual([]);
  });

  it("refuses a decision without a reason, naming the record", () => {
    const e = refusal(() => decisionsToCuration(review, decide({ excludedAmounts: [output.id] })));
    expect(e.code).toBe("curation");
    expect(e.en).toContain("年产值8亿元");
    expect(e.zh).toContain("年产值8亿元");
    expect(
      refusal(() =>
        decisionsToCuration(
          review,
          decide({ sectors: { [centre.id]: "储能" }, reasons: { [centre.id]: " " } }),
        ),
      ).en,
    ).toContain("智能装备检测中心项目");
  });

  it.each([
    ["a record not in the review", decide({ excludedProjects: ["prj-nope"] }), /prj-nope/],
    ["an unknown sector", decide({ sectors: { [project("智能装备检测中心项目").id]: "新能量" } }), /新能量/],
    ["an unknown place", decide({ places: { [project("智能装备检测中心项目").id]: "火星" } }), /火星/],
    [
      "low above high",
      decide({
        settled: {
          [amount("计划总投?0亿元").id]: {
            low: 50,
            high: 30,
            qualifier: "range",
            evidenceSource: "https://example.invalid/r",
            evidenceQuote: "q",
          },
        },
      }),
      /low 50 is above high 30/,
    ],
  ])("refuses %s", (_what, d, message) => {
    const e = refusal(() => decisionsToCuration(review, d, "a reason"));
    expect(e.code).toBe("curation");
    expect(e.en).toMatch(message);
  });
});
