/**
 * Curation: reviewed analyst decisions applied on top of what the pipeline extracted (data/curation.json).
 * Each entry names what it changes, why, and on what evidence. An entry that no longer matches anything fails
 * the build with a message naming it, so stale decisions never pass silently.
 */
import { z } from "zod";
import { QUALIFIERS } from "../core/dataset";

const evidence = z.object({
  /** Where the evidence is: a source id of data/sources, or a URL. */
  source: z.string().min(1),
  /** The words of the evidence; with a data/sources id it must be found there verbatim. */
  quote: z.string().min(1),
});

const base = { id: z.string().min(1), reason: z.string().min(1) };

export const curationEntrySchema = z.discriminatedUnion("action", [
  z.object({
    ...base,
    action: z.literal("mergeOrganizations"),
    into: z.string().min(1),
    from: z.array(z.string().min(1)).min(1),
  }),
  z.object({
    ...base,
    action: z.literal("setSector"),
    project: z.string().min(1),
    sector: z.string().min(1),
  }),
  z.object({ ...base, action: z.literal("setPlace"), project: z.string().min(1), place: z.string().min(1) }),
  z.object({ ...base, action: z.literal("dropProject"), project: z.string().min(1) }),
  /** Joins reports no rule joins: the projects `from` (ids or names) become part of `into`. */
  z.object({
    ...base,
    action: z.literal("mergeProjects"),
    into: z.string().min(1),
    from: z.array(z.string().min(1)).min(1),
  }),
  /** Keeps one report's project (its id as `cz build` prints it) out of any merge across sources. */
  z.object({ ...base, action: z.literal("splitProject"), project: z.string().min(1) }),
  z.object({
    ...base,
    action: z.literal("settleAmount"),
    /** The figure as written in its source, and the source: "总投?0亿元" in "seed-article". */
    source: z.string().min(1),
    text: z.string().min(1),
    low: z.number().nullable(),
    high: z.number().nullable(),
    qualifier: z.enum(QUALIFIERS).default("exact"),
    evidence,
  }),
]);

export const curationSchema = z.object({ entries: z.array(curationEntrySchema) });

export type CurationEntry = z.infer<typeof curationEntrySchema>;
export type Curation = z.infer<typeof curationSchema>;

export const EMPTY_CURATION: Curation = { entries: [] };
