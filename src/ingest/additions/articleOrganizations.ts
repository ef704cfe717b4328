/**
 * The organizations of extracted articles with their dataset ids, as the build makes them (one per canonical
 * name, id from the name), so an added article's partners get the ids a build of the same text would give.
 */
import type { Organization } from "../../core/dataset";
import { collectOrganizations } from "../buildDataset";
import type { ArticleExtraction } from "../extractArticle";

export interface ArticleOrganizations {
  organizations: Organization[];
  /** The dataset id of an organization by the name an extraction uses. */
  orgId: (name: string) => string | null;
}

export function articleOrganizations(extractions: readonly ArticleExtraction[]): ArticleOrganizations {
  const byName = collectOrganizations(extractions);
  const orgId = (name: string) => byName.get(name)?.id ?? null;
  const organizations = [...byName.values()]
    .map(({ parent, ...o }) => ({ ...o, parentId: parent === null ? null : orgId(parent) }))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { organizations, orgId };
}
