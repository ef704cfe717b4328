/**
 * What a page's <head> says about its article: the meta tags Chinese government content systems write (TRS and
 * Hanweb: ArticleTitle, PubDate, ContentSource, SiteName), Open Graph and Dublin Core tags, the canonical
 * address, and the address a browser noted when the page was saved (`<!-- saved from url=(0071)https://… -->`).
 *
 * Reads a parsed document through the standard DOM interface only (the browser's DOMParser or linkedom).
 */
import { pageDate } from "./pageDate";

/** The tags that name each field, in order of trust (a CMS's own tag before a generic one). */
const TITLE_TAGS = ["articletitle", "og:title", "twitter:title", "dc.title"];
const DATE_TAGS = [
  "pubdate",
  "publishdate",
  "publish_date",
  "article:published_time",
  "og:article:published_time",
  "datepublished",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date",
  "firstpublishedtime",
];
const SOURCE_TAGS = ["contentsource", "source"];
const SITE_TAGS = ["sitename", "og:site_name", "application-name"];

/** A field and where on the page it was read: the command line says where, so a wrong one can be overridden. */
export interface Found {
  value: string;
  from: string;
}

/** The content of every meta tag by its lower-cased name, property or itemprop (the first of each). */
function metaTags(doc: Document): Map<string, { content: string; tag: string }> {
  const tags = new Map<string, { content: string; tag: string }>();
  const metas = doc.querySelectorAll("meta");
  for (let i = 0; i < metas.length; i++) {
    const meta = metas[i]!;
    const content = (meta.getAttribute("content") ?? "").replace(/\s+/g, " ").trim();
    if (content === "") continue;
    for (const attribute of ["name", "property", "itemprop"]) {
      const key = meta.getAttribute(attribute)?.trim();
      if (key && !tags.has(key.toLowerCase())) tags.set(key.toLowerCase(), { content, tag: key });
    }
  }
  return tags;
}

function firstTag(
  tags: Map<string, { content: string; tag: string }>,
  names: readonly string[],
  accept: (content: string) => string | null = (c) => c,
): Found | null {
  for (const name of names) {
    const tag = tags.get(name);
    const value = tag ? accept(tag.content) : null;
    if (tag && value) return { value, from: `meta ${tag.tag}` };
  }
  return null;
}

export interface HeadFields {
  title: Found | null;
  published: Found | null;
  /** The article's source (来源) as a tag gives it. */
  source: Found | null;
  /** The site that published the page. */
  site: Found | null;
  url: Found | null;
}

const isWebAddress = (text: string) => /^https?:\/\/[^\s/]+/i.test(text);

/** The address the page was saved from: a browser's comment before <html>, else its canonical link. */
function pageUrl(doc: Document, tags: Map<string, { content: string; tag: string }>): Found | null {
  for (let node = doc.firstChild; node !== null; node = node.nextSibling) {
    if (node.nodeType !== 8) continue;
    const saved = /saved from url=\(\d+\)(\S+)/i.exec(node.nodeValue ?? "")?.[1];
    if (saved && isWebAddress(saved)) return { value: saved, from: "the 'saved from' note" };
  }
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href")?.trim();
  if (canonical && isWebAddress(canonical)) return { value: canonical, from: "link canonical" };
  const og = tags.get("og:url")?.content;
  if (og && isWebAddress(og)) return { value: og, from: "meta og:url" };
  return null;
}

/**
 * The title, date, source, site and address a page's meta tags give.
 * @example headFields(parse('<meta name="PubDate" content="2019-04-11 09:32">')).published // { value: "2019-04-11", from: "meta PubDate" }
 */
export function headFields(doc: Document): HeadFields {
  const tags = metaTags(doc);
  return {
    title: firstTag(tags, TITLE_TAGS),
    published: firstTag(tags, DATE_TAGS, pageDate),
    source: firstTag(tags, SOURCE_TAGS, (c) => (/^(本站|本网|原创|本站原创)$/.test(c) ? null : c)),
    site: firstTag(tags, SITE_TAGS),
    url: pageUrl(doc, tags),
  };
}

/**
 * The headline when no tag names it: the page's <h1> (or a heading) that its <title> contains (the <title> adds
 * the column and site: `标题_常州要闻_常州市人民政府`), else the <title> itself when it has no such parts.
 */
export function headlineOf(doc: Document): Found | null {
  const title = (doc.querySelector("title")?.textContent ?? "").replace(/\s+/g, " ").trim();
  const headings = doc.querySelectorAll("h1, h2, .title, .bt, .dtitle");
  for (let i = 0; i < headings.length; i++) {
    const text = (headings[i]!.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text.length >= 4 && title.includes(text)) return { value: text, from: "the page's headline" };
  }
  if (title === "") return null;
  const parts = title.split(/\s*[_|｜]\s*|\s+[-–—]\s+/).filter((p) => p !== "");
  // The longest part is the headline; the others are the column and the site.
  const longest = parts.reduce((a, b) => (b.length > a.length ? b : a), "");
  return longest === "" ? null : { value: longest, from: "the page's <title>" };
}
