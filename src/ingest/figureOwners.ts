/**
 * Whose each figure of a sentence is: a project named in it, the project in focus (the sentence refers back to
 * it, or leaves out the subject the sentence before gave), a batch of listed projects, or none.
 */
import type { ProjectMention } from "./projectMentions";
import type { AmountMention } from "./types";
import { allMatches } from "./matches";

/** Words anywhere before a figure that refer back to the project in focus: "作为…,该项目规划用地1000亩,总投资…". */
const BACK_WORDS =
  /该项目|这个项目|此项目|本项目|这一项目|该工程|此工程|整个项目|该基地|该园区|该产业园|该科技园|该园|该中心|该厂/g;
/** The same words, to test a sentence for any of them. */
export const REFERS_BACK = new RegExp(BACK_WORDS.source);
/**
 * A sentence that opens by referring back: "项目计划总投资105亿元", "一期投资30亿元", "目前,项目…". A sentence
 * that opens on the investment done, with no subject ("目前,完成本年度投资23.3亿元…"), goes on with the subject
 * of the one before it: Chinese leaves out a subject the previous sentence gave.
 */
export const OPENS_BACK =
  /^(?:[^,，。]{0,6}[,，])?(?:该项目|这个项目|此项目|本项目|项目|工程|基地|园区|[一二三四首]期|项目[一二三四]期|其中[一二三四]期|(?:已|累计)?完成(?:本年度|年度|全年|今年)?投资)(?![0-9０-９一二三四五六七八九十]*个)/;

export type Owner =
  { kind: "mention"; index: number } | { kind: "focus" } | { kind: "batch"; count: number } | null;

/** Whose each figure of a sentence is (figures already scoped as batch or aggregate are skipped). */
export function figureOwners(
  text: string,
  base: number,
  amounts: readonly AmountMention[],
  scoped: ReadonlyArray<{ scope: string | null }>,
  mentions: readonly ProjectMention[],
  aboutFocusCompany: boolean,
): Owner[] {
  const rel = mentions.map((m) => ({ start: m.span.start - base, end: m.span.end - base, list: m.list }));
  const backAt = allMatches(BACK_WORDS, text).map((m) => m.index ?? 0);
  const opensBack = OPENS_BACK.test(text) || (aboutFocusCompany && mentions.length === 0);
  return amounts.map((a, i): Owner => {
    if (scoped[i]?.scope) return null;
    const at = a.start - base;
    const end = a.end - base;
    // "总投资20亿元的X项目": the figure, 的, the name.
    const after = rel.findIndex((m) => m.start === end + 1 && text[end] === "的");
    if (after >= 0) return { kind: "mention", index: after };
    let lastName = -1;
    rel.forEach((m, k) => {
      if (m.end <= at) lastName = k;
    });
    const lastBack = backAt.filter((b) => b < at).at(-1) ?? -1;
    // "X项目,该项目投资总额达128亿元": 该项目 after a name of the same sentence is that name.
    if (lastBack >= 0 && lastBack >= (rel[lastName]?.end ?? 0))
      return lastName >= 0 ? { kind: "mention", index: lastName } : { kind: "focus" };
    if (lastName < 0 && opensBack) return { kind: "focus" };
    if (lastName >= 0) {
      const m = rel[lastName]!;
      // A figure after a whole list is the list's, not its last item's: "A、B等项目总投资50亿元".
      if (m.list !== null && lastName === rel.length - 1) {
        const items = rel.filter((x) => x.list === m.list).length;
        if (items > 1) return { kind: "batch", count: items };
      }
      return { kind: "mention", index: lastName };
    }
    // "总投资18.4亿元,东方生命健康产业园一期项目建设…": a figure opening the sentence is of the name after it.
    const first = rel.findIndex((m) => m.start >= end);
    return first >= 0 ? { kind: "mention", index: first } : null;
  });
}
