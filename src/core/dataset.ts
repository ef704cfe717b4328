/**
 * The published dataset format (DESIGN.md, "The published format"): the one public interface between the
 * ingest pipeline, the add-in and other teams' tools. Field names are fixed; the JSON Schema shipped in
 * `schema/dataset.schema.json` is generated from these definitions (`npm run schema`) and a test keeps the two equal.
 */
import { z } from "zod";

// zod compiles fast validators with `new Function`, which a strict Content-Security-Policy (no 'unsafe-eval')
// refuses in the add-in's page; the interpreted validators give the same answers.
z.config({ jitless: true });

export const SCHEMA_VERSION = 1;

/** ISO date at its own precision: `2018`, `2018-05` or `2018-11-13`. */
export const isoDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    "expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD",
  );

const id = z.string().min(1);
const names = z.array(z.string().min(1));

export const ORG_KINDS = ["央企", "科研院所", "高校", "基金", "企业", "政府"] as const;
export const PLACE_KINDS = ["district", "county-city", "park"] as const;
export const STAGES = ["拟建", "签约", "落户", "开工", "在建", "验收", "投产", "运营"] as const;
export const QUALIFIERS = ["exact", "range", "over", "about", "under", "garbled", "restored"] as const;
export const EVENT_KINDS = ["meeting", "signing", "visit"] as const;

export const sourceSchema = z.object({
  id,
  title: z.string(),
  publisher: z.string(),
  published: isoDate.nullable(),
  url: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});

export const organizationSchema = z.object({
  id,
  name: z.string().min(1),
  aliases: names,
  kind: z.enum(ORG_KINDS),
  parentId: id.nullable(),
});

export const placeSchema = z.object({
  id,
  name: z.string().min(1),
  aliases: names,
  kind: z.enum(PLACE_KINDS),
  parentId: id.nullable(),
});

export const sectorSchema = z.object({
  id,
  name: z.string().min(1),
  aliases: names,
  parentId: id.nullable(),
});

export const projectSchema = z.object({
  id,
  name: z.string().min(1),
  orgIds: z.array(id),
  placeId: id.nullable(),
  sectorId: id.nullable(),
  stage: z.enum(STAGES).nullable(),
  date: isoDate.nullable(),
  sourceId: id,
  quote: z.string().min(1),
});

export const amountSchema = z.object({
  id,
  projectId: id.nullable(),
  orgId: id.nullable(),
  measure: z.string().min(1),
  unit: z.string().min(1),
  low: z.number().nullable(),
  high: z.number().nullable(),
  qualifier: z.enum(QUALIFIERS),
  text: z.string().min(1),
  sourceId: id,
  quote: z.string().min(1),
});

export const eventSchema = z.object({
  id,
  date: isoDate.nullable(),
  kind: z.enum(EVENT_KINDS),
  official: z.string().nullable(),
  role: z.string().nullable(),
  orgIds: z.array(id),
  placeId: id.nullable(),
  sourceId: id,
  quote: z.string().min(1),
});

export const datasetSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  version: z.string().min(1),
  builtAt: z.string(),
  sources: z.array(sourceSchema),
  organizations: z.array(organizationSchema),
  places: z.array(placeSchema),
  sectors: z.array(sectorSchema),
  projects: z.array(projectSchema),
  amounts: z.array(amountSchema),
  events: z.array(eventSchema),
});

export type OrgKind = (typeof ORG_KINDS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type Stage = (typeof STAGES)[number];
export type Qualifier = (typeof QUALIFIERS)[number];
export type EventKind = (typeof EVENT_KINDS)[number];
export type Source = z.infer<typeof sourceSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Amount = z.infer<typeof amountSchema>;
export type DatasetEvent = z.infer<typeof eventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
