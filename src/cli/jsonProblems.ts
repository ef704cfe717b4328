/**
 * A JSON file's first problem against its schema, said as the field and what it must hold: `has no 'published':
 * it must hold the date the article was published, as "YYYY-MM-DD" (or null when unknown)` rather than zod's
 * "Invalid input: expected string, received undefined". A missing field beside an unknown one of a near name
 * says so (`'publised' is no field: did you mean 'published'?`).
 */
import type { z } from "zod";
import { nearest } from "./commandLine";

/** What each field must hold, by its name (the last part of its path). */
export type FieldHelp = Readonly<Record<string, string>>;

/** The metadata beside an article (NAME.json). */
export const SOURCE_META_HELP: FieldHelp = {
  title: 'the article\'s headline as text, e.g. "汪泉率常州党政代表团赴北京对接央企和大院大所"',
  publisher: 'who published the article, as text, e.g. "常州市人民政府"',
  published:
    'the date the article was published, as "YYYY-MM-DD" (or "YYYY-MM" / "YYYY"), or null when unknown ' +
    "(relative dates such as 今年5月 then stay unresolved)",
  url: 'the article\'s web address ("https://…"), or null',
};

function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const key of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const show = (value: unknown) => {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}…` : text;
};

/**
 * The first issue of a failed parse, in words.
 * @example describeJsonProblem(issues, { title: "…" }, SOURCE_META_HELP) // "has no 'published': it must hold …"
 */
export function describeJsonProblem(
  issues: z.ZodError["issues"],
  json: unknown,
  help: FieldHelp = {},
): string {
  const issue = issues[0];
  if (!issue) return "is not valid";
  const path = issue.path;
  const where = path.map(String).join(".");
  const field = String(path.at(-1) ?? "");
  const value = valueAt(json, path);
  const holds = help[field];
  if (path.length === 0)
    return `must hold a JSON object${holds ? `: ${holds}` : ""} (it holds ${show(json)})`;
  if (value === undefined) {
    const parent = valueAt(json, path.slice(0, -1));
    const others =
      parent !== null && typeof parent === "object" && !Array.isArray(parent) ? Object.keys(parent) : [];
    const typo = nearest(
      field,
      others.filter((k) => !(k in help) && k !== field),
    );
    const hint = typo ? ` ('${typo}' is no field: did you mean '${field}'?)` : "";
    return `has no '${where}'${hint}: it must hold ${holds ?? `a value (${issue.message})`}`;
  }
  return `has a bad '${where}' (${show(value)}): ${holds ? `${issue.message}; it must hold ${holds}` : issue.message}`;
}
