/**
 * The published dataset with the workbook's additions layered over it: the build's pipeline for the added
 * articles only, joined to the published records without rebuilding them (the published texts are not in the
 * workbook). Published projects are never compared with each other again, and a published id survives when an
 * added report joins its undertaking, so the same project is counted once and published references hold.
 */
import { SCHEMA_VERSION, type Amount, type Dataset } from "../../core/dataset";
import { sha256Hex } from "../../core/hash";
import { describeProblems, validateDataset } from "../../core/validate";
import { AdditionError } from "../additionInput";
import { BuildError, checkQuotes, mergeAcrossSources } from "../buildDataset";
import { extractArticle } from "../extractArticle";
import { additionRecords } from "./additionRecords";
import { keepPublishedIds } from "./keepPublishedIds";
import { layerOrganizations } from "./layerOrganizations";
import type { Addition, LayeredDataset } from "./types";

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Layers `additions` over `published`. Without additions left after skipping those already published (same
 * source id or same text hash), the published dataset object itself comes back.
 * @throws AdditionError "duplicate" (two additions of one article), "curation" (an entry that touches another
 *   source's records or matches nothing), "invalid" (the layered dataset fails validation)
 */
export function layerAdditions(published: Dataset, additions: readonly Addition[]): LayeredDataset {
  const seen = new Set<string>();
  for (const a of additions) {
    if (seen.has(a.article.id))
      throw new AdditionError(
        "duplicate",
        `文章 ${a.article.id} 被添加了两次。`,
        `The article ${a.article.id} is added twice.`,
      );
    seen.add(a.article.id);
  }
  const publishedIds = new Set(published.sources.map((s) => s.id));
  const publishedHashes = new Set(published.sources.map((s) => s.sha256));
  const isPublished = (a: Addition) =>
    publishedIds.has(a.article.id) || publishedHashes.has(a.article.sha256);
  const alreadyPublished = additions.filter(isPublished).map((a) => a.article.id);
  const live = additions.filter((a) => !isPublished(a)).sort((a, b) => byId(a.article, b.article));
  if (live.length === 0) return { dataset: published, merges: [], alreadyPublished };

  const articles = live.map((a) => a.article);
  const extractions = articles.map((a) =>
    extractArticle(a.text, a.published, { title: a.title, publisher: a.publisher }),
  );
  const { organizations, orgId } = layerOrganizations(published.organizations, extractions);
  const records = live.map((a, i) => additionRecords(a, extractions[i]!, orgId));
  const added = {
    projects: records.flatMap((r) => r.projects),
    amounts: records.flatMap((r) => r.amounts),
    events: records.flatMap((r) => r.events),
  };
  try {
    checkQuotes(added, articles, extractions);
  } catch (e) {
    if (e instanceof BuildError) throw new AdditionError("invalid", e.message, e.message);
    throw e;
  }

  const sources = [...published.sources, ...articles.map(({ text: _text, ...source }) => source)];
  const settled = new Set(published.projects.map((p) => p.id));
  let undertakings;
  try {
    undertakings = mergeAcrossSources(
      [...published.projects, ...added.projects],
      sources,
      { entries: records.flatMap((r) => r.crossSource) },
      settled,
    );
  } catch (e) {
    if (e instanceof BuildError) throw new AdditionError("curation", e.message, e.message);
    throw e;
  }
  const [refused] = undertakings.refused ?? [];
  if (refused !== undefined)
    throw new AdditionError(
      "curation",
      `更正条目“${refused}”会把两个已发布的项目合并为一个：已发布的数据集认定它们是两个项目。`,
      `Curation entry '${refused}' would join two published projects into one: the published dataset keeps them apart.`,
    );
  const { projects, merges, renamed } = keepPublishedIds(undertakings, settled);
  const kept = new Set(projects.map((p) => p.id));
  const relink = (m: Amount): Amount => {
    if (m.projectId === null) return m;
    const to = renamed.get(m.projectId) ?? m.projectId;
    // A project an addition's curation dropped leaves its figures unattached, as in a build.
    const projectId = kept.has(to) ? to : null;
    return projectId === m.projectId ? m : { ...m, projectId };
  };

  const version = `${published.version}+${sha256Hex(
    JSON.stringify(live.map(({ article: { text: _text, ...source }, curation }) => ({ source, curation }))),
  ).slice(0, 12)}`;
  // An article dated after the published build would be a "source dated after the build": the layered
  // dataset is then as of its latest addition.
  const late = live.some((a) => a.article.published !== null && a.article.published > published.builtAt);
  const builtAt = late
    ? [published.builtAt, ...live.map((a) => a.addedAt)].sort().at(-1)!
    : published.builtAt;
  const dataset: Dataset = {
    ...published,
    schemaVersion: SCHEMA_VERSION,
    sources,
    organizations,
    projects: projects.sort(byId),
    amounts: [...published.amounts, ...added.amounts].map(relink).sort(byId),
    events: [...published.events, ...added.events].sort(byId),
    version,
    builtAt,
  };
  const result = validateDataset(dataset);
  if (!result.ok) {
    const problems = describeProblems(result.problems);
    throw new AdditionError(
      "invalid",
      `添加后的数据无效：${problems}`,
      `The layered dataset is invalid: ${problems}`,
    );
  }
  return { dataset, merges, alreadyPublished };
}
