/**
 * An addition as data/sources files, to hand to whoever builds the published dataset: the text and its
 * metadata as `cz build --sources` reads them, and the review decisions as curation entries to merge into
 * data/curation.json, so the build gives the records the analyst reviewed.
 */
import type { Addition } from "./types";

export interface AdditionSourceFiles {
  txtName: string;
  /** The text as added: its UTF-8 bytes hash to the source's sha256. */
  txt: string;
  jsonName: string;
  json: string;
  /** `<id>.curation.json` ({ entries }) when the addition has curation entries, else null. */
  curationName: string | null;
  curation: string | null;
}

const pretty = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export function additionSourceFiles(addition: Addition): AdditionSourceFiles {
  const { id, title, publisher, published, url, text } = addition.article;
  const hasCuration = addition.curation.length > 0;
  return {
    txtName: `${id}.txt`,
    txt: text,
    jsonName: `${id}.json`,
    json: pretty({ title, publisher, published, url }),
    curationName: hasCuration ? `${id}.curation.json` : null,
    curation: hasCuration ? pretty({ entries: addition.curation }) : null,
  };
}
