/** The seed article and its metadata, as the tests read them (data/sources is the fixture). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sha256Bytes } from "../src/core/hash";
import type { Dataset } from "../src/core/dataset";
import { type ArticleInput, buildDataset } from "../src/ingest/buildDataset";
import { EMPTY_CURATION } from "../src/ingest/curation";

export const SOURCES_DIR = join(__dirname, "../data/sources");
export const SEED_TEXT = readFileSync(join(SOURCES_DIR, "seed-article.txt"), "utf8");
export const SEED_META = JSON.parse(readFileSync(join(SOURCES_DIR, "seed-article.json"), "utf8"));

export const SEED_ARTICLE: ArticleInput = {
  id: "seed-article",
  ...SEED_META,
  sha256: sha256Bytes(readFileSync(join(SOURCES_DIR, "seed-article.txt"))),
  text: SEED_TEXT,
};

/** The dataset `cz build` makes from the seed alone (fixed build time, so tests are deterministic). */
export function seedDataset(): Dataset {
  return buildDataset([SEED_ARTICLE], EMPTY_CURATION, "2026-01-01T00:00:00.000Z");
}
