/**
 * One record per undertaking across sources: a signing report and a later groundbreaking report of the same
 * project (中航锂离子动力电池项目 in 金坛, 2015 and 2016) become one project with its stage history, every
 * source, and every name either report used.
 *
 * Two projects of different sources are one undertaking when
 *  - a specific name of one and of the other have the same key ("…项目", "一期" and quotes aside), or one is the
 *    other's long form and they share a partner — a generic name (总部基地, 产业园, 整体项目) joins nothing, and
 *  - their districts do not differ (an unknown district, or one only inferred from a headline or publisher,
 *    agrees with any), and
 *  - their partners do not differ (no partner on one side agrees with any).
 * Within one source the article's own assembly already decided. Curation can keep a project apart
 * (`splitProject`) or join two that no rule finds (`mergeProjects`).
 */
import type { Project, Source, StageReport } from "../core/dataset";
import { nameKey, preferredName, sameProject } from "./coreference";
import { isGenericPhrase } from "./nameFilters";
import { districtOf, mostSpecificPlace } from "./placeChoice";

/** One merge, for `cz build` to print: the kept id and every part. */
export interface UndertakingMerge {
  into: string;
  name: string;
  parts: { id: string; sourceId: string; name: string }[];
  /** "rule" when found by the rules above, else the curation entry's id. */
  by: string;
}

export interface UndertakingResult {
  projects: Project[];
  merges: UndertakingMerge[];
  /** Every merged-away id and the id it now goes by. */
  renamed: Map<string, string>;
  /** Curation joins left undone because they would join two settled (published) undertakings. */
  refused?: string[];
}

export interface ForcedMerge {
  /** The curation entry, for messages and the merge report. */
  entryId: string;
  into: string;
  from: readonly string[];
}

const namesOf = (p: Project) => [p.name, ...p.aliases];

/** The district a report itself names; a place inferred from a headline or publisher is no evidence against. */
const statedDistrict = (p: Project) =>
  p.placeId === null || (p.placeFrom !== null && p.placeFrom !== "sentence") ? null : districtOf(p.placeId);

function districtsAgree(a: Project, b: Project): boolean {
  const x = statedDistrict(a);
  const y = statedDistrict(b);
  return x === null || y === null || x.id === y.id;
}

function partnersAgree(a: Project, b: Project): boolean {
  return a.orgIds.length === 0 || b.orgIds.length === 0 || a.orgIds.some((o) => b.orgIds.includes(o));
}

function sharePartner(a: Project, b: Project): boolean {
  return a.orgIds.some((o) => b.orgIds.includes(o));
}

/** Whether the rules above make `a` and `b` one undertaking. */
export function sameUndertaking(a: Project, b: Project): boolean {
  if (a.sourceId === b.sourceId) return false;
  if (!districtsAgree(a, b) || !partnersAgree(a, b)) return false;
  // Only a specific name can join two reports: two "总部基地" or "产业园" of two articles are two things.
  const specific = (n: string) => !isGenericPhrase(n);
  const keys = new Set(namesOf(a).filter(specific).map(nameKey));
  if (namesOf(b).some((n) => specific(n) && keys.has(nameKey(n)))) return true;
  return (
    sharePartner(a, b) &&
    namesOf(a).some((x) => specific(x) && namesOf(b).some((y) => specific(y) && sameProject(x, y)))
  );
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    while (this.parent.has(root) && this.parent.get(root) !== root) root = this.parent.get(root)!;
    this.parent.set(x, root);
    return root;
  }
  union(a: string, b: string) {
    const x = this.find(a);
    const y = this.find(b);
    if (x !== y) this.parent.set(y, x);
  }
}

/**
 * Merges the projects of all sources into one record per undertaking.
 * @param keepApart ids that the rules must leave on their own (curation `splitProject`)
 * @param forced merges curation asks for, by id
 * @param settled ids already decided among themselves (a published dataset's projects, merged when it was
 *   built): two of them are never compared again, so a split the publisher's curation made stays split
 */
export function mergeUndertakings(
  projects: readonly Project[],
  sources: readonly Pick<Source, "id" | "published">[],
  keepApart: ReadonlySet<string> = new Set(),
  forced: readonly ForcedMerge[] = [],
  settled: ReadonlySet<string> = new Set(),
): UndertakingResult {
  const published = new Map(sources.map((s) => [s.id, s.published] as const));
  // Oldest report first: it introduced the project, and its id stays.
  const order = (a: Project, b: Project) =>
    (published.get(a.sourceId) ?? "9999").localeCompare(published.get(b.sourceId) ?? "9999") ||
    a.sourceId.localeCompare(b.sourceId) ||
    a.id.localeCompare(b.id);
  const sorted = [...projects].sort(order);
  const groups = new UnionFind();
  const by = new Map<string, string>();

  // Candidates share a name key or a partner: only those pairs are compared, so the cost grows with the
  // number of same-named projects, not with the square of all.
  const buckets = new Map<string, Project[]>();
  const bucket = (key: string, p: Project) => {
    const list = buckets.get(key);
    if (list) list.push(p);
    else buckets.set(key, [p]);
  };
  for (const p of sorted) {
    if (keepApart.has(p.id)) continue;
    for (const key of new Set(namesOf(p).map(nameKey))) bucket(`n:${key}`, p);
    for (const org of p.orgIds) bucket(`o:${org}`, p);
  }
  // The settled project each group holds: a new report may join one settled undertaking, never bridge two
  // (the publisher decided they are two, perhaps by a split in its curation).
  const settledIn = new Map<string, string>();
  for (const id of settled) settledIn.set(groups.find(id), id);
  for (const list of buckets.values()) {
    for (let i = 0; i < list.length; i++)
      for (let j = i + 1; j < list.length; j++) {
        const [a, b] = [list[i]!, list[j]!];
        if (settled.has(a.id) && settled.has(b.id)) continue;
        const [ra, rb] = [groups.find(a.id), groups.find(b.id)];
        if (ra === rb) continue;
        const [sa, sb] = [settledIn.get(ra), settledIn.get(rb)];
        if (sa !== undefined && sb !== undefined) continue;
        if (sameUndertaking(a, b)) {
          groups.union(a.id, b.id);
          const root = groups.find(a.id);
          by.set(root, "rule");
          const held = sa ?? sb;
          if (held !== undefined) settledIn.set(root, held);
        }
      }
  }
  const refused: string[] = [];
  for (const merge of forced) {
    // A curation join may bring a report into a settled undertaking, never join two settled ones: that
    // decision was the publisher's (only a build of all sources, where nothing is settled, can make it).
    const held = new Set(
      [merge.into, ...merge.from].map((id) => settledIn.get(groups.find(id))).filter((x) => x !== undefined),
    );
    if (held.size > 1) {
      refused.push(merge.entryId);
      continue;
    }
    for (const from of merge.from) groups.union(merge.into, from);
    const root = groups.find(merge.into);
    by.set(root, merge.entryId);
    const [only] = held;
    if (only !== undefined) settledIn.set(root, only);
  }

  const members = new Map<string, Project[]>();
  for (const p of sorted) {
    const root = groups.find(p.id);
    const list = members.get(root);
    if (list) list.push(p);
    else members.set(root, [p]);
  }

  const out: Project[] = [];
  const merges: UndertakingMerge[] = [];
  const renamed = new Map<string, string>();
  for (const [root, parts] of members) {
    if (parts.length === 1) {
      out.push(parts[0]!);
      continue;
    }
    const forcedInto = forced.find((f) => groups.find(f.into) === root)?.into;
    const head = parts.find((p) => p.id === forcedInto) ?? parts[0]!;
    const merged = combine(head, parts, published);
    out.push(merged);
    for (const p of parts) if (p.id !== merged.id) renamed.set(p.id, merged.id);
    merges.push({
      into: merged.id,
      name: merged.name,
      parts: parts.map((p) => ({ id: p.id, sourceId: p.sourceId, name: p.name })),
      by: by.get(root) ?? "rule",
    });
  }
  return { projects: out, merges, renamed, refused };
}

/** The record of one undertaking from its reports, oldest first. */
function combine(
  head: Project,
  parts: readonly Project[],
  published: ReadonlyMap<string, string | null>,
): Project {
  const allNames = [...new Set(parts.flatMap(namesOf))];
  const name = preferredName(parts.map((p) => p.name));
  // A place read in a report's own sentence beats one inferred from a headline or publisher.
  const fromSentence = parts.filter((p) => p.placeFrom === "sentence" && p.placeId !== null);
  const placeSource = fromSentence.length > 0 ? fromSentence : parts.filter((p) => p.placeId !== null);
  const placeId = mostSpecificPlace(placeSource.map((p) => p.placeId!));
  const placeFrom = parts.find((p) => p.placeId === placeId)?.placeFrom ?? null;

  const when = (r: StageReport) => r.date ?? published.get(r.sourceId) ?? "";
  const seen = new Set<string>();
  const stages = parts
    .flatMap((p) => p.stages)
    .filter((r) => {
      const key = `${r.stage}\u0000${r.date}\u0000${r.sourceId}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .sort((a, b) => when(a).localeCompare(when(b)) || a.sourceId.localeCompare(b.sourceId));
  const latest = stages.at(-1);
  return {
    ...head,
    name,
    aliases: allNames.filter((n) => n !== name).sort(),
    orgIds: [...new Set(parts.flatMap((p) => p.orgIds))],
    placeId,
    placeFrom,
    sectorId: head.sectorId ?? parts.find((p) => p.sectorId !== null)?.sectorId ?? null,
    stage: latest?.stage ?? head.stage,
    date: latest ? latest.date : head.date,
    stages,
    sourceIds: [...new Set(parts.flatMap((p) => (p.sourceIds.length > 0 ? p.sourceIds : [p.sourceId])))],
  };
}
