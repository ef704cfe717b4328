import { extractAmounts } from "./amounts";
import { figureScopes } from "./figureScope";

/** The scope of each figure of one sentence that names no project. */
function scopesOf(sentence: string) {
  const amounts = extractAmounts(sentence);
  return figureScopes(sentence, amounts, []).map((s, i) => [amounts[i]!.text, s.scope, s.projectCount]);
}

describe("figureScopes", () => {
  it.each<[string, [string, string | null, number | null][]]>([
    [
      "18个项目集中开工,总投资80亿元。",
      [
        ["18个", "batch", 18],
        ["总投资80亿元", "batch", 18],
      ],
    ],
    [
      "24个重点项目集中开工,总投资74亿元。",
      [
        ["24个", "batch", 24],
        ["总投资74亿元", "batch", 24],
      ],
    ],
    [
      "其中超10亿元项目6个。",
      [
        ["超10亿元", "threshold", 6],
        ["6个", "batch", 6],
      ],
    ],
    ["今年以来累计完成投资266.7亿元。", [["累计完成投资266.7亿元", "aggregate", null]]],
    ["协议投资总额225.4亿元。", [["协议投资总额225.4亿元", "aggregate", null]]],
    // A figure of one project: assembly decides whose.
    ["该项目总投资20亿元。", [["总投资20亿元", null, null]]],
  ])("%s", (sentence, expected) => {
    expect(scopesOf(sentence)).toEqual(expected);
  });
});
