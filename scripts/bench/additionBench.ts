/**
 * Adding an article in the pane (issue 11): the review of a 10,000-character article (the seed, continued with
 * its own beginning) as Extract runs it, and its layering over the seed's published dataset as Add runs it.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildDataset } from "../../src/ingest/buildDataset";
import { EMPTY_CURATION } from "../../src/ingest/curation";
import { layerAdditions } from "../../src/ingest/additions/layerAdditions";
import { reviewAddition } from "../../src/ingest/additions/reviewAddition";
import { millis, repeat, stat } from "./stats";

const ROOT = join(__dirname, "..", "..");
const CHARACTERS = 10_000;

export function additionBench(runs: number) {
  const seed = readFileSync(join(ROOT, "data", "sources", "seed-article.txt"), "utf8");
  const meta = JSON.parse(readFileSync(join(ROOT, "data", "sources", "seed-article.json"), "utf8"));
  let text = seed;
  while (text.length < CHARACTERS) text += seed;
  text = text.slice(0, CHARACTERS);
  const published = buildDataset(
    [{ id: "seed-article", ...meta, sha256: "0".repeat(64), text: seed }],
    EMPTY_CURATION,
    "2026-01-01T00:00:00.000Z",
  );
  const draft = { text, title: meta.title, publisher: meta.publisher, published: meta.published, url: null };
  const reviewMs = repeat(runs, () => {
    const start = process.hrtime.bigint();
    reviewAddition(draft, "2026-12-03");
    return millis(start);
  });
  const review = reviewAddition(draft, "2026-12-03");
  const addition = { article: review.article, curation: [], addedAt: "2026-12-03T00:00:00.000Z" };
  const layerMs = repeat(runs, () => {
    const start = process.hrtime.bigint();
    layerAdditions(published, [addition]);
    return millis(start);
  });
  return {
    characters: text.length,
    projectsFound: review.projects.length,
    figuresFound: review.amounts.length,
    extractMs: stat(reviewMs),
    layerOverSeedMs: stat(layerMs),
  };
}
