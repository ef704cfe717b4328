/**
 * The ingest pipeline for one article: clean, then the stages (amounts, dates, organizations, places), then
 * per-sentence assembly of projects and events. Pure: text in, plain data out.
 */
import { extractAmounts } from "./amounts";
import { cleanArticle, type CleanArticle, type Sentence } from "./clean";
import { extractDates } from "./dates";
import { assembleEvent, findOfficials, type EventCandidate } from "./events";
import { extractOrganizations } from "./organizations";
import { extractPlaces, type PlaceMention } from "./places";
import { assembleProjects, type ProjectCandidate, type SentenceFacts } from "./projects";
import type { AmountMention, DateMention, OrgEntity, Span } from "./types";

export interface ArticleExtraction {
  clean: CleanArticle;
  amounts: AmountMention[];
  dates: DateMention[];
  organizations: OrgEntity[];
  places: PlaceMention[];
  projects: ProjectCandidate[];
  events: EventCandidate[];
  /** For every amount (same order as `amounts`): the index in `projects` it belongs to, or -1. */
  amountProject: number[];
  /** For every amount: the sentence it stands in. */
  amountSentence: Sentence[];
}

/** Puts positioned items into the sentence that holds their start, in one pass over both sorted lists. */
function bySentence<T extends { start: number }>(sentences: readonly Sentence[], items: readonly T[]): T[][] {
  const buckets: T[][] = sentences.map(() => []);
  const sorted = [...items].sort((a, b) => a.start - b.start);
  let s = 0;
  for (const item of sorted) {
    while (s < sentences.length - 1 && item.start >= (sentences[s]?.end ?? 0)) s++;
    buckets[s]?.push(item);
  }
  return buckets;
}

/**
 * Extracts everything one article says.
 * @example extractArticle(text, "2018-11-13").projects.map(p => p.name) // ["天然气储气库", "动车组检修基地", …]
 */
export function extractArticle(raw: string, published: string | null): ArticleExtraction {
  const clean = cleanArticle(raw);
  const { text, sentences } = clean;
  const amounts = extractAmounts(text);
  const dates = extractDates(text, published);
  const organizations = extractOrganizations(text);
  const places = extractPlaces(text);
  const officials = findOfficials(text);

  const orgMentions = organizations.flatMap((org) =>
    org.mentions.map((span: Span) => ({ start: span.start, span, org })),
  );
  const amountsBy = bySentence(sentences, amounts);
  const datesBy = bySentence(sentences, dates);
  const placesBy = bySentence(sentences, places);
  const orgsBy = bySentence(sentences, orgMentions);

  const projects: ProjectCandidate[] = [];
  const events: EventCandidate[] = [];
  const amountProject = new Map<AmountMention, number>();
  const amountSentence = new Map<AmountMention, Sentence>();
  let previousOrg: OrgEntity | null = null;
  let carriedDate: string | null = null;
  sentences.forEach((sentence, i) => {
    const facts: SentenceFacts = {
      sentence,
      amounts: amountsBy[i] ?? [],
      dates: datesBy[i] ?? [],
      places: placesBy[i] ?? [],
      orgs: orgsBy[i] ?? [],
    };
    for (const a of facts.amounts) amountSentence.set(a, sentence);
    // A date that opens a sentence dates what the following sentences narrate ("13日,市长丁纯一行拜访了…").
    // Only a month or a day does: "今年该所…" opens a sentence but dates nothing after it.
    const opening = facts.dates.find(
      (d) => d.start - sentence.start <= 1 && d.value !== null && d.precision !== "year",
    );
    if (opening) carriedDate = opening.value;
    for (const project of assembleProjects(facts, previousOrg)) {
      for (const a of project.amounts) amountProject.set(a, projects.length);
      projects.push(project);
    }
    const event = assembleEvent(facts, officials, carriedDate);
    if (event) events.push(event);
    const partners = facts.orgs.filter((o) => o.org.kind !== "政府");
    if (partners.length > 0) previousOrg = partners[partners.length - 1]!.org;
  });

  return {
    clean,
    amounts,
    dates,
    organizations,
    places,
    projects,
    events,
    amountProject: amounts.map((a) => amountProject.get(a) ?? -1),
    amountSentence: amounts.map((a) => amountSentence.get(a) ?? sentences[0]!),
  };
}
