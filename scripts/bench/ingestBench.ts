/**
 * Ingest throughput: src/ingest over the dev corpus (../shared/corpus/dev) repeated to at least 10 MB; where the
 * corpus is absent (a user's machine), the seed article stands in and the result says so.
 */
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { extractArticle } from "../../src/ingest/extractArticle";
import { millis, repeat, stat } from "./stats";

const ROOT = join(__dirname, "..", "..");

function corpus(): { texts: string[]; from: string } {
  const dev = join(ROOT, "..", "shared", "corpus", "dev");
  if (existsSync(dev)) {
    const files = readdirSync(dev).filter((f) => f.endsWith(".txt"));
    if (files.length > 0)
      return { texts: files.map((f) => readFileSync(join(dev, f), "utf8")), from: "dev corpus" };
  }
  return {
    texts: [readFileSync(join(ROOT, "data", "sources", "seed-article.txt"), "utf8")],
    from: "seed article",
  };
}

export function ingestBench(runs: number, targetChars = 10_000_000) {
  const { texts, from } = corpus();
  const articles: string[] = [];
  let chars = 0;
  while (chars < targetChars)
    for (const text of texts) {
      articles.push(text);
      chars += text.length;
    }
  const seconds = repeat(runs, () => {
    const start = process.hrtime.bigint();
    for (const text of articles) extractArticle(text, "2018-11-13");
    return millis(start) / 1000;
  });
  return {
    corpus: from,
    articles: articles.length,
    characters: chars,
    seconds: stat(seconds),
    charactersPerSecond: stat(seconds.map((s) => chars / s)),
    articlesPerSecond: stat(seconds.map((s) => articles.length / s)),
  };
}
