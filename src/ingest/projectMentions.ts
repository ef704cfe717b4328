/**
 * Project mentions of one sentence: the names `projectNames.ts` reads, checked against what else the sentence
 * holds (an organization is not cut in two, "37个新能源项目" is a batch, not a name), each with the stage its
 * own words state and whether the sentence says anything about it at all.
 *
 * A name is a project when the sentence reports something of it: a stage ("X项目签约仪式举行"), or it is an
 * item of a list of projects, or quoted as built. A phrase that merely ends like one ("全球最大灯饰产业集聚区",
 * "城市公共服务平台") is not, unless the article names it again as a project.
 */
import type { Stage } from "../core/dataset";
import { distinctivePart, isParkName } from "./nameFilters";
import { sectorKeywords } from "./sectors";
import { findProjectNames, type ProjectName } from "./projectNames";
import type { SentenceFacts } from "./sentenceFacts";
import { PRECEDENCE, isSiteVisit, maskSpans, stageIn, type StageFound } from "./stages";
import type { Span } from "./types";

export interface ProjectMention {
  /** Index of the sentence in the article. */
  sentence: number;
  /** Absolute span of the name in the cleaned text. */
  span: Span;
  name: string;
  /** "subject": named after who builds it (同方威视…辐照事业部); "company": a company that settles is the project. */
  form: ProjectName["form"] | "subject" | "company";
  /** Items of one list share a number (unique in the article). */
  list: number | null;
  /** The stage stated for it: its clause and what follows up to the next name, else its part of the sentence. */
  stage: Stage | null;
  /** Where in the sentence (relative) the word stating its stage stands, for the stage's date. */
  stageAt: number | null;
  /** Relative range of the sentence that speaks of this name (for places and sectors). */
  scope: { start: number; end: number };
  /** The sentence says something of it (stage, list of projects, quoted) — else it needs another mention. */
  reported: boolean;
  /** It names a goal or a class of things ("成为…最大的生产基地之一"): no later sentence makes it a project. */
  notProject: boolean;
}

const rel = (s: { start: number; end: number }, base: number) => ({
  start: s.start - base,
  end: s.end - base,
});

/** A count right before a name makes it a batch: "新招引落户37个新能源项目", "一批优质项目". */
const COUNT_BEFORE =
  /(?:[0-9０-９]+|[一二三四五六七八九十百千两几]+)(?:个|项|批)(?:在建|新建|续建|新开工|重点|重大|省|市|区)*$|(?:一批|多个|若干|更多的?|首个|首批|一类|这类|此类|各类|一大批)$/;
/** A count right after: "在建新能源项目100个", "优质项目47个". */
const COUNT_AFTER = /^(?:共|共有|已达|达|超|超过|近|约)?[0-9０-９一二三四五六七八九十百两]+(?:个|余个|多个)/;
/** Verbs that make an organization's name the name of what is built: "合作共建了中科院物理所长三角研究中心". */
const BUILT = /(?:共建了?|建设了?|新建|筹建|投资建设|投资运营|落户|引进)$/;
/** Officials arriving at a site: "李某一行来到X", "先后走进X". */
const VISITED_BEFORE = /(?:来到|走进|深入)$/;
/** A goal, not a project: "迈向“全球动力电池中心”", "打造成全国…最大的锂离子电池制造基地". */
const GOAL_BEFORE = /(?:迈向|打造成?|建成|建设成|争创|成为|定位为|目标)$/;
/**
 * A class of things, not one project: "以锂电为代表的绿色电源项目" (the projects X stands for), "国内规模最大的…
 * 生产基地之一" (one of a kind). The grammar names a category wherever it stands.
 */
const CATEGORY_BEFORE = /为代表的?$/;
const CATEGORY_AFTER = /^之一/;
/**
 * "作为全区首个X项目和Y示范项目,该项目…": a clause opened by 作为 names what the project that follows is, a
 * title or a role, not another project.
 */
const AS_TITLE = /^\s*作为/;
const TITLED_NEXT = /^[,，]\s*(?:该|这个|此|本)?(?:项目|工程|基地)/;

/** Words after which a park's name is where something is: "已落户常州集成电路生态产业园", "企业所在…产业园". */
const SETTLES_IN = /(?:落户|入驻|进驻|位于|落地|所在|在|于|至|到)$/;
/** "京东智造服务产业园项目等79个在库重点项目": one named project standing for a batch is reported as a project. */
const STANDS_FOR_BATCH = /^等(?:在内的?)?[^、,，。;；]{0,14}?(?:项目|工程)/;
/** "翔蜂新能源项目一期是常州市重点工程", "被列为省重大项目": the sentence says it is a project. */
const IS_A_PROJECT =
  /^[,，]?(?:是|为|被列为|列为|列入|入选|作为)[^,，。;；]{0,16}?(?:重点|重大|重特大|民生|实事|新|首个|又一)[^,，。;；]{0,6}?(?:工程|项目)|^(?:位于|坐落于|选址|占地|规划用地|用地)/;
const CLAUSE_MARK = /[,，;；:：]/;
const SEGMENT_MARK = /[;；。]/;

function clauseStartOf(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && at - i <= 200; i--) if (CLAUSE_MARK.test(text[i]!)) return i + 1;
  return Math.max(0, at - 200);
}

function segmentStartOf(text: string, at: number): number {
  for (let i = at - 1; i >= 0 && at - i <= 200; i--) if (SEGMENT_MARK.test(text[i]!)) return i + 1;
  return Math.max(0, at - 200);
}

/**
 * "同方威视下属的辐照事业部和拉曼事业部,拟在西太湖科技产业园建设项目": the projects are named only by who
 * builds them. Each unit of the subject becomes a project named after it.
 */
function namesFromSubject(sentence: string): { start: number; end: number; name: string }[] {
  if (!/(?:建设|投资|实施)(?:了)?项目|(?:落户|签约)[^,，。]*$/.test(sentence.split(/[。]/)[0] ?? ""))
    return [];
  const subject = /^([^,，。]{2,40}?)(?:[,，])?(?:拟|将|计划)?在/.exec(sentence)?.[1];
  if (!subject || !/下属|旗下/.test(subject)) return [];
  const [owner = "", units = ""] = subject.split(/下属的?|旗下的?/);
  const unitsAt = subject.length - units.length;
  let at = unitsAt;
  return units.split(/[和、及与]/).flatMap((u) => {
    const start = at;
    at += u.length + 1;
    return u.length >= 2 ? [{ start, end: start + u.length, name: `${owner}${u}项目` }] : [];
  });
}

/** "投资的江苏芯盛智能科技有限公司已落户…": a company that itself settles, starts or produces is the project. */
const COMPANY_AS_PROJECT = /^(?:已经?|正式|成功|现已)?(?:落户|开工|投产)/;

/**
 * The project mentions of one sentence.
 * @example readMentions(facts, 3, 0).map(m => m.name) // ["动车组检修基地"]
 */
export function readMentions(
  facts: SentenceFacts,
  index: number,
  listBase: number,
  known: readonly string[] = [],
): ProjectMention[] {
  const { sentence } = facts;
  const text = sentence.text;
  const base = sentence.start;
  const orgSpans = facts.orgs.map((o) => rel(o.span, base));
  const breaks = [...facts.amounts, ...facts.dates].map((s) => rel(s, base));
  const sized = facts.amounts.filter((a) => a.money && /投资|投入/.test(a.measure)).map((a) => rel(a, base));
  const names = findProjectNames(text, { breaks, atoms: orgSpans, sized, known }).filter((n) => {
    // A name that cuts an organization's name in two is a misreading (中美绿色投资管理有限公司 is no "投资…" project).
    if (orgSpans.some((o) => o.start < n.end && n.start < o.end && !(n.start <= o.start && o.end <= n.end)))
      return false;
    if (COUNT_BEFORE.test(text.slice(Math.max(0, n.start - 6), n.start))) return false;
    if (COUNT_AFTER.test(text.slice(n.end, n.end + 8))) return false;
    // An organization is a project only where it is what is built.
    const isOrg = orgSpans.some((o) => o.start === n.start && o.end === n.end);
    if (isOrg && n.form !== "list" && !BUILT.test(text.slice(Math.max(0, n.start - 6), n.start)))
      return false;
    // A park's name is where something settles ("已落户常州集成电路生态产业园"), unless it is itself listed or
    // sized as a project ("总投资100亿元的常州集成电路生态产业园").
    // A park that signs with someone is a party, not a project ("西太湖科技产业园与X公司签约Y项目").
    if (
      isParkName(n.name) &&
      n.form !== "list" &&
      (SETTLES_IN.test(text.slice(Math.max(0, n.start - 3), n.start)) || /^(?:与|同)/.test(text.slice(n.end)))
    )
      return false;
    return true;
  });

  const mentions: {
    span: { start: number; end: number };
    name: string;
    form: ProjectMention["form"];
    list: number | null;
  }[] = names.map((n) => ({
    span: n,
    name: n.name,
    form: n.form,
    list: n.list === null ? null : listBase + n.list,
  }));
  if (mentions.length === 0) {
    for (const s of namesFromSubject(text))
      mentions.push({ span: s, name: s.name, form: "subject", list: null });
  }
  if (mentions.length === 0) {
    const settled = facts.orgs.find(
      (o) => o.org.kind !== "政府" && COMPANY_AS_PROJECT.test(text.slice(o.span.end - base)),
    );
    if (settled) {
      const r = rel(settled.span, base);
      mentions.push({ span: r, name: `${settled.span.text}项目`, form: "company", list: null });
    }
  }

  const masked = maskSpans(
    text,
    mentions.map((m) => m.span),
  );
  // Names joined by 暨, 和, 及 or 与 alone ("中航绿色电源科技园暨中航锂离子动力电池项目,在金坛奠基") share what
  // follows the last of them.
  const joinedToNext = mentions.map((m, i) => {
    const next = mentions[i + 1];
    return next !== undefined && /^(?:暨|和|及|与|以及|、)$/.test(text.slice(m.span.end, next.span.start));
  });
  return mentions.map((m, i) => {
    // What the sentence says of a name runs from its clause to the next name (of another list); a company that
    // is its own project speaks from its name on.
    let last = i;
    while (joinedToNext[last]) last++;
    const next = mentions.slice(last + 1).find((n) => m.list === null || n.list !== m.list);
    const previous = mentions
      .slice(0, i)
      .reverse()
      .find((n) => m.list === null || n.list !== m.list);
    const start =
      m.form === "subject" ? 0 : m.form === "company" ? m.span.start : clauseStartOf(text, m.span.start);
    // It runs to the next name, or to a later clause that opens with an organization of its own: "X项目奠基,
    // Y中心揭牌" says nothing of X's opening.
    const otherSubject = orgSpans
      .map((o) => o.start)
      .filter((o) => o > m.span.end && CLAUSE_MARK.test(text[o - 1] ?? ""))
      .at(0);
    const end = Math.min(
      next && m.form !== "subject" ? next.span.start : text.length,
      otherSubject ?? text.length,
    );
    const scope = { start, end };
    let found = at(stageIn(masked.slice(scope.start, scope.end)), scope.start);
    // "钟楼区与…公司签约,共建常州健康医疗大数据中心运营平台": what the sentence did before the first name.
    // "中节能与常州签署战略合作协议,拟在…投资运营X": a signing before the first name is furthest along.
    if (previous === undefined) found = furthestOf(found, stageIn(masked.slice(0, scope.start)));
    // "其中,竣工项目2个,分别是A、B;开工项目2个,分别是C、D": a list's stage may stand before it, in its segment.
    if (found === null && m.form === "list") {
      const from = segmentStartOf(text, m.span.start);
      found = at(stageIn(masked.slice(from, m.span.start)), from);
    }
    // "来到X项目现场", "察看了A、B等工程现场", "一行来到X": a site visited is a site being built.
    const visited = VISITED_BEFORE.test(text.slice(Math.max(0, m.span.start - 4), m.span.start));
    if (
      found === null &&
      (visited || isSiteVisit(masked.slice(scope.start, scope.end).replace(/□+/g, "项目")))
    )
      found = { stage: "在建", at: m.span.start };
    const stage = found?.stage ?? null;
    // "打造节能环保产业中心", "迈向“全球动力电池中心”": a goal is no project unless named again as one.
    const before = text.slice(Math.max(0, m.span.start - 4), m.span.start);
    const after = text.slice(m.span.end, m.span.end + 24);
    const clauseEnd = text.slice(m.span.end).search(/[,，;；。]/);
    const title =
      AS_TITLE.test(text.slice(clauseStartOf(text, m.span.start), m.span.start)) &&
      clauseEnd >= 0 &&
      TITLED_NEXT.test(text.slice(m.span.end + clauseEnd));
    const goal =
      GOAL_BEFORE.test(before) || CATEGORY_BEFORE.test(before) || CATEGORY_AFTER.test(after) || title;
    const reported =
      !goal &&
      (stage !== null ||
        m.form !== "noun" ||
        STANDS_FOR_BATCH.test(after) ||
        IS_A_PROJECT.test(after) ||
        namedAsProject(m.name));
    return {
      sentence: index,
      span: {
        start: base + m.span.start,
        end: base + m.span.end,
        text: text.slice(m.span.start, m.span.end),
      },
      name: m.name,
      form: m.form,
      list: m.list,
      stage,
      stageAt: found === null ? null : found.at,
      scope,
      reported,
      notProject: goal,
    };
  });
}

/** The one of two stages found that is further along (the first when they are equal). */
function furthestOf(a: StageFound | null, b: StageFound | null): StageFound | null {
  if (a === null || b === null) return a ?? b;
  return PRECEDENCE.indexOf(b.stage) < PRECEDENCE.indexOf(a.stage) ? b : a;
}

/**
 * A name that says it is a project and is a specific one: "…项目" or "…工程" with a brand or a place and a trade
 * of its own ("瑞达半导体封测项目"), not a kind of project ("新能源汽车项目", "光伏项目").
 */
function namedAsProject(name: string): boolean {
  if (!/(?:项目|工程)(?:[(（]?[一二三四五六七八九十首]期(?:工程|项目)?[)）]?)?$/.test(name)) return false;
  const core = name.replace(/(?:项目|工程)(?:[(（]?[一二三四五六七八九十首]期(?:工程|项目)?[)）]?)?$/, "");
  if (distinctivePart(core).length < 4) return false;
  // What is left once the trade words are taken out is the brand: none, and it is a kind of project.
  let brand = core;
  for (const word of sectorKeywords(core).sort((a, b) => b.length - a.length))
    brand = brand.split(word).join("");
  return distinctivePart(brand).length >= 2;
}

/** A stage found in a slice, moved to sentence positions. */
function at(found: StageFound | null, offset: number): StageFound | null {
  return found === null ? null : { stage: found.stage, at: found.at + offset };
}
