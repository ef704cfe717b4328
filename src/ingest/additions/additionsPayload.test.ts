/** The stored additions: a round trip gives the same additions; a bad payload is refused naming where and what. */
import { additionArticle } from "./additionArticle";
import { parseAdditions, serializeAdditions } from "./additionsPayload";
import type { Addition } from "./types";
import { additionRefusal } from "../../../test/fixtures/additionRefusal";

const WHERE = "the workbook's additions";
const addition: Addition = {
  article: additionArticle({
    text: "5月16日，钟楼区签约建设智能装备检测中心项目，总投资5亿元。",
    title: "t",
    publisher: "p",
    published: "2024-05-17",
    url: "https://example.invalid/a",
  }),
  curation: [
    { id: "e1", action: "dropAmount", source: "x", text: "5亿元", reason: "r" },
    {
      id: "e2",
      action: "settleAmount",
      source: "x",
      text: "?0亿元",
      low: 30,
      high: 30,
      qualifier: "exact",
      evidence: { source: "https://example.invalid/b", quote: "30亿元" },
      reason: "r",
    },
  ],
  addedAt: "2026-12-03T09:00:00.000Z",
};

const refusal = (json: string) => additionRefusal(() => parseAdditions(json, WHERE), "the payload");

describe("additions payload", () => {
  it("round-trips", () => {
    const json = serializeAdditions([
      addition,
      { ...addition, curation: [], article: { ...addition.article, id: "local-2" } },
    ]);
    expect(JSON.parse(json).format).toBe(1);
    expect(parseAdditions(json, WHERE)).toEqual([
      addition,
      { ...addition, curation: [], article: { ...addition.article, id: "local-2" } },
    ]);
    expect(parseAdditions(serializeAdditions([]), WHERE)).toEqual([]);
  });

  it("refuses malformed JSON, naming where", () => {
    const e = refusal("{ not json");
    expect(e.code).toBe("invalid");
    expect(e.en).toMatch(/^the workbook's additions is not valid JSON/);
  });

  it("refuses another format number", () => {
    const e = refusal(JSON.stringify({ format: 2, additions: [] }));
    expect(e.code).toBe("invalid");
    expect(e.en).toContain("at 'format'");
  });

  it.each([
    [
      { curation: [{ id: "e", action: "dropAmount", source: "x", reason: "r" }] },
      "additions.0.curation.0.text",
    ],
    [
      { curation: [{ id: "e", action: "dropProjet", project: "x", reason: "r" }] },
      "additions.0.curation.0.action",
    ],
    [{ article: { ...addition.article, published: "2019-02-29" } }, "additions.0.article.published"],
    [{ article: { ...addition.article, text: `${addition.article.text}!` } }, "additions.0.article.sha256"],
    [{ addedAt: undefined }, "additions.0.addedAt"],
  ])("refuses a bad addition, naming the path of the first problem (%#)", (change, path) => {
    const e = refusal(JSON.stringify({ format: 1, additions: [{ ...addition, ...change }] }));
    expect(e.code).toBe("invalid");
    expect(e.en).toContain(`${WHERE} has a bad value at '${path}'`);
    expect(e.zh).toContain(path);
  });
});
