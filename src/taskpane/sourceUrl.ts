/**
 * Checking the data-source URL a user types before it is saved with the workbook: empty means the default
 * dataset served next to the add-in; anything else must be an https:// address (http://localhost is allowed for
 * development, as downloadDataset allows it).
 */

export type SourceUrlCheck = { ok: true; url: string | null } | { ok: false; problem: "notUrl" | "notHttps" };

/**
 * @example checkSourceUrl("") // { ok: true, url: null } — the default dataset
 * @example checkSourceUrl("http://example.org/d.json") // { ok: false, problem: "notHttps" }
 */
export function checkSourceUrl(text: string): SourceUrlCheck {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: true, url: null };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return { ok: false, problem: "notUrl" };
  }
  const localhost = url.hostname === "localhost" || url.hostname === "127.0.0.1";
  if (url.protocol === "https:" || (url.protocol === "http:" && localhost))
    return { ok: true, url: url.toString() };
  if (url.protocol === "http:") return { ok: false, problem: "notHttps" };
  return { ok: false, problem: "notUrl" };
}
