import { articleContext } from "./articleContext";
import { cleanArticle } from "./clean";
import { extractPlaces } from "./places";

function contextOf(text: string, meta: { title?: string; publisher?: string }) {
  const clean = cleanArticle(text);
  return articleContext(clean.sentences, extractPlaces(clean.text), meta);
}

describe("articleContext", () => {
  it("finds the headline printed in the body and the place it names", () => {
    const c = contextOf("常州高新区18个重大项目集中开工\n江苏万达精密轴承项目开工。", {
      title: "常州高新区18个重大项目集中开工",
    });
    expect([...c.headline]).toEqual([0]);
    expect(c.articlePlace).toBe("changzhou-hi-tech");
  });

  it("reads the place of the lead when the headline names none", () => {
    const c = contextOf("5月31日,金坛区举行重大项目集中签约活动。江苏万达精密轴承项目签约。", {
      title: "项目签约",
    });
    expect(c.articlePlace).toBe("jintan");
  });

  it("reads the publisher's district", () => {
    const c = contextOf("江苏万达精密轴承项目开工。", { publisher: "常州市天宁区人民政府" });
    expect(c.publisherPlace).toBe("tianning");
    expect(c.articlePlace).toBeNull();
  });

  it.each([
    ["3月18日,某区举行重大项目集中开工活动。", "开工"],
    ["9月5日,某区举行重点项目集中签约仪式。", "签约"],
    ["8月9日,区领导分两路督查我区重点项目推进情况。", "在建"],
    ["2月20日,某区67个重大项目签约开工。", null],
    ["某区召开经济工作会议。", null],
  ])("the lead's event %s gives its projects the stage %s", (lead, stage) => {
    expect(contextOf(`${lead}甲乙电池项目总投资5亿元。`, {}).eventStage).toBe(stage);
  });

  it("knows nothing when nothing is said", () => {
    const c = contextOf("江苏万达精密轴承项目开工。", {});
    expect([c.headline.size, c.articlePlace, c.publisherPlace]).toEqual([0, null, null]);
  });
});
