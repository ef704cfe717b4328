/**
 * Document-level assembly of projects: the article, not the sentence, is the unit. Mentions of one project
 * in several sentences (long and short forms) become one record; a figure, place, partner or stage in a later
 * sentence that refers back ("该项目总投资…", "项目建成后…", "一期投资30亿元…") belongs to the project in focus;
 * batch and aggregate figures belong to no project; a project whose sentences name no place takes the
 * headline's, the lead's or the publisher's, and says which.
 */
import type { AmountScope, PlaceFrom, Stage } from "../core/dataset";
import { districtOf, mostSpecificPlace, refinePlace } from "./placeChoice";
import type { ArticleContext } from "./articleContext";
import type { Sentence } from "./clean";
import { preferredName, sameProject } from "./coreference";
import { figureScopes } from "./figureScope";
import { articleTradeNames, partnersOf } from "./partners";
import { readMentions, type ProjectMention } from "./projectMentions";
import { quoteAround } from "./quotes";
import type { SectorNode } from "../core/sectors";
import { classifyClause, classifyName, classifySector, sectorKeywords, weakSector } from "./sectors";
import { dateBefore, type SentenceFacts } from "./sentenceFacts";
import { openingDate, stageDate } from "./stageDates";
import { PRECEDENCE, stageIn, stageOf } from "./stages";
import type { AmountMention, OrgEntity } from "./types";
import { allMatches } from "./matches";

export interface ProjectCandidate {
  name: string;
  /** Other names the article uses for it. */
  aliases: string[];
  /** Canonical names of the partner organizations. */
  orgNames: string[];
  placeId: string | null;
  placeFrom: PlaceFrom | null;
  sectorId: string | null;
  /** Sector keywords of its sentences (钠离子电池, 固态电池 …), for filtering and for the analyst's eye. */
  tags: string[];
  stage: Stage | null;
  date: string | null;
  /** The sentence that introduces it, and the verbatim quote cited (that sentence, or a window of it). */
  sentence: Sentence;
  quote: string;
  amounts: AmountMention[];
}

/** What one figure of the article is the figure of. */
export interface FigureLink {
  /** Index into the projects, or -1. */
  project: number;
  scope: AmountScope;
  projectCount: number | null;
  /** For figures of no project: the place and date they are of. */
  placeId: string | null;
  date: string | null;
  sentence: Sentence;
  quote: string;
}

/** Words anywhere before a figure that refer back to the project in focus: "作为…,该项目规划用地1000亩,总投资…". */
const BACK_WORDS =
  /该项目|这个项目|此项目|本项目|这一项目|该工程|此工程|整个项目|该基地|该园区|该产业园|该科技园|该园|该中心|该厂/g;
const REFERS_BACK = new RegExp(BACK_WORDS.source);
/**
 * A sentence that opens by referring back: "项目计划总投资105亿元", "一期投资30亿元", "目前,项目…". A sentence
 * that opens on the investment done, with no subject ("目前,完成本年度投资23.3亿元…"), goes on with the subject
 * of the one before it: Chinese leaves out a subject the previous sentence gave.
 */
const OPENS_BACK =
  /^(?:[^,，。]{0,6}[,，])?(?:该项目|这个项目|此项目|本项目|项目|工程|基地|园区|[一二三四首]期|项目[一二三四]期|其中[一二三四]期|(?:已|累计)?完成(?:本年度|年度|全年|今年)?投资)(?![0-9０-９一二三四五六七八九十]*个)/;
/** A sentence about a batch just named: "这三个大项目分别是…", "上述项目…", "其中…". */
const OPENS_ON_BATCH = /^(?:这|上述|这些|其中|分别)/;

/** What a project builds or makes, right before a name: "主要建设X", "建设内容为X", "新建X", "形成X". */
const PART_BEFORE =
  /(?:主要建设|建设内容(?:为|包括)|主要从事|主要生产|主要用于|新建|扩建|建设|形成|包括|包含|配套|设有)了?$/;

/** Back references to an organization of an earlier sentence ("今年该所与溧阳市政府…共建了…"). */
const ORG_BACK_REFERENCE = /^[^,，。]{0,6}?(?:该所|该院|该公司|该集团|该基金|该企业|集团目前|集团)/;

interface Record {
  mentions: ProjectMention[];
  /** Its distinct names and the lists it was named in: what a new mention is compared with, once each. */
  names: Set<string>;
  lists: Set<number>;
  /** Sentences that refer back to it without naming it. */
  backRefs: number[];
  amounts: AmountMention[];
  partners: string[];
}

/**
 * Whether a name at `at` is what its sentence is about: it opens the sentence, or follows only a time or a
 * place that opens it ("近日,X…", "8月19日,X…", "在金坛,X…").
 */
function isSubject(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before === "" || /^(?:[^,，。;；]{0,10}[,，])?(?:位于[^,，]{0,12}的)?$/.test(before);
}

const newRecord = (): Record => ({
  mentions: [],
  names: new Set(),
  lists: new Set(),
  backRefs: [],
  amounts: [],
  partners: [],
});

type Owner = { kind: "mention"; index: number } | { kind: "focus" } | { kind: "batch"; count: number } | null;

/** Whose each figure of a sentence is (figures already scoped as batch or aggregate are skipped). */
function figureOwners(
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

/** The furthest stage of several. */
function furthest(stages: ReadonlyArray<Stage | null>): Stage | null {
  let best = PRECEDENCE.length;
  for (const s of stages) if (s !== null) best = Math.min(best, PRECEDENCE.indexOf(s));
  return PRECEDENCE[best] ?? null;
}

export interface AssembledArticle {
  projects: ProjectCandidate[];
  /** One per amount, in the amounts' order. */
  figures: FigureLink[];
  /** Short forms the projects' names use for their partners ("恒立液压" of 江苏恒立液压股份有限公司). */
  orgAliases: { org: string; alias: string }[];
}

/**
 * Assembles the projects of one article.
 * @example assembleProjects(facts, amounts, context).projects.map(p => p.name) // ["动车组检修基地", …]
 */
export function assembleProjects(
  facts: readonly SentenceFacts[],
  amounts: readonly AmountMention[],
  context: ArticleContext,
): AssembledArticle {
  const records: Record[] = [];
  const recordOf = new Map<ProjectMention, Record>();
  const ownerOf = new Map<AmountMention, Record | "batch" | null>();
  const scopeOf = new Map<AmountMention, { scope: AmountScope | null; projectCount: number | null }>();
  let focus: Record | null = null;
  const pending: { sentence: number; amounts: AmountMention[] }[] = [];
  let previousOrg: OrgEntity | null = null;
  let listBase = 0;
  let unreported: { sentence: number; mention: ProjectMention; partners: string[] } | null = null;
  const trades = articleTradeNames([...new Set(facts.flatMap((f) => f.orgs.map((o) => o.org)))]);
  const orgAliases: { org: string; alias: string }[] = [];

  const findRecord = (m: ProjectMention) =>
    records.find(
      (r) =>
        !(m.list !== null && r.lists.has(m.list)) &&
        (r.names.has(m.name) || [...r.names].some((n) => sameProject(n, m.name))),
    );

  // Body first, then the headline: a headline restates what the body reports.
  // The names of the records so far, for each sentence to find again. Records and their names are only ever
  // added to, so the list is rebuilt only when their count has grown (a long article asks for it per sentence).
  let known: { count: number; names: string[] } = { count: 0, names: [] };
  const knownNames = () => {
    let count = 0;
    for (const r of records) count += r.names.size;
    if (count !== known.count) known = { count, names: records.flatMap((r) => [...r.names]) };
    return known.names;
  };
  const order = [...facts.keys()].filter((i) => !context.headline.has(i));
  order.push(...[...context.headline].sort((a, b) => a - b));
  const bodyEnd = order.length - context.headline.size;

  order.forEach((i, position) => {
    const f = facts[i]!;
    const text = f.sentence.text;
    const base = f.sentence.start;
    const isHeadline = position >= bodyEnd;
    // "X医院北院区一期工程招标公告发布。项目位于新北区,总投资约25亿元": a name the next sentence refers back to
    // is reported by that sentence, and is the project in focus.
    const refersBack = OPENS_BACK.test(text) || REFERS_BACK.test(text);
    if (!isHeadline && unreported && unreported.sentence === i - 1 && refersBack) {
      const record = newRecord();
      record.mentions.push(unreported.mention);
      record.names.add(unreported.mention.name);
      recordOf.set(unreported.mention, record);
      record.partners.push(...unreported.partners);
      records.push(record);
      focus = record;
    }
    unreported = null;
    // "这三个大项目分别是A、B和C": a sentence about the batch just reported shares its stage.
    const carried = OPENS_ON_BATCH.test(text) && i > 0 ? stageOf(facts[i - 1]!.sentence.text) : null;
    // "该项目…,主要建设储能电池生产线": in a sentence about the project in focus, what it builds is a part of it,
    // neither a project of its own nor the owner of the sentence's figures.
    const aboutFocus = focus !== null && refersBack;
    const isPart = (m: ProjectMention) =>
      aboutFocus &&
      !findRecord(m) &&
      PART_BEFORE.test(text.slice(Math.max(0, m.span.start - base - 8), m.span.start - base));
    const mentions = readMentions(f, i, listBase, knownNames())
      .filter((m) => !isPart(m))
      .map((m) => (m.stage === null && carried ? { ...m, stage: carried } : m));
    listBase += 1000;
    const scopes = figureScopes(
      text,
      f.amounts.map((a) => ({ ...a, start: a.start - base, end: a.end - base })),
      mentions.map((m) => ({ start: m.span.start - base, end: m.span.end - base, text: m.span.text })),
    );
    f.amounts.forEach((a, k) => scopeOf.set(a, scopes[k]!));
    // "X项目现场。作为…企业,江苏X精密五金有限公司在湖塘…规划建设厂房…,总投资1.19亿元": a sentence whose subject is
    // the company behind the project in focus speaks of that project.
    const firstOrg = f.orgs.find((o) => o.org.kind !== "政府");
    const aboutFocusCompany =
      focus !== null &&
      firstOrg !== undefined &&
      focus.partners.includes(firstOrg.org.name) &&
      (f.amounts[0] === undefined || firstOrg.span.start < f.amounts[0].start);
    const owners = figureOwners(text, base, f.amounts, scopes, mentions, aboutFocusCompany);
    const ownsMoney = (k: number) =>
      owners.some((o, j) => o?.kind === "mention" && o.index === k && f.amounts[j]!.money);

    // Accept the mentions the sentence reports something of, or that name a project already known.
    const accepted: (Record | null)[] = mentions.map((m, k) => {
      const known = findRecord(m);
      if (known) return known;
      const evident = !m.notProject && (m.reported || ownsMoney(k));
      if (!evident || (isHeadline && records.length > 0)) return null;
      const record = newRecord();
      records.push(record);
      return record;
    });

    const partners = f.orgs.filter((o) => o.org.kind !== "政府");
    const orgBack = previousOrg && ORG_BACK_REFERENCE.test(text) ? previousOrg.name : null;
    const projectMentions = mentions.filter((_, k) => accepted[k] !== null);
    mentions.forEach((m, k) => {
      const record = accepted[k];
      if (!record) return;
      record.mentions.push(m);
      record.names.add(m.name);
      if (m.list !== null) record.lists.add(m.list);
      recordOf.set(m, record);
      // Partners from its own words first (partners.ts), and one that 该所 / 集团 refers back to.
      const found = partnersOf(f, m, projectMentions, trades);
      record.partners.push(...(orgBack ? [orgBack, ...found.names] : found.names));
      orgAliases.push(...found.aliases);
    });

    const sentenceRecords = accepted.filter((r): r is Record => r !== null);
    if (
      sentenceRecords.length === 0 &&
      focus &&
      !isHeadline &&
      (OPENS_BACK.test(text) || REFERS_BACK.test(text))
    ) {
      focus.backRefs.push(i);
    }
    const sentencePending: AmountMention[] = [];
    f.amounts.forEach((a, j) => {
      const owner = owners[j];
      if (owner === null || owner === undefined) return;
      if (owner.kind === "batch") {
        scopeOf.set(a, { scope: "batch", projectCount: owner.count });
        return;
      }
      const record = owner.kind === "focus" ? focus : accepted[owner.index];
      if (record) {
        record.amounts.push(a);
        ownerOf.set(a, record);
      } else if (owner.kind === "focus" && records.length === 0) {
        sentencePending.push(a);
      }
    });
    if (records.length === 0 && OPENS_BACK.test(text))
      pending.push({ sentence: i, amounts: sentencePending });
    if (!isHeadline && sentenceRecords.length > 0) focus = sentenceRecords[sentenceRecords.length - 1]!;
    // The last name of the sentence that is no project yet, in case the next sentence refers back to it.
    const last = mentions.length - 1;
    if (
      !isHeadline &&
      last >= 0 &&
      sentenceRecords.length === 0 &&
      mentions[last]!.list === null &&
      !mentions[last]!.notProject &&
      isSubject(text, mentions[last]!.span.start - base)
    )
      unreported = {
        sentence: i,
        mention: mentions[last]!,
        partners: partnersOf(f, mentions[last]!, mentions, trades).names,
      };
    if (partners.length > 0) previousOrg = partners[partners.length - 1]!.org;
  });

  // "项目位于常州高新区生命健康产业园区" before the project is named: an article of one project means it.
  if (records.length === 1) {
    for (const p of pending) {
      records[0]!.backRefs.push(p.sentence);
      for (const a of p.amounts) {
        records[0]!.amounts.push(a);
        ownerOf.set(a, records[0]!);
      }
    }
  }

  const live = records.filter((r) => r.mentions.length > 0);
  const bySentenceMentions = new Map<number, ProjectMention[]>();
  for (const r of live)
    for (const m of r.mentions)
      bySentenceMentions.set(m.sentence, [...(bySentenceMentions.get(m.sentence) ?? []), m]);
  const words = sentenceWords(facts);
  // The date each sentence's paragraph opened with, for stages the sentence itself does not date.
  const carried: (string | null)[] = [];
  facts.forEach((f, i) => {
    carried[i] = context.headline.has(i) ? null : (openingDate(f) ?? carried[i - 1] ?? null);
  });
  const projects = withArticlePlace(
    live.map((r) => finish(r, facts, context, bySentenceMentions, words, carried)),
    context,
  );
  const indexOf = new Map(live.map((r, i) => [r, i] as const));
  const sentenceOf = new Map<AmountMention, SentenceFacts>();
  for (const f of facts) for (const a of f.amounts) sentenceOf.set(a, f);

  const figures = amounts.map((a): FigureLink => {
    const f = sentenceOf.get(a) ?? facts[0]!;
    const owner = ownerOf.get(a);
    const project = owner && owner !== "batch" ? (indexOf.get(owner) ?? -1) : -1;
    const scoped = scopeOf.get(a);
    const scope: AmountScope = project >= 0 ? "project" : (scoped?.scope ?? "project");
    const ofProject = project >= 0 ? projects[project] : undefined;
    const ownPlace =
      mostSpecificPlace(f.places.map((p) => p.placeId)) ?? context.articlePlace ?? context.publisherPlace;
    return {
      project,
      scope,
      projectCount: scope === "project" ? null : (scoped?.projectCount ?? null),
      placeId: ofProject ? null : ownPlace,
      date: ofProject ? null : dateBefore(f, a.start - f.sentence.start),
      sentence: f.sentence,
      quote: quoteAround(f.sentence, a),
    };
  });
  return { projects, figures, orgAliases };
}

/**
 * Places for projects whose own sentences, headline, lead and publisher name none: where every project placed by
 * its own sentence lies in one district, the article is about that place ("X创新社区项目位于西太湖…。首批已有A、
 * B等项目签约入驻"); else the place the article names most often, if one does (常州经开区 seven times).
 */
function withArticlePlace(projects: ProjectCandidate[], context: ArticleContext): ProjectCandidate[] {
  if (projects.every((p) => p.placeId !== null)) return projects;
  const placed = projects.filter((p) => p.placeFrom === "sentence" && p.placeId !== null);
  const districts = new Set(placed.map((p) => districtOf(p.placeId!)?.id ?? null));
  const shared =
    placed.length > 0 && districts.size === 1 && !districts.has(null) ? placed[0]!.placeId : null;
  const placeId = shared ?? context.frequentPlace;
  if (placeId === null) return projects;
  return projects.map((p) => (p.placeId === null ? { ...p, placeId, placeFrom: "article" } : p));
}

/** A record's fields from all its mentions and the sentences that refer back to it. */
/** A sentence's sector words and sector, worked out once however many projects it names. */
interface SentenceWords {
  keywords(sentence: number): readonly string[];
  sector(sentence: number): SectorNode | null;
}

function sentenceWords(facts: readonly SentenceFacts[]): SentenceWords {
  const keywords = new Map<number, readonly string[]>();
  const sectors = new Map<number, SectorNode | null>();
  return {
    keywords: (i) => {
      let found = keywords.get(i);
      if (!found) keywords.set(i, (found = sectorKeywords(facts[i]!.sentence.text)));
      return found;
    },
    sector: (i) => {
      if (!sectors.has(i)) sectors.set(i, classifySector(facts[i]!.sentence.text));
      return sectors.get(i)!;
    },
  };
}

function finish(
  record: Record,
  facts: readonly SentenceFacts[],
  context: ArticleContext,
  otherNames: ReadonlyMap<number, readonly ProjectMention[]>,
  words: SentenceWords,
  carried: readonly (string | null)[],
): ProjectCandidate {
  const bodyMentions = record.mentions.filter((m) => !context.headline.has(m.sentence));
  const mentions = bodyMentions.length > 0 ? bodyMentions : record.mentions;
  const first = mentions[0]!;
  const names = [...new Set(record.mentions.map((m) => m.name))];
  const name = preferredName(mentions.map((m) => m.name));
  // Places inside another project's name are that project's ("…武进高新区产业化基地和钟楼区智能制造基地、特种焊接材料").
  const placesOf = (m: ProjectMention, from: number, to: number) => {
    const f = facts[m.sentence]!;
    const others = otherNames.get(m.sentence) ?? [];
    // A place inside its own name counts where it heads the name ("溧阳高新区光伏产业园项目", "金坛华罗庚…"); a park's
    // name inside a longer name ("东方生命健康产业园") is only part of a name.
    const heads = (p: { start: number }) =>
      p.start === m.span.start || f.places.some((q) => q.end === p.start && q.start >= m.span.start);
    return f.places
      .filter((p) => p.start - f.sentence.start >= from && p.end - f.sentence.start <= to)
      .filter((p) =>
        p.start >= m.span.start && p.end <= m.span.end
          ? heads(p)
          : !others.some((o) => o !== m && o.span.start <= p.start && p.end <= o.span.end),
      )
      .map((p) => p.placeId);
  };
  const relSpan = (m: ProjectMention) => {
    const base = facts[m.sentence]!.sentence.start;
    return { start: m.span.start - base, end: m.span.end - base };
  };
  const pick = (ids: (string | null)[]) => ids.find((id) => id !== null) ?? null;
  const own = pick(mentions.map((m) => mostSpecificPlace(placesOf(m, relSpan(m).start, relSpan(m).end))));
  const inScope = pick(mentions.map((m) => mostSpecificPlace(placesOf(m, m.scope.start, m.scope.end))));
  const inSentence = pick(mentions.map((m) => mostSpecificPlace(placesOf(m, 0, Infinity))));
  const inBackRefs = pick(
    record.backRefs.map((i) => mostSpecificPlace(facts[i]!.places.map((p) => p.placeId))),
  );
  const sentencePlace = refinePlace([own, inScope, inSentence, inBackRefs]);
  const placeId = sentencePlace ?? context.articlePlace ?? context.publisherPlace;
  const placeFrom: PlaceFrom | null =
    sentencePlace !== null
      ? "sentence"
      : context.articlePlace !== null
        ? "article"
        : placeId !== null
          ? "publisher"
          : null;

  // A sentence that names several projects speaks of each between its neighbours' names: "总投资100亿元的常州集成
  // 电路生态产业园、…和总投资30亿元的常州新科人居智能舒适系统项目" says nothing of the last one's trade in the first.
  const ownSegment = (m: ProjectMention) => {
    const base = facts[m.sentence]!.sentence.start;
    const others = (otherNames.get(m.sentence) ?? []).filter((o) => o.name !== m.name);
    const before = others.filter((o) => o.span.end <= m.span.start).map((o) => o.span.end - base);
    const after = others.filter((o) => o.span.start >= m.span.end).map((o) => o.span.start - base);
    return {
      start: Math.max(m.scope.start, ...before),
      end: Math.min(m.scope.end, ...after),
      alone: others.length === 0,
    };
  };
  // Stretches of its own sentences (sentence, start, end), read with the organizations in them set apart.
  const ownStretches: [number, number, number][] = mentions.flatMap((m) => {
    const length = facts[m.sentence]!.sentence.text.length;
    const seg = ownSegment(m);
    const stretches: [number, number, number][] = [
      [m.sentence, relSpan(m).end, seg.end],
      [m.sentence, seg.start, seg.end],
    ];
    if (seg.alone && m.list === null) stretches.push([m.sentence, 0, length]);
    return stretches;
  });
  ownStretches.push(
    ...record.backRefs.map((i): [number, number, number] => [i, 0, facts[i]!.sentence.text.length]),
  );
  const classifyStretch = ([i, start, end]: [number, number, number]) => {
    const f = facts[i]!;
    const base = f.sentence.start + start;
    const orgs = f.orgs.map((o) => ({ start: o.span.start - base, end: o.span.end - base }));
    return classifyClause(f.sentence.text.slice(start, end), orgs);
  };
  // Only where the other names hang off this one as a list of its products ("…研究中心，钠离子电池…、卫蓝固态
  // 电池等产业化项目落地"); a peer project's words ("协和电子…电路板项目一期投产，东方生命健康产业园…开工") are not its.
  const sharedSentences = mentions
    .filter((m) =>
      (otherNames.get(m.sentence) ?? []).every(
        (o) => o.name === m.name || (o.list !== null && o.list !== m.list),
      ),
    )
    .map((m) => m.sentence);
  const firstIn = (texts: readonly string[], classify: (t: string) => SectorNode | null) =>
    texts.reduce<SectorNode | null>((found, t) => found ?? classify(t), null);
  // The name decides when it can; then the words about it alone; then a loose word of its name; then what its
  // sentence says of it and its neighbours together ("合作共建了…研究中心，钠离子电池…等产业化项目落地").
  const sector =
    firstIn(names, classifyName) ??
    ownStretches.reduce<SectorNode | null>((found, t) => found ?? classifyStretch(t), null) ??
    firstIn(names, weakSector) ??
    sharedSentences.reduce<SectorNode | null>((found, i) => found ?? words.sector(i), null);
  const tags = [...new Set(mentions.flatMap((m) => words.keywords(m.sentence)))];
  // The stage is the furthest any of its sentences states; its date is that statement's (stageDates.ts).
  const statements = [
    ...mentions.map((m) => ({
      stage: m.stage,
      sentence: m.sentence,
      at: m.stageAt ?? relSpan(m).start,
    })),
    ...record.backRefs.map((i) => {
      const found = stageIn(facts[i]!.sentence.text);
      return { stage: found?.stage ?? null, sentence: i, at: found?.at ?? 0 };
    }),
  ];
  const ownStage = furthest(statements.map((s) => s.stage));
  const stage = ownStage ?? context.eventStage;
  const stated = statements.find((s) => s.stage === ownStage) ?? statements[0]!;
  // A project with no stage has no stage event to date, unless the article's event gives it one: then the date
  // the paragraph opened with is that event's.
  // A plan has no event to date: the paragraph's date is not its date (its own written date still is).
  const carriedFor = (i: number) => (ownStage === "拟建" ? null : (carried[i] ?? null));
  const date =
    ownStage !== null
      ? stageDate(facts[stated.sentence]!, stated.at, carriedFor(stated.sentence))
      : stage !== null
        ? (carried[stated.sentence] ?? null)
        : null;
  const f = facts[first.sentence]!;
  return {
    name,
    aliases: names.filter((n) => n !== name),
    orgNames: [...new Set(record.partners)],
    placeId,
    placeFrom,
    sectorId: sector?.id ?? null,
    tags,
    stage,
    date,
    sentence: f.sentence,
    quote: quoteAround(f.sentence, first.span),
    amounts: [...new Set(record.amounts)].sort((a, b) => a.start - b.start),
  };
}
