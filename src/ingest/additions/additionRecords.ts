/**
 * One addition's records with its own curation applied to them before any merge: an analyst's decision is
 * about the article they reviewed, so an entry may only touch that article's records (an unticked project
 * goes, never the published undertaking it would have joined).
 */
import { AdditionError } from "../additionInput";
import { type ArticleRecords, BuildError, applyProjectEntry, articleRecords } from "../buildDataset";
import type { CurationEntry } from "../curation";
import type { ArticleExtraction } from "../extractArticle";
import type { Addition } from "./types";

export interface AdditionRecords extends ArticleRecords {
  /** splitProject / mergeProjects entries, resolved later in the merge across sources. */
  crossSource: CurationEntry[];
}

const refuse = (entry: CurationEntry, addition: Addition, why: string, zh: string) =>
  new AdditionError(
    "curation",
    `添加的文章 ${addition.article.id} 的修订条目“${entry.id}”：${zh}`,
    `curation entry '${entry.id}' of addition ${addition.article.id}: ${why}`,
  );

export function additionRecords(
  addition: Addition,
  ex: ArticleExtraction,
  orgId: (name: string) => string | null,
): AdditionRecords {
  const { article } = addition;
  const records = articleRecords(article, ex, orgId);
  let projects = records.projects;
  const own = (key: string) =>
    projects.some((p) => p.id === key || p.name === key || p.aliases.includes(key));
  const crossSource: CurationEntry[] = [];
  for (const entry of addition.curation) {
    if (entry.action === "mergeOrganizations")
      throw refuse(
        entry,
        addition,
        "organizations cannot be merged from an addition",
        "添加的文章不能合并机构",
      );
    if (entry.action === "splitProject" || entry.action === "mergeProjects") {
      const keys = entry.action === "splitProject" ? [entry.project] : entry.from;
      const foreign = keys.find((k) => !own(k));
      if (foreign !== undefined)
        throw refuse(
          entry,
          addition,
          `'${foreign}' is not a project of this article`,
          `“${foreign}”不是本文的项目`,
        );
      crossSource.push(entry);
      continue;
    }
    if ((entry.action === "dropAmount" || entry.action === "settleAmount") && entry.source !== article.id)
      throw refuse(
        entry,
        addition,
        `it names source '${entry.source}', not this article`,
        `它指向来源“${entry.source}”，不是本文`,
      );
    try {
      projects = applyProjectEntry(entry, projects, records.amounts, [article], [ex], new Map());
    } catch (e) {
      if (e instanceof BuildError) throw refuse(entry, addition, e.message.replace(/^.*?: /, ""), e.message);
      throw e;
    }
  }
  return { ...records, projects, crossSource };
}
