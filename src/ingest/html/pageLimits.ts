/**
 * The largest web page read, in `cz fetch` / `cz add` and in the pane: government article pages weigh 30–300 KB
 * with their furniture; 5 MB leaves room for inline images and refuses a file that is no article page.
 */
export const MAX_PAGE_BYTES = 5 * 1024 * 1024;
