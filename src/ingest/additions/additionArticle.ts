/**
 * The source an added article becomes: the same fields a data/sources file pair gives `cz build`, with an id
 * from the text's hash, so the same paste is the same source (and the same record ids) in every workbook.
 */
import { sha256Hex } from "../../core/hash";
import type { ArticleInput } from "../buildDataset";
import type { AdditionDraft } from "./types";

/** `local-` + 12 hex of the text's SHA-256: never a published source's id (those are file names). */
export function additionId(text: string): string {
  return `local-${sha256Hex(text).slice(0, 12)}`;
}

/** The ArticleInput of a draft; sha256 is of the UTF-8 text, as the exported `.txt` file's bytes hash. */
export function additionArticle(draft: AdditionDraft): ArticleInput {
  const sha256 = sha256Hex(draft.text);
  return {
    id: `local-${sha256.slice(0, 12)}`,
    title: draft.title.trim(),
    publisher: draft.publisher.trim(),
    published: draft.published,
    url: draft.url,
    sha256,
    text: draft.text,
  };
}
