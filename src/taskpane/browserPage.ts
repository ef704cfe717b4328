/**
 * A web page read in the pane: the browser's own DOMParser builds the document (no DOM library is shipped) and
 * the same reader as `cz fetch` takes the article and its title, publisher and date from it. Loaded on demand
 * (pageReaderChunk.ts): Readability is not part of the pane's first load.
 */
import { type PageReading, readHtmlPage } from "../ingest/html/readHtmlPage";

/**
 * Reads a page's HTML (a dropped .html file, or a page's source pasted into the text field).
 * @example readPageInBrowser(html).title // { value: "钟楼区与…签约", from: "meta ArticleTitle" }
 */
export function readPageInBrowser(html: string): PageReading {
  // A parsed document runs no scripts and loads nothing: DOMParser documents are inert.
  const doc = new DOMParser().parseFromString(html, "text/html");
  return readHtmlPage(doc);
}
