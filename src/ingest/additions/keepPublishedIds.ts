/**
 * After the merge across sources: an undertaking that holds a published project keeps the published id, even
 * when an added report is older and the merge kept its id, so published formulas and tables that name the id
 * (CZ.PROJECT("prj-…")) still find it once an addition joins it.
 */
import type { UndertakingResult } from "../undertakings";

export function keepPublishedIds(
  result: UndertakingResult,
  publishedIds: ReadonlySet<string>,
): UndertakingResult {
  const projects = [...result.projects];
  const renamed = new Map(result.renamed);
  const merges = result.merges.map((merge) => {
    if (publishedIds.has(merge.into)) return merge;
    // Parts are oldest first: the oldest published report's id is the one kept.
    const kept = merge.parts.find((p) => publishedIds.has(p.id))?.id;
    if (kept === undefined) return merge;
    const i = projects.findIndex((p) => p.id === merge.into);
    projects[i] = { ...projects[i]!, id: kept };
    for (const [from, to] of renamed) if (to === merge.into) renamed.set(from, kept);
    renamed.delete(kept);
    renamed.set(merge.into, kept);
    return { ...merge, into: kept };
  });
  return { projects, merges, renamed };
}
