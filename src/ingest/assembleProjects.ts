/**
 * Document-level assembly of projects: the article, not the sentence, is the unit. Mentions of one project
 * in several sentences (long and short forms) become one record; a figure, place, partner or stage in a later
 * sentence that refers back ("该项目总投资…", "项目建成后…", "一期投资30亿元…") belongs to the project in focus;
 * batch and aggregate figures belong to no project; a project whose sentences name no place takes the
 * headline's, the lead's or the publisher's, and says which.
 */
import type { AmountScope, PlaceFrom, Stage } from "../core/dataset";
import { districtOf, mostSpecificPlace } from "./placeChoice";
import type { ArticleContext } from "./articleContext";
import type { Sentence } from "./clean";
import { nameKey, sameProject } from "./coreference";
import { withoutPlace } from "./orgForms";
import { COUNTRY_HEAD, sharedHead } from "./tradeNames";
import { figureScopes } from "./figureScope";
import { articleTradeNames, buildersOf, partnersOf } from "./partners";
import { readMentions, type ProjectMention } from "./projectMentions";
import { REFERS_BACK, OPENS_BACK, figureOwners } from "./figureOwners";
import { finishRecord, newRecord, sentenceWords, type ProjectRecord } from "./projectRecord";
import { quoteAround } from "./quotes";
import { dateBefore, type SentenceFacts } from "./sentenceFacts";
import { openingDate } from "./stageDates";
import { stageOf } from "./stages";
import type { AmountMention, OrgEntity } from "./types";

export interface ProjectCandidate {
  name: string;
  /** Other names the article uses for it. */
  aliases: string[];
  /** Canonical names of the partner organizations. */
  orgNames: string[];
  placeId: string | null;
  placeFrom: PlaceFrom | null;
  /** Its sentences name places of several districts, none its own: no article-wide place is given to it. */
  placeUnclear: boolean;
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

/** A sentence about a batch just named: "这三个大项目分别是…", "上述项目…", "其中…". */
const OPENS_ON_BATCH = /^(?:这|上述|这些|其中|分别)/;

/** What a project builds or makes, right before a name: "主要建设X", "建设内容为X", "新建X", "形成X". */
// A capacity may stand between the verb and what is built: "建设年产12万吨负极材料生产线".
const PART_BEFORE =
  /(?:主要建设|建设内容(?:为|包括)|主要从事|主要生产|主要用于|新建|扩建|建设|形成|包括|包含|配套|设有)了?(?:年产(?:能)?[^,，。;；]{1,12})?$/;

const CLAUSE_BREAKS = new Set([..."，,；;：:"].map((c) => c.charCodeAt(0)));

/** A clause that only says what the project before it builds: "将建设", "并配套", "主要生产". */
const PART_CLAUSE = new RegExp(`^(?:将|拟|计划|预计|并|还|同时|主要|重点)*(?:${PART_BEFORE.source})`);

/** A sentence that holds figures and nothing else but punctuation: "总投资40亿元!". */
function isFiguresOnly(f: SentenceFacts): boolean {
  if (f.amounts.length === 0) return false;
  let rest = f.sentence.text;
  for (const a of [...f.amounts].sort((x, y) => y.start - x.start))
    rest = rest.slice(0, a.start - f.sentence.start) + rest.slice(a.end - f.sentence.start);
  return /^[\s!！。,，:：、]*$/.test(rest);
}

/** Back references to an organization of an earlier sentence ("今年该所与溧阳市政府…共建了…"). */
// A bare 集团 refers back only where it opens the sentence or its first clause: "瑞士ABB集团投资的…" names its own.
const ORG_BACK_REFERENCE =
  /^(?:[^,，。]{0,6}?(?:该所|该院|该公司|该集团|该基金|该企业)|(?:[^,，。]{0,8}[,，])?集团)/;

/**
 * Whether a name at `at` is what its sentence is about: it opens the sentence, or follows only a time or a
 * place that opens it ("近日,X…", "8月19日,X…", "在金坛,X…").
 */
function isSubject(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return before === "" || /^(?:[^,，。;；]{0,10}[,，])?(?:位于[^,，]{0,12}的)?$/.test(before);
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
  const records: ProjectRecord[] = [];
  const recordOf = new Map<ProjectMention, ProjectRecord>();
  const ownerOf = new Map<AmountMention, ProjectRecord | "batch" | null>();
  const scopeOf = new Map<AmountMention, { scope: AmountScope | null; projectCount: number | null }>();
  let focus: ProjectRecord | null = null;
  const pending: { sentence: number; amounts: AmountMention[] }[] = [];
  let previousOrg: OrgEntity | null = null;
  let listBase = 0;
  let headlineFigures: AmountMention[] = [];
  let unreported: { sentence: number; mention: ProjectMention; partners: string[] } | null = null;
  const trades = articleTradeNames([...new Set(facts.flatMap((f) => f.orgs.map((o) => o.org)))]);
  const orgAliases: { org: string; alias: string }[] = [];

  const findRecord = (m: ProjectMention) =>
    records.find(
      (r) =>
        !(m.list !== null && r.lists.has(m.list)) &&
        (r.names.has(m.name) || [...r.names].some((n) => sameProject(n, m.name))),
    ) ?? byPartnerBrand(m.name);
  // The article's trade names by their first two characters, the least a shared head holds: most names open
  // with none of them, and are then compared with no record (a long article has thousands).
  const tradesByHead = new Map<string, { org: string; trade: string }[]>();
  for (const [org, forms] of trades)
    for (const trade of forms) {
      const list = tradesByHead.get(trade.slice(0, 2)) ?? [];
      list.push({ org, trade });
      tradesByHead.set(trade.slice(0, 2), list);
    }
  // "常州博涵智能装备有限公司新能源汽车电驱系统项目" … "博涵电驱系统项目": a later name that opens with the trade
  // name of a record's company and ends as the record's name does is that record; the bare brand (博涵项目) is
  // the company's only project.
  const byPartnerBrand = (name: string) => {
    const plain = withoutPlace(nameKey(name).replace(COUNTRY_HEAD, ""));
    const candidates = tradesByHead.get(plain.slice(0, 2));
    if (candidates === undefined) return undefined;
    const matches = records.filter((r) =>
      candidates.some(({ org, trade }) => {
        if (!r.partners.includes(org)) return false;
        const head = sharedHead(plain, trade);
        if (head === null) return false;
        const rest = plain.slice(head.length);
        return rest === "" || (rest.length >= 2 && [...r.names].some((n) => nameKey(n).endsWith(rest)));
      }),
    );
    return matches.length === 1 ? matches[0] : undefined;
  };

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
    // "开工项目中,A项目总投资20亿元;B项目总投资12亿元": a semicolon goes on with the statement before it.
    const previous = i > 0 ? facts[i - 1]!.sentence.text : "";
    const carried =
      (OPENS_ON_BATCH.test(text) || /[;；]\s*$/.test(previous)) && i > 0 ? stageOf(previous) : null;
    // "该项目…,主要建设储能电池生产线": in a sentence about the project in focus, what it builds is a part of it,
    // neither a project of its own nor the owner of the sentence's figures.
    // Before any project is named, a sentence referring back speaks of the one the headline names.
    const aboutFocus = (focus !== null || records.length === 0) && refersBack;
    const read = readMentions(f, i, listBase, knownNames());
    // "X项目总投资12亿元,将建设Y平台": a clause of nothing but a building verb goes on with the project before it,
    // so what it builds is a part of that project too.
    const partOfEarlier = (m: ProjectMention) => {
      const at = m.span.start - base;
      // The clause before the name, read backwards: such a clause is a few words, so 30 characters suffice.
      let from = at;
      while (from > 0 && at - from < 30 && !CLAUSE_BREAKS.has(text.charCodeAt(from - 1))) from--;
      if (from === 0 || !CLAUSE_BREAKS.has(text.charCodeAt(from - 1))) return false;
      const clause = text.slice(from, at);
      return (
        clause.length < at &&
        PART_CLAUSE.test(clause) &&
        read.some((e) => e !== m && !e.notProject && e.span.end - base <= at - clause.length)
      );
    };
    const isPart = (m: ProjectMention) =>
      !findRecord(m) &&
      ((aboutFocus &&
        PART_BEFORE.test(text.slice(Math.max(0, m.span.start - base - 20), m.span.start - base))) ||
        partOfEarlier(m));
    const mentions = read
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
    const accepted: (ProjectRecord | null)[] = mentions.map((m, k) => {
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

    const sentenceRecords = accepted.filter((r): r is ProjectRecord => r !== null);
    // "总投资40亿元!X项目签约": a headline's figure standing alone is the figure of the project its next part names.
    if (isHeadline && headlineFigures.length > 0 && sentenceRecords.length === 1) {
      for (const a of headlineFigures) {
        sentenceRecords[0]!.amounts.push(a);
        ownerOf.set(a, sentenceRecords[0]!);
      }
    }
    headlineFigures = isHeadline && isFiguresOnly(f) ? f.amounts.filter((a) => a.money) : [];
    if (
      sentenceRecords.length === 0 &&
      focus &&
      !isHeadline &&
      (OPENS_BACK.test(text) || REFERS_BACK.test(text))
    ) {
      focus.backRefs.push(i);
      // "该项目…,由X投资建设": the builder of the project the sentence refers back to is its partner.
      focus.partners.push(...buildersOf(f));
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
    live.map((r) => finishRecord(r, facts, context, bySentenceMentions, words, carried)),
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
  return projects.map((p) =>
    p.placeId === null && !p.placeUnclear ? { ...p, placeId, placeFrom: "article" } : p,
  );
}
