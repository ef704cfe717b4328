/**
 * Checking the data-source URL a user types before it is saved with the workbook: empty means the default
 * dataset served next to the add-in; anything else must pass the loader's own rule (src/core/sourceUrl), so
 * the field never saves an address the loader would refuse.
 */
import { type SourceUrlProblem, checkDatasetUrl } from "../core/sourceUrl";

export type SourceUrlCheck = { ok: true; url: string | null } | { ok: false; problem: SourceUrlProblem };

/**
 * @example checkSourceUrl("") // { ok: true, url: null } — the default dataset
 * @example checkSourceUrl("http://example.org/d.json") // { ok: false, problem: "notHttps" }
 */
export function checkSourceUrl(text: string): SourceUrlCheck {
  if (text.trim() === "") return { ok: true, url: null };
  return checkDatasetUrl(text);
}
