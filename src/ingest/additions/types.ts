/**
 * Local additions: articles an analyst adds from the pane, stored with the workbook and layered over the
 * published dataset. An addition keeps the article itself (text and metadata, as a data/sources file would) and
 * the analyst's review decisions as curation entries, so the same records come back on every layering, in a
 * colleague's Excel, and from `cz build` once the addition is exported as a source.
 */
import type { Amount, Dataset, DatasetEvent, Organization, Project } from "../../core/dataset";
import type { ArticleInput } from "../buildDataset";
import type { CurationEntry } from "../curation";
import type { UndertakingMerge } from "../undertakings";

/** What the analyst typed or dropped into the pane, before any check. */
export interface AdditionDraft {
  text: string;
  title: string;
  publisher: string;
  /** ISO date (2024-05-17) or null; without it, relative dates (今年5月) stay unknown. */
  published: string | null;
  url: string | null;
}

/** One stored addition. */
export interface Addition {
  /** The article exactly as a data/sources file pair would hold it; `id` is `local-` + 12 hex of its text's hash. */
  article: ArticleInput;
  /** The analyst's decisions in review (unticked records, corrections), each with its reason. */
  curation: CurationEntry[];
  /** When it was added (ISO time), for the pane's list. */
  addedAt: string;
}

/** What the pane shows for review: the article's records before any decision, with the text they quote. */
export interface AdditionReview {
  article: ArticleInput;
  /** The cleaned text every quote stands in verbatim (what the pane highlights quotes in). */
  cleanText: string;
  projects: Project[];
  amounts: Amount[];
  events: DatasetEvent[];
  organizations: Organization[];
  /** Things the analyst should know, in both languages (no published date, …). */
  notes: { zh: string; en: string }[];
}

/** The published dataset with the additions layered over it. */
export interface LayeredDataset {
  dataset: Dataset;
  /** Added projects that became part of a published (or another added) undertaking. */
  merges: UndertakingMerge[];
  /** Ids of additions whose article is now in the published dataset itself (same id or same text): skipped. */
  alreadyPublished: string[];
}
