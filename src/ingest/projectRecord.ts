/**
 * A project record as the article is read: the mentions that name it, the sentences that refer back to it, its
 * figures and partners. `finishRecord` turns one into a project candidate: its name, place, sector, stage and
 * date, each from its own words first, then its sentences, then the article.
 */
import type { PlaceFrom, Stage } from "../core/dataset";
import type { SectorNode } from "../core/sectors";
import type { ArticleContext } from "./articleContext";
import type { ProjectCandidate } from "./assembleProjects";
import { preferredName } from "./coreference";
import { mostSpecificPlace, refinePlace, unambiguousPlace } from "./placeChoice";
import type { ProjectMention } from "./projectMentions";
import { quoteAround } from "./quotes";
import { classifyClause, classifyName, classifySector, sectorKeywords, weakSector } from "./sectors";
import type { SentenceFacts } from "./sentenceFacts";
import { stageDate } from "./stageDates";
import { PRECEDENCE, stageIn } from "./stages";
import type { AmountMention } from "./types";

/** One project as the article builds it up: its mentions, the sentences that refer back, its figures. */
export interface ProjectRecord {
  mentions: ProjectMention[];
  /** Its distinct names and the lists it was named in: what a new mention is compared with, once each. */
  names: Set<string>;
  lists: Set<number>;
  /** Sentences that refer back to it without naming it. */
  backRefs: number[];
  amounts: AmountMention[];
  partners: string[];
}

export const newRecord = (): ProjectRecord => ({
  mentions: [],
  names: new Set(),
  lists: new Set(),
  backRefs: [],
  amounts: [],
  partners: [],
});

/** Every date of a sentence may date a statement of a sentence that names no other project. */
const ANY_DATE = (_at: number) => true;

/** The furthest stage of several. */
function furthest(stages: ReadonlyArray<Stage | null>): Stage | null {
  let best = PRECEDENCE.length;
  for (const s of stages) if (s !== null) best = Math.min(best, PRECEDENCE.indexOf(s));
  return PRECEDENCE[best] ?? null;
}

/** A sentence's sector words and sector, worked out once however many projects it names. */
export interface SentenceWords {
  keywords(sentence: number): readonly string[];
  sector(sentence: number): SectorNode | null;
}

export function sentenceWords(facts: readonly SentenceFacts[]): SentenceWords {
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

/** A record's fields from all its mentions and the sentences that refer back to it. */
export function finishRecord(
  record: ProjectRecord,
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
  // "A项目于8月建成投产,B项目完成主体施工": a date in another project's clause, after its name, is that
  // project's. Items of one list share their dates.
  const ownDates = (m: ProjectMention) => {
    const text = facts[m.sentence]!.sentence.text;
    const ends = (otherNames.get(m.sentence) ?? [])
      .filter((o) => o.name !== m.name && (m.list === null || o.list !== m.list))
      .map((o) => relSpan(o).end);
    return (at: number) => !ends.some((end) => end <= at && !/[,，;；]/.test(text.slice(end, at)));
  };

  const own = pick(mentions.map((m) => mostSpecificPlace(placesOf(m, relSpan(m).start, relSpan(m).end))));
  const inScope = pick(mentions.map((m) => mostSpecificPlace(placesOf(m, m.scope.start, m.scope.end))));
  const inSentence = pick(mentions.map((m) => unambiguousPlace(placesOf(m, 0, Infinity))));
  const inBackRefs = pick(
    record.backRefs.map((i) => mostSpecificPlace(facts[i]!.places.map((p) => p.placeId))),
  );
  const sentencePlace = refinePlace([own, inScope, inSentence, inBackRefs]);
  // Its sentences name places of several districts and none is its own: the article cannot say either.
  const placeUnclear = sentencePlace === null && mentions.some((m) => placesOf(m, 0, Infinity).length > 0);
  const placeId = placeUnclear ? null : (sentencePlace ?? context.articlePlace ?? context.publisherPlace);
  const placeFrom: PlaceFrom | null =
    placeId === null
      ? null
      : sentencePlace !== null
        ? "sentence"
        : context.articlePlace !== null
          ? "article"
          : "publisher";

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
      window: ownDates(m),
    })),
    ...record.backRefs.map((i) => {
      const found = stageIn(facts[i]!.sentence.text);
      return { stage: found?.stage ?? null, sentence: i, at: found?.at ?? 0, window: ANY_DATE };
    }),
  ];
  const ownStage = furthest(statements.map((s) => s.stage));
  const stage = ownStage ?? context.eventStage;
  const stated = statements.find((s) => s.stage === ownStage) ?? statements[0]!;
  // A project with no stage has no stage event to date, unless the article's event gives it one: then the date
  // the paragraph opened with is that event's.
  // A plan has no event to date: the paragraph's date is not its date (its own written date still is).
  const carriedFor = (i: number) => (ownStage === "拟建" ? null : (carried[i] ?? null));
  // An undated first statement (a headline line "X项目开工") gives way to a later one of the same stage that
  // writes its own date ("12月26日,X项目举行开工仪式"); a paragraph's date is carried to the first only.
  const writtenDate = (s: (typeof statements)[number]) =>
    s.stage === ownStage ? stageDate(facts[s.sentence]!, s.at, null, s.window) : null;
  const date =
    ownStage !== null
      ? (stageDate(facts[stated.sentence]!, stated.at, carriedFor(stated.sentence), stated.window) ??
        statements.reduce<string | null>((d, s) => d ?? writtenDate(s), null))
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
    placeUnclear,
    sectorId: sector?.id ?? null,
    tags,
    stage,
    date,
    sentence: f.sentence,
    quote: quoteAround(f.sentence, first.span),
    amounts: [...new Set(record.amounts)].sort((a, b) => a.start - b.start),
  };
}
