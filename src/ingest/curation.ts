/**
 * Curation: reviewed analyst decisions applied on top of what the pipeline extracted (data/curation.json).
 * Each entry names what it changes, why, and on what evidence. An entry that no longer matches anything fails
 * the build with a message naming it, so stale decisions never pass silently.
 */
import { z } from "zod";
import { QUALIFIERS, STAGES, isoDate } from "../core/dataset";

// Strict objects: a misspelt field (`qualifer`, `evidnce`) is an error, never a decision silently dropped.
const evidence = z.strictObject({
  /** Where the evidence is: a source id of data/sources, or a URL. */
  source: z.string().min(1),
  /** The words of the evidence; with a data/sources id it must be found there verbatim. */
  quote: z.string().min(1),
});

const base = { id: z.string().min(1), reason: z.string().min(1) };

/** A settled bound: never negative (no figure of the dataset is), never Infinity. */
const bound = z.number().nonnegative("must not be negative").nullable();

export const curationEntrySchema = z.discriminatedUnion("action", [
  z.strictObject({
    ...base,
    action: z.literal("mergeOrganizations"),
    into: z.string().min(1),
    from: z.array(z.string().min(1)).min(1),
  }),
  z.strictObject({
    ...base,
    action: z.literal("setSector"),
    project: z.string().min(1),
    sector: z.string().min(1),
  }),
  z.strictObject({
    ...base,
    action: z.literal("setPlace"),
    project: z.string().min(1),
    place: z.string().min(1),
  }),
  z.strictObject({ ...base, action: z.literal("dropProject"), project: z.string().min(1) }),
  /** The project's current stage as the analyst read it, and its date when given (null: unknown). */
  z.strictObject({
    ...base,
    action: z.literal("setStage"),
    project: z.string().min(1),
    stage: z.enum(STAGES),
    date: isoDate.nullable().optional(),
  }),
  /** Joins reports no rule joins: the projects `from` (ids or names) become part of `into`. */
  z.strictObject({
    ...base,
    action: z.literal("mergeProjects"),
    into: z.string().min(1),
    from: z.array(z.string().min(1)).min(1),
  }),
  /** Keeps one report's project (its id as `cz build` prints it) out of any merge across sources. */
  z.strictObject({ ...base, action: z.literal("splitProject"), project: z.string().min(1) }),
  /** Drops a false figure: every figure written `text` in `source` (an analyst unticked it in review). */
  z.strictObject({
    ...base,
    action: z.literal("dropAmount"),
    source: z.string().min(1),
    text: z.string().min(1),
    /** The figure's quote, as in the dataset: only the figure of that sentence, not every one written alike. */
    quote: z.string().min(1).optional(),
  }),
  z.strictObject({
    ...base,
    action: z.literal("settleAmount"),
    /** The figure as written in its source, and the source: "总投?0亿元" in "seed-article". */
    source: z.string().min(1),
    text: z.string().min(1),
    /** As for dropAmount: with it, only the figure of that quote is settled. */
    quote: z.string().min(1).optional(),
    low: bound,
    high: bound,
    qualifier: z.enum(QUALIFIERS).default("exact"),
    evidence,
  }),
]);

export type CurationEntry = z.infer<typeof curationEntrySchema>;
export interface Curation {
  entries: CurationEntry[];
}

/** "curation entry 'merge-cec'" for an entry with an id, its position otherwise. */
function entryName(raw: unknown, index: number): string {
  const id = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === "string" && id !== "" ? `curation entry '${id}'` : `curation entry #${index + 1}`;
}

/**
 * The curation file. Each entry is checked on its own so that every problem names the entry (by id) as well
 * as its path, and ids are unique: two entries with one id cannot both be the decision an error names.
 */
export const curationSchema: z.ZodType<Curation> = z.strictObject({
  entries: z.array(z.unknown()).transform((raws, ctx) => {
    const entries: CurationEntry[] = [];
    const firstWithId = new Map<string, number>();
    raws.forEach((raw, i) => {
      const name = entryName(raw, i);
      const parsed = curationEntrySchema.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          ctx.addIssue({
            code: "custom",
            path: [i, ...issue.path.map((k) => (typeof k === "symbol" ? String(k) : k))],
            message: `${name}: ${issue.message}`,
          });
        return;
      }
      const entry = parsed.data;
      const first = firstWithId.get(entry.id);
      if (first !== undefined)
        ctx.addIssue({
          code: "custom",
          path: [i, "id"],
          message: `${name}: duplicate id (also entry #${first + 1})`,
        });
      else firstWithId.set(entry.id, i);
      if (
        entry.action === "settleAmount" &&
        entry.low !== null &&
        entry.high !== null &&
        entry.low > entry.high
      )
        ctx.addIssue({
          code: "custom",
          path: [i, "low"],
          message: `${name}: low ${entry.low} is above high ${entry.high}`,
        });
      entries.push(entry);
    });
    return entries;
  }),
});

export const EMPTY_CURATION: Curation = { entries: [] };
