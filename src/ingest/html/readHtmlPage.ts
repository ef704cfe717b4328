/**
 * A web page to an article: its main text (Mozilla's Readability, the engine of Firefox's reader view, finds it
 * among the navigation, breadcrumbs, sidebars, related links and footers), and its title, publisher and
 * published date from the meta tags and the 发布时间 / 来源 line. The same reading in the pane (the browser's
 * DOMParser) and in `cz fetch` / `cz add` (linkedom): the caller parses, this module only reads a Document.
 *
 * Why Readability (over linkedom in Node): on the test pages shaped like Chinese government sites it finds every
 * paragraph of all eight articles and nothing else, once its threshold is lowered and the headline and info line
 * are left out; Defuddle kept menus and ran table rows together; jsdom and happy-dom gave Readability the same
 * text as linkedom at four times the size. The figures and how to measure them: docs/web-pages.md.
 */
import { Readability } from "@mozilla/readability";
import { elementText } from "./elementText";
import { type InfoFields, infoFields, isInfoLine } from "./infoLine";
import { pageDate, urlDate } from "./pageDate";
import { type Found, headFields, headlineOf } from "./pageMeta";

export type { Found } from "./pageMeta";

/**
 * Readability's default (500 characters) makes it give up on a short report — a two-sentence signing notice
 * — and fall back to the longest block of the page, often the footer. Government articles are short; any
 * article text at all is the answer.
 */
const CHAR_THRESHOLD = 20;

export interface PageReading {
  /** The article, one paragraph a line; "" when the page has no article text. */
  text: string;
  title: Found | null;
  publisher: Found | null;
  published: Found | null;
  url: Found | null;
}

const same = (a: string, b: string) => a.replace(/\s+/g, "") === b.replace(/\s+/g, "");

/** The article's lines without the headline and info lines it starts with (Readability keeps them when they
 * share the article's container). */
function withoutHeader(lines: string[], title: string | null): string[] {
  let start = 0;
  while (
    start < lines.length &&
    start < 6 &&
    ((title !== null && same(lines[start]!, title)) || isInfoLine(lines[start]!))
  )
    start++;
  return lines.slice(start);
}

/** The info line's fields from the page outside the article first (the line under the headline), then inside. */
function pageInfo(pageLines: string[], articleLines: string[]): InfoFields {
  const first = articleLines[0];
  const at = first === undefined ? -1 : pageLines.indexOf(first);
  const outside = at < 0 ? pageLines : pageLines.slice(0, at);
  const found = infoFields(outside);
  if (found.published !== null && found.publisher !== null) return found;
  const rest = infoFields(at < 0 ? [] : pageLines.slice(at));
  return { published: found.published ?? rest.published, publisher: found.publisher ?? rest.publisher };
}

const found = (value: string | null | undefined, from: string): Found | null =>
  value ? { value, from } : null;

/**
 * Reads an article page. Readability rearranges the document it reads: pass one parsed for this call.
 * @example readHtmlPage(new DOMParser().parseFromString(html, "text/html")).published // { value: "2019-04-11", from: "meta PubDate" }
 */
export function readHtmlPage(doc: Document, options: { url?: string | null } = {}): PageReading {
  const head = headFields(doc);
  const headline = head.title ?? headlineOf(doc);
  const root = doc.body ?? doc.documentElement;
  const pageLines = root ? elementText(root).split("\n") : [];
  const article = new Readability<Node>(doc, {
    charThreshold: CHAR_THRESHOLD,
    serializer: (node) => node,
  }).parse();
  const title = headline ?? found(article?.title?.trim(), "Readability's title");
  const body = article?.content ? elementText(article.content) : "";
  const lines = withoutHeader(body === "" ? [] : body.split("\n"), title?.value ?? null);
  const info = pageInfo(pageLines, lines);
  const url = options.url ? { value: options.url, from: "the address fetched" } : head.url;
  return {
    text: lines.join("\n"),
    title,
    publisher:
      head.source ??
      found(info.publisher?.value, `the ${info.publisher?.label} line`) ??
      head.site ??
      found(article?.siteName?.trim(), "Readability's site name"),
    published:
      head.published ??
      found(info.published?.value, `the ${info.published?.label} line`) ??
      found(pageDate(article?.publishedTime ?? ""), "Readability's published time") ??
      found(url ? urlDate(url.value) : null, "the page's address"),
    url,
  };
}
