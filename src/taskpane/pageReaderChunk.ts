/**
 * The page reader (Readability and the meta-tag and info-line reading), loaded when a page is first dropped or
 * pasted: a chunk of its own (`page.js`), so the pane's first load stays within its budget.
 */
export type PageReader = typeof import("./browserPage");

let pending: Promise<PageReader> | null = null;

/** Loads the reader once; a failed load (network) may be tried again. */
export function loadPageReader(): Promise<PageReader> {
  pending ??= import(/* webpackChunkName: "page" */ "./browserPage").catch((error: unknown) => {
    pending = null; // the next page dropped tries again
    throw error;
  });
  return pending;
}
