/**
 * The ingest pipeline for one article: clean, then the stages (amounts, dates, organizations, places), then
 * the article-level assembly of projects (with figures tied to their project, batch or aggregate) and the
 * per-sentence events. Pure: text in, plain data out.
 */
import { extractAmounts } from "./amounts";
import { articleContext, type ArticleContext, type ArticleMeta } from "./articleContext";
import { assembleProjects, type FigureLink, type ProjectCandidate } from "./assembleProjects";
import { cleanArticle, type CleanArticle } from "./clean";
import { extractDates } from "./dates";
import { assembleEvent, findOfficials, type EventCandidate } from "./events";
import { addHeadCompanies } from "./headCompanies";
import { forgetComparedNames } from "./coreference";
import { forgetJudgedNames } from "./nameFilters";
import { forgetReadStages } from "./stages";
import { extractOrganizations } from "./organizations";
import { boundSentences } from "./longSentences";
import { extractPlaces, type PlaceMention } from "./places";
import { quoteAround } from "./quotes";
import { bySentence, type SentenceFacts } from "./sentenceFacts";
import type { AmountMention, DateMention, OrgEntity, Span } from "./types";

export type { ArticleMeta } from "./articleContext";
export type { ProjectCandidate } from "./assembleProjects";

export interface ArticleExtraction {
  clean: CleanArticle;
  amounts: AmountMention[];
  dates: DateMention[];
  organizations: OrgEntity[];
  places: PlaceMention[];
  projects: ProjectCandidate[];
  events: EventCandidate[];
  /** For every amount (same order as `amounts`): whose figure it is, its scope, and its quote. */
  figures: FigureLink[];
  context: ArticleContext;
}

/**
 * Extracts everything one article says.
 * @example extractArticle(text, "2018-11-13").projects.map(p => p.name) // ["动车组检修基地", …]
 */
export function extractArticle(
  raw: string,
  published: string | null,
  meta: ArticleMeta = {},
): ArticleExtraction {
  // The stages remember what they judged within one article only (a list's items share stretches and phrases).
  forgetJudgedNames();
  forgetReadStages();
  forgetComparedNames();
  const clean = cleanArticle(raw);
  const { text } = clean;
  const amounts = extractAmounts(text);
  const dates = extractDates(text, published);
  const found = extractOrganizations(text);
  const places = extractPlaces(text);
  const officials = findOfficials(text);

  const orgMentions = found.flatMap((org) =>
    org.mentions.map((span: Span) => ({ start: span.start, span, org })),
  );
  // Cut overlong lines (lost punctuation) into pieces, never through a figure or a name: linear work.
  const sentences = boundSentences(clean.sentences, [...amounts, ...orgMentions.map((m) => m.span)]);
  const amountsBy = bySentence(sentences, amounts);
  const datesBy = bySentence(sentences, dates);
  const placesBy = bySentence(sentences, places);
  const orgsBy = bySentence(sentences, orgMentions);
  const facts: SentenceFacts[] = sentences.map((sentence, i) => ({
    sentence,
    amounts: amountsBy[i] ?? [],
    dates: datesBy[i] ?? [],
    places: placesBy[i] ?? [],
    orgs: orgsBy[i] ?? [],
  }));
  const context = articleContext(sentences, places, meta);
  const assembled = assembleProjects(facts, amounts, context);
  const { figures, orgAliases } = assembled;
  // The short forms projects' names use for their partners become aliases of those organizations.
  for (const { org, alias } of orgAliases) {
    const entity = found.find((o) => o.name === org);
    if (entity && alias !== entity.name && !entity.aliases.includes(alias)) entity.aliases.push(alias);
  }
  // A project no organization of the article is behind is its head company's (协和电子…项目).
  const heads = addHeadCompanies(found, assembled.projects);
  const organizations = heads.organizations;
  const projects = assembled.projects.map((p, i) => ({ ...p, orgNames: heads.partners[i]! }));

  const events: EventCandidate[] = [];
  let carriedDate: string | null = null;
  for (const f of facts) {
    // A date that opens a sentence dates what the following sentences narrate ("13日,市长丁纯一行拜访了…").
    // Only a month or a day does: "今年该所…" opens a sentence but dates nothing after it.
    const opening = f.dates.find(
      (d) => d.start - f.sentence.start <= 1 && d.value !== null && d.precision !== "year",
    );
    if (opening) carriedDate = opening.value;
    const event = assembleEvent(f, officials, carriedDate);
    if (event) events.push({ ...event, quote: quoteAround(f.sentence, f.orgs[0]?.span ?? f.sentence) });
  }

  return { clean, amounts, dates, organizations, places, projects, events, figures, context };
}
