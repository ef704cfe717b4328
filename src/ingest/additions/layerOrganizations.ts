/**
 * The organizations of added articles joined to the published ones by name: a partner the published dataset
 * already knows keeps its published id (so its projects stay its projects), and only new names are added.
 */
import type { Organization } from "../../core/dataset";
import { collectOrganizations } from "../buildDataset";
import type { ArticleExtraction } from "../extractArticle";

export interface LayeredOrganizations {
  /** Published organizations (aliases the additions use added) and the new ones, sorted by id. */
  organizations: Organization[];
  orgId: (name: string) => string | null;
}

export function layerOrganizations(
  published: readonly Organization[],
  extractions: readonly ArticleExtraction[],
): LayeredOrganizations {
  const byName = new Map(published.map((o) => [o.name, o] as const));
  // A name the publisher's curation merged into another organization is that organization's alias.
  const byAlias = new Map<string, Organization>();
  for (const o of published) for (const a of o.aliases) if (!byAlias.has(a)) byAlias.set(a, o);
  const out = new Map(published.map((o) => [o.id, o] as const));
  const ids = new Map<string, string>();
  const parents = new Map<string, string>();
  for (const org of collectOrganizations(extractions).values()) {
    const known = byName.get(org.name) ?? byAlias.get(org.name);
    if (known) {
      const current = out.get(known.id)!;
      const aliases = [...new Set([...current.aliases, ...org.aliases, org.name])]
        .filter((a) => a !== current.name)
        .sort();
      if (aliases.length !== current.aliases.length) out.set(known.id, { ...current, aliases });
      ids.set(org.name, known.id);
    } else {
      const { parent, ...fresh } = org;
      out.set(fresh.id, fresh);
      ids.set(org.name, fresh.id);
      if (parent !== null) parents.set(fresh.id, parent);
    }
  }
  const orgId = (name: string) => ids.get(name) ?? byName.get(name)?.id ?? byAlias.get(name)?.id ?? null;
  for (const [id, parent] of parents) out.set(id, { ...out.get(id)!, parentId: orgId(parent) });
  const organizations = [...out.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { organizations, orgId };
}
