/**
 * Project stages from the words of a sentence. When a sentence states several, the furthest along wins
 * ("签署协议,拟在…建设" is 签约: the signing happened, the building is a plan).
 */
import type { Stage } from "../core/dataset";
import { allMatches } from "./matches";

/** Stage words, furthest along first. Order is the precedence. */
const STAGE_WORDS: ReadonlyArray<readonly [Stage, RegExp]> = [
  [
    "运营",
    /建成运营|正式运营|投入运营|投入使用|已运营|揭牌|开业|开园|启用|投用|投运|建成投运|(?:首批|首台|首件|首条)[\u4e00-\u9fff]{0,4}下线/g,
  ],
  ["投产", /投产|竣工/g],
  ["验收", /验收/g],
  [
    "在建",
    /在建|续建|继续建设|建设中(?![\u4e00-\u9fff])|加快建设|全面建设|主体(?:工程)?(?:完工|封顶|施工)|推进建设|施工中|正在[\u4e00-\u9fff]{0,4}(?:施工|安装|建设)|建设情况|施工现场|建设现场|建设加快|加快推进|稳步推进|有序推进|如火如荼|建设正酣|(?:接近|临近)(?:建设)?尾声|建设尾声|冲出正负零|出正负零|进场(?:施工|安装)|设备(?:已)?(?:进场|安装)|安装调试|设备调试|桩基施工|封顶|合龙|(?:已|累计)完成投资/g,
  ],
  ["开工", /开工|奠基|动工/g],
  ["落户", /落户|落地|入驻/g],
  ["签约", /签约|签署|签订|签下|引进了/g],
];

/** 拟/计划/将在 in a clause (预计 and 力争 speak of results, not of building) make what follows in it a plan: "拟在武进绿建区投资运营…" is 拟建, not 运营. */
// Tendering and approvals come before building: "…一期工程施工总承包招标", "项目获批立项".
const PLAN =
  /拟|计划(?!总?投)|将(?:在|于|建|投资|落户|开工)|筹建|有望|招标|立项|获批|环评|前期(?:工作|手续|准备)/;

/**
 * Words that put what follows them in the clause into the future without saying it is planned to be built:
 * "预计今年6月份投产", "力争年内竣工", "年内将投产" — the stage after them has not happened. A signing still has.
 */
// A time still to come does the same without a verb of intent: "项目明年投产", "后年建成".
const FUTURE = /预计(?!总?投)|力争|争取|确保|有望|计划(?!总?投)|将|年内|年底前|即将|拟|明年|后年/;

/** A clause that opens on a time: 2025年底…, 明年6月…, 年底前…. */
const DATED_CLAUSE =
  /^(?:于|在|并于|并在|将于)?(?:[0-9０-９]{4}年|[0-9０-９]{1,2}月|明年|后年|年底|年内|今年)/;

/** Stages, furthest along first. */
export const PRECEDENCE: readonly Stage[] = ["运营", "投产", "验收", "在建", "开工", "落户", "签约", "拟建"];

/**
 * A stage word followed by 后 speaks of the future ("建成投产后全年可发电", "达产后").
 */
function isAfterwards(clause: string, index: number, length: number): boolean {
  return /^(?:后|以后|之后)/.test(clause.slice(index + length, index + length + 2));
}

/** A stage and where in the text the word that states it stands. */
export interface StageFound {
  stage: Stage;
  /** Position of the stage word (of the plan word for 拟建). */
  at: number;
}

/**
 * The furthest stage a text states, with where its word stands. Project names should be masked out first (a
 * name such as "…运营平台" is not a stage).
 * @example stageIn("3月5日,A项目开工")  // { stage: "开工", at: 9 }
 */
export function stageIn(sentence: string): StageFound | null {
  // Items of one list ask for the same stretch of their sentence again and again: read each stretch once.
  const known = STAGE_MEMO.get(sentence);
  if (known !== undefined) return known;
  const found = readStage(sentence);
  if (STAGE_MEMO.size > 10_000) STAGE_MEMO.clear();
  STAGE_MEMO.set(sentence, found);
  return found;
}

const STAGE_MEMO = new Map<string, StageFound | null>();

/** Forgets the stretches read so far: each article starts afresh. */
export function forgetReadStages(): void {
  STAGE_MEMO.clear();
}

function readStage(sentence: string): StageFound | null {
  let best: StageFound | null = null;
  let rank: number = PRECEDENCE.length;
  let offset = 0;
  let planned = false;
  for (const clause of sentence.split(/[,，;；。]/)) {
    // "计划于2024年3月开工,2025年底建成投产": a clause opening on a time goes on with the plan before it.
    const goesOn: boolean = planned && DATED_CLAUSE.test(clause);
    const planAt: number = goesOn ? 0 : clause.search(PLAN);
    const futureAt: number = goesOn ? 0 : clause.search(FUTURE);
    planned = planAt >= 0 || futureAt >= 0;
    const take = (stage: Stage, at: number) => {
      const r = PRECEDENCE.indexOf(stage);
      if (r < rank) {
        rank = r;
        best = { stage, at: offset + at };
      }
    };
    if (planAt >= 0) take("拟建", planAt);
    for (const [stage, pattern] of STAGE_WORDS) {
      for (const m of allMatches(pattern, clause)) {
        const at = m.index ?? 0;
        if (isAfterwards(clause, at, m[0].length)) continue;
        // Signing is a fact even in a plan's clause ("签约拟建"); later stages after 拟 are plans.
        if (planAt >= 0 && planAt < at && stage !== "签约") continue;
        if (futureAt >= 0 && futureAt < at && stage !== "签约") continue;
        take(stage, at);
      }
    }
    offset += clause.length + 1;
  }
  return best;
}

/**
 * The furthest stage a sentence states. Project names should be masked out first (a name such as
 * "…运营平台" is not a stage).
 * @example stageOf("中车股份拟在常州经开区建设动车组检修基地等项目") // "拟建"
 */
export function stageOf(sentence: string): Stage | null {
  return stageIn(sentence)?.stage ?? null;
}

/**
 * An inspection of a site under construction: "来到X项目现场", "察看了A、B等工程现场", "督查…项目推进情况".
 * Officials visit projects being built; a visited project with no stage of its own is 在建.
 */
const SITE_VISIT =
  /(?:来到|走进|察看|查看|督查|观摩|调研|视察|考察|实地参观|参观|深入)[^,，;；。]{0,40}?(?:现场|推进情况|建设情况|进展情况|施工)|(?:项目|工程)(?:建设|施工)?现场|此次督查的|督查的/;

/** Whether a stretch of text reports a visit to a building site. */
export function isSiteVisit(text: string): boolean {
  return SITE_VISIT.test(text);
}

/** Replaces spans with a neutral character so that their words do not count as stage words. */
export function maskSpans(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  let out = text;
  for (const s of spans) out = out.slice(0, s.start) + "□".repeat(s.end - s.start) + out.slice(s.end);
  return out;
}
