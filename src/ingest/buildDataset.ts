/**
 * From articles and curation to the published dataset: ids from content, organizations merged across
 * articles by canonical name, curation applied, every quote checked verbatim against its source. Pure: the
 * CLI reads the files and passes their contents in.
 */
import {
  SCHEMA_VERSION,
  type Amount,
  type Dataset,
  type DatasetEvent,
  type Organization,
  type Project,
  type Source,
} from "../core/dataset";
import { contentId, sha256Hex } from "../core/hash";
import { PLACES } from "../core/places";
import { SECTOR_TREE } from "../core/sectors";
import { findPlace, findSector } from "../core/taxonomy";
import { validateDataset, describeProblems } from "../core/validate";
import type { Curation, CurationEntry } from "./curation";
import { extractArticle, type ArticleExtraction } from "./extractArticle";
import {
  type ForcedMerge,
  type UndertakingMerge,
  type UndertakingResult,
  mergeUndertakings,
} from "./undertakings";

export interface ArticleInput {
  /** Stable source id: the file's name without extension (seed-article). */
  id: string;
  title: string;
  publisher: string;
  published: string | null;
  url: string | null;
  /** SHA-256 of the file as stored. */
  sha256: string;
  /** The decoded text. */
  text: string;
}

/** A build failure: what is wrong and where, for a person. */
export class BuildError extends Error {
  constructor(
    message: string,
    readonly where: string,
  ) {
    super(`${where}: ${message}`);
    this.name = "BuildError";
  }
}

type Content = Omit<Dataset, "version" | "builtAt">;

/** Organizations of all articles, one per canonical name, with every alias seen anywhere. */
export function collectOrganizations(
  extractions: ReadonlyArray<ArticleExtraction>,
): Map<string, Organization & { parent: string | null }> {
  const byName = new Map<string, Organization & { parent: string | null }>();
  for (const ex of extractions) {
    for (const org of ex.organizations) {
      const existing = byName.get(org.name);
      if (existing) {
        existing.aliases = [...new Set([...existing.aliases, ...org.aliases])].sort();
        existing.parent ??= org.parent;
      } else {
        byName.set(org.name, {
          id: contentId("org", org.name),
          name: org.name,
          aliases: [...org.aliases].sort(),
          kind: org.kind,
          parentId: null,
          parent: org.parent,
        });
      }
    }
  }
  return byName;
}

/** Applies a merge: every use of the `from` names points to the organization named `into`. */
function mergeOrganizations(
  orgs: Map<string, Organization & { parent: string | null }>,
  entry: Extract<CurationEntry, { action: "mergeOrganizations" }>,
  rename: Map<string, string>,
) {
  const where = `curation entry '${entry.id}'`;
  // Merging a name into itself would delete the organization and leave its projects without their partner.
  if (entry.from.includes(entry.into))
    throw new BuildError(`merges '${entry.into}' into itself: remove it from 'from'`, where);
  const into = orgs.get(entry.into);
  if (!into) throw new BuildError(`organization '${entry.into}' is not in the dataset`, where);
  for (const name of entry.from) {
    const from = orgs.get(name);
    if (!from) throw new BuildError(`organization '${name}' is not in the dataset`, where);
    into.aliases = [...new Set([...into.aliases, from.name, ...from.aliases])]
      .filter((a) => a !== into.name)
      .sort();
    orgs.delete(name);
    rename.set(name, entry.into);
  }
}

function matchProject(projects: Project[], key: string, entry: CurationEntry): Project[] {
  return matchProjectOf(projects, key, entry);
}

function matchProjectOf(projects: Project[], key: string, entry: CurationEntry): Project[] {
  const hits = projects.filter((p) => p.id === key || p.name === key || p.aliases.includes(key));
  if (hits.length === 0)
    throw new BuildError(`no project has the id or name '${key}'`, `curation entry '${entry.id}'`);
  return hits;
}

/**
 * Builds the dataset.
 * @example buildDataset([seed], { entries: [] }, "2026-11-29T00:00:00Z").projects.length // 15
 */
export function buildDataset(
  articles: readonly ArticleInput[],
  curation: Curation,
  builtAt: string,
): Dataset {
  return buildDatasetWithReport(articles, curation, builtAt).dataset;
}

/** What a build did besides the dataset, for `cz build` to say. */
export interface BuildReport {
  dataset: Dataset;
  /** Projects of several sources made one record per undertaking. */
  merges: UndertakingMerge[];
}

export function buildDatasetWithReport(
  articles: readonly ArticleInput[],
  curation: Curation,
  builtAt: string,
): BuildReport {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const extractions = sorted.map((a) =>
    extractArticle(a.text, a.published, { title: a.title, publisher: a.publisher }),
  );
  const orgs = collectOrganizations(extractions);
  const rename = new Map<string, string>();
  for (const entry of curation.entries)
    if (entry.action === "mergeOrganizations") mergeOrganizations(orgs, entry, rename);
  const orgId = (name: string) => orgs.get(rename.get(name) ?? name)?.id ?? null;
  for (const org of orgs.values()) org.parentId = org.parent === null ? null : orgId(org.parent);

  const projects: Project[] = [];
  const amounts: Amount[] = [];
  const events: DatasetEvent[] = [];
  sorted.forEach((article, a) => {
    const records = articleRecords(article, extractions[a]!, orgId);
    projects.push(...records.projects);
    amounts.push(...records.amounts);
    events.push(...records.events);
  });

  const undertakings = mergeAcrossSources(projects, sorted, curation);
  for (const amount of amounts)
    if (amount.projectId !== null)
      amount.projectId = undertakings.renamed.get(amount.projectId) ?? amount.projectId;
  let liveProjects = undertakings.projects;
  for (const entry of curation.entries)
    liveProjects = applyProjectEntry(entry, liveProjects, amounts, sorted, extractions, undertakings.renamed);
  const projectIds = new Set(liveProjects.map((p) => p.id));

  const content: Content = {
    schemaVersion: SCHEMA_VERSION,
    sources: sorted.map((a) => ({
      id: a.id,
      title: a.title,
      publisher: a.publisher,
      published: a.published,
      url: a.url,
      sha256: a.sha256,
    })),
    organizations: [...orgs.values()].map(({ parent: _parent, ...o }) => o).sort(byId),
    places: [...PLACES].map((p) => ({ ...p, aliases: [...p.aliases] })),
    sectors: SECTOR_TREE.map((s) => ({ ...s, aliases: [...s.aliases] })),
    projects: liveProjects.sort(byId),
    amounts: amounts
      .map((m) => (m.projectId !== null && !projectIds.has(m.projectId) ? { ...m, projectId: null } : m))
      .sort(byId),
    events: events.sort(byId),
  };
  checkQuotes(content, sorted, extractions);
  const dataset: Dataset = { ...content, version: sha256Hex(JSON.stringify(content)).slice(0, 16), builtAt };
  const result = validateDataset(dataset);
  if (!result.ok) {
    // Name the source of each bad record, so the fix starts at the right file.
    const problems = result.problems.map((p) => {
      const at = /^(projects|amounts|events)\[(\d+)\]/.exec(p.path);
      const row = at ? content[at[1] as "projects" | "amounts" | "events"][Number(at[2])] : undefined;
      return row ? { ...p, path: `${p.path} (source '${row.sourceId}')` } : p;
    });
    throw new BuildError(describeProblems(problems), "dataset");
  }
  return { dataset, merges: undertakings.merges };
}

/** The records of one article, before any merge across sources: what a build and a local addition share. */
export interface ArticleRecords {
  projects: Project[];
  amounts: Amount[];
  events: DatasetEvent[];
}

/**
 * One article's projects, figures and events, with ids from the article's id and content, so the same article
 * gives the same records in a build and as a local addition.
 * @param orgId the dataset id of an organization by the name the extraction uses (null when none)
 */
export function articleRecords(
  article: ArticleInput,
  ex: ArticleExtraction,
  orgId: (name: string) => string | null,
): ArticleRecords {
  const projects: Project[] = [];
  const amounts: Amount[] = [];
  const events: DatasetEvent[] = [];
  const projectIds = ex.projects.map((p) => contentId("prj", article.id, p.name));
  const seen = new Set<string>();
  ex.projects.forEach((p, i) => {
    const id = projectIds[i]!;
    // Two records of one article with one name are one project; the first introduces it.
    if (seen.has(id)) return;
    seen.add(id);
    projects.push({
      id,
      name: p.name,
      aliases: [...p.aliases].sort(),
      orgIds: [...new Set(p.orgNames.map(orgId).filter((x): x is string => x !== null))],
      placeId: p.placeId,
      placeFrom: p.placeFrom,
      sectorId: p.sectorId,
      stage: p.stage,
      date: p.date,
      sourceId: article.id,
      quote: p.quote,
      stages:
        p.stage === null ? [] : [{ stage: p.stage, date: p.date, sourceId: article.id, quote: p.quote }],
      sourceIds: [article.id],
    });
  });
  const occurrences = new Map<string, number>();
  ex.amounts.forEach((m, i) => {
    const link = ex.figures[i]!;
    const key = `${link.quote}\u0000${m.text}`;
    const n = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, n);
    const project = link.project >= 0 ? ex.projects[link.project] : undefined;
    const sentence = link.sentence;
    const sentenceOrg = ex.organizations.find(
      (o) => o.kind !== "政府" && o.mentions.some((s) => s.start >= sentence.start && s.end <= sentence.end),
    );
    const orgName = project?.orgNames[0] ?? sentenceOrg?.name ?? null;
    amounts.push({
      id: contentId("amt", article.id, link.quote, m.text, String(n)),
      projectId: link.project >= 0 ? projectIds[link.project]! : null,
      orgId: orgName === null ? null : orgId(orgName),
      measure: m.measure,
      unit: m.unit,
      low: m.low,
      high: m.high,
      qualifier: m.qualifier,
      text: m.text,
      sourceId: article.id,
      quote: link.quote,
      scope: link.scope,
      projectCount: link.projectCount,
      placeId: link.placeId,
      date: link.date,
    });
  });
  // An article that repeats a sentence reports one event twice: the id counts the repeats.
  const eventOccurrences = new Map<string, number>();
  for (const e of ex.events) {
    const n = (eventOccurrences.get(e.quote) ?? 0) + 1;
    eventOccurrences.set(e.quote, n);
    events.push({
      id: contentId("evt", article.id, e.quote, ...(n > 1 ? [String(n)] : [])),
      date: e.date,
      kind: e.kind,
      official: e.official,
      role: e.role,
      orgIds: [...new Set(e.orgNames.map(orgId).filter((x): x is string => x !== null))],
      placeId: e.placeId,
      sourceId: article.id,
      quote: e.quote,
    });
  }
  return { projects, amounts, events };
}

/** The cross-source merge, with curation's splits and joins resolved against each report's own projects. */
export function mergeAcrossSources(
  projects: readonly Project[],
  articles: readonly Pick<Source, "id" | "published">[],
  curation: Curation,
  settled: ReadonlySet<string> = new Set(),
): UndertakingResult {
  const keepApart = new Set<string>();
  const forced: ForcedMerge[] = [];
  for (const entry of curation.entries) {
    if (entry.action === "splitProject") {
      for (const p of matchProject([...projects], entry.project, entry)) keepApart.add(p.id);
    } else if (entry.action === "mergeProjects") {
      const one = (key: string) => {
        const hits = matchProject([...projects], key, entry);
        if (hits.length > 1)
          throw new BuildError(
            `'${key}' names ${hits.length} projects: use one id of ${hits.map((p) => p.id).join(", ")}`,
            `curation entry '${entry.id}'`,
          );
        return hits[0]!.id;
      };
      const into = one(entry.into);
      const from = entry.from.map(one);
      if (from.includes(into))
        throw new BuildError(
          `a project cannot be merged into itself ('${entry.into}')`,
          `curation entry '${entry.id}'`,
        );
      forced.push({ entryId: entry.id, into, from });
    }
  }
  return mergeUndertakings(projects, articles, keepApart, forced, settled);
}

function byId(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function applyProjectEntry(
  entry: CurationEntry,
  projects: Project[],
  amounts: Amount[],
  articles: readonly ArticleInput[],
  extractions: readonly ArticleExtraction[],
  renamed: ReadonlyMap<string, string>,
): Project[] {
  const where = `curation entry '${entry.id}'`;
  // An entry written for one report's project still finds it after a merge.
  const matchProject = (list: Project[], key: string, e: CurationEntry) =>
    matchProjectOf(list, renamed.get(key) ?? key, e);
  switch (entry.action) {
    case "mergeOrganizations":
    case "mergeProjects":
    case "splitProject":
      return projects;
    case "dropProject": {
      const drop = new Set(matchProject(projects, entry.project, entry).map((p) => p.id));
      return projects.filter((p) => !drop.has(p.id));
    }
    case "setSector": {
      const sector = findSector(SECTOR_TREE, entry.sector);
      if (!sector) throw new BuildError(`unknown sector '${entry.sector}'`, where);
      for (const p of matchProject(projects, entry.project, entry)) p.sectorId = sector.id;
      return projects;
    }
    case "setStage": {
      // The latest stage report is the one corrected: it is what the project's stage and date stand for.
      for (const p of matchProject(projects, entry.project, entry)) {
        const date = entry.date === undefined ? p.date : entry.date;
        p.stage = entry.stage;
        p.date = date;
        const latest = p.stages.at(-1);
        if (latest) p.stages = [...p.stages.slice(0, -1), { ...latest, stage: entry.stage, date }];
      }
      return projects;
    }
    case "setPlace": {
      const place = findPlace(PLACES, entry.place);
      if (!place) throw new BuildError(`unknown place '${entry.place}'`, where);
      for (const p of matchProject(projects, entry.project, entry)) p.placeId = place.id;
      return projects;
    }
    case "dropAmount": {
      // In place: the caller's array is the dataset's, and a figure dropped must not reach any total.
      const before = amounts.length;
      for (let i = amounts.length - 1; i >= 0; i--) if (isFigureOf(entry, amounts[i]!)) amounts.splice(i, 1);
      if (amounts.length === before) throw new BuildError(noFigure(entry), where);
      return projects;
    }
    case "settleAmount": {
      const hits = amounts.filter((a) => isFigureOf(entry, a));
      if (hits.length === 0) throw new BuildError(noFigure(entry), where);
      // A lost digit is settled only by other text that states the value: the garbled figure (or a quote
      // with a lost digit in it) cannot be its own evidence.
      const quote = entry.evidence.quote;
      if (
        /[?？][0-9０-９.．]/.test(quote) ||
        (hits.some((a) => a.qualifier === "garbled") &&
          (quote.includes(entry.text) || entry.text.includes(quote)))
      )
        throw new BuildError(
          `the evidence quotes the garbled figure itself ("${quote.slice(0, 40)}"): cite other text that states the value`,
          where,
        );
      const evidenceIndex = articles.findIndex((a) => a.id === entry.evidence.source);
      if (evidenceIndex >= 0 && !extractions[evidenceIndex]!.clean.text.includes(entry.evidence.quote)) {
        throw new BuildError(`the evidence quote is not found in source '${entry.evidence.source}'`, where);
      }
      if (evidenceIndex < 0 && !/^https?:\/\//.test(entry.evidence.source)) {
        throw new BuildError(
          `evidence source '${entry.evidence.source}' is neither a source id nor a URL`,
          where,
        );
      }
      for (const a of hits) {
        a.low = entry.low;
        a.high = entry.high;
        a.qualifier = entry.qualifier;
      }
      return projects;
    }
  }
}

/** Whether an entry names this figure: its source and text, and its quote when the entry gives one. */
function isFigureOf(entry: { source: string; text: string; quote?: string }, a: Amount): boolean {
  return (
    a.sourceId === entry.source &&
    a.text === entry.text &&
    (entry.quote === undefined || a.quote === entry.quote)
  );
}

function noFigure(entry: { source: string; text: string; quote?: string }): string {
  const where = entry.quote === undefined ? "" : ` quoted "${entry.quote.slice(0, 40)}…"`;
  return `no figure '${entry.text}'${where} in source '${entry.source}'`;
}

/** Every project, amount and event quote must stand verbatim in its source's text (as cleaned of markup). */
export function checkQuotes(
  content: Pick<Content, "projects" | "amounts" | "events">,
  articles: readonly ArticleInput[],
  extractions: readonly ArticleExtraction[],
) {
  const texts = new Map(articles.map((a, i) => [a.id, extractions[i]!.clean.text] as const));
  const check = (section: string, rows: ReadonlyArray<{ id: string; sourceId: string; quote: string }>) => {
    for (const row of rows) {
      if (!texts.get(row.sourceId)?.includes(row.quote)) {
        throw new BuildError(
          `quote not found verbatim in source '${row.sourceId}': "${row.quote.slice(0, 40)}…"`,
          `${section} ${row.id}`,
        );
      }
    }
  };
  check("project", content.projects);
  check("amount", content.amounts);
  check("event", content.events);
}
