/**
 * How well main-text extractors read the government-shaped test pages (test/fixtures/govPages.ts), as printed in
 * docs/web-pages.md: for each extractor, the share of the article's characters found (recall), the share of what
 * it returned that is the article (precision), and how many pages came out exactly.
 *
 *   npx tsx scripts/pageReaderAccuracy.ts
 *
 * The project's reader (Readability over linkedom, headline and info line left out) is always measured, with
 * the whole page stripped of markup as the floor. Other candidates are measured when installed:
 *
 *   npm install --no-save jsdom happy-dom defuddle && npx tsx scripts/pageReaderAccuracy.ts
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { stripMarkup } from "../src/ingest/clean";
import { elementText } from "../src/ingest/html/elementText";
import { readHtmlPage } from "../src/ingest/html/readHtmlPage";
import { GOV_PAGES } from "../test/fixtures/govPages";

type Extractor = (html: string) => Promise<string | null> | string | null;

const squash = (text: string) => text.replace(/\s+/g, "");

function score(got: string | null, paragraphs: string[]) {
  if (got === null) return { recall: 0, precision: 0, exact: false };
  const article = squash(paragraphs.join(""));
  const lines = got.split("\n").map(squash).filter(Boolean);
  const total = paragraphs.reduce((sum, p) => sum + squash(p).length, 0);
  const found = paragraphs
    .filter((p) => squash(got).includes(squash(p)))
    .reduce((s, p) => s + squash(p).length, 0);
  const returned = lines.reduce((sum, l) => sum + l.length, 0);
  const inArticle = lines.filter((l) => article.includes(l)).reduce((sum, l) => sum + l.length, 0);
  return {
    recall: found / total,
    precision: returned === 0 ? 0 : inArticle / returned,
    exact: lines.join("\n") === paragraphs.map(squash).join("\n"),
  };
}

const linkedom = (html: string) => parseHTML(html).document as unknown as Document;

/** Readability's main text, with its default threshold (500 characters) or another. */
const readability = (doc: Document, charThreshold?: number) => {
  const article = new Readability<Node>(doc, { charThreshold, serializer: (node) => node }).parse();
  return article?.content ? elementText(article.content) : null;
};

function optional<T>(name: string): T | null {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(name) as T;
  } catch {
    return null;
  }
}

async function extractors(): Promise<Record<string, Extractor>> {
  const all: Record<string, Extractor> = {
    "whole page, markup stripped": (html) => stripMarkup(html),
    "Readability + linkedom (defaults)": (html) => readability(linkedom(html)),
    "Readability + linkedom, threshold 20": (html) => readability(linkedom(html), 20),
    "cz: Readability + linkedom, threshold 20, headline and info line out": (html) =>
      readHtmlPage(linkedom(html)).text,
  };
  const jsdom = optional<{ JSDOM: new (html: string) => { window: { document: Document } } }>("jsdom");
  if (jsdom)
    all["Readability + jsdom (defaults)"] = (html) => readability(new jsdom.JSDOM(html).window.document);
  if (jsdom)
    all["Readability + jsdom, threshold 20"] = (html) =>
      readability(new jsdom.JSDOM(html).window.document, 20);
  const happy = optional<{ Window: new () => { DOMParser: new () => DOMParser } }>("happy-dom");
  if (happy)
    all["Readability + happy-dom (defaults)"] = (html) =>
      readability(new new happy.Window().DOMParser().parseFromString(html, "text/html"));
  // Defuddle is published as an ES module only.
  const defuddle = await import("defuddle/node" as string).catch(() => null);
  if (defuddle)
    all["Defuddle + linkedom"] = async (html) => {
      const { content } = await defuddle.Defuddle(linkedom(html), "https://example.gov.cn/a.html");
      return elementText(linkedom(`<html><body>${content}</body></html>`).body);
    };
  return all;
}

async function main() {
  const rows = [];
  for (const [name, extract] of Object.entries(await extractors())) {
    let recall = 0;
    let precision = 0;
    let exact = 0;
    for (const page of GOV_PAGES) {
      const s = score(await extract(page.html), page.article.paragraphs);
      recall += s.recall;
      precision += s.precision;
      exact += s.exact ? 1 : 0;
    }
    const n = GOV_PAGES.length;
    rows.push({
      extractor: name,
      recall: +(recall / n).toFixed(3),
      precision: +(precision / n).toFixed(3),
      exact: `${exact}/${n}`,
    });
  }
  console.table(rows);
}

void main();
