/**
 * The published dataset format (DESIGN.md, "The published format"): the one public interface between the
 * ingest pipeline, the add-in and other teams' tools. Field names are fixed; the JSON Schema shipped in
 * `schema/dataset.schema.json` is generated from these definitions (`npm run schema`) and a test keeps the two equal.
 */
import { z } from "zod";

// zod compiles fast validators with `new Function`, which a strict Content-Security-Policy (no 'unsafe-eval')
// refuses in the add-in's page; the interpreted validators give the same answers.
z.config({ jitless: true });

/**
 * Version 2 added, all optional so that version-1 datasets still load: projects' aliases, placeFrom, stage
 * history and sourceIds; amounts' scope, projectCount, placeId and date; place kinds town and street.
 */
export const SCHEMA_VERSION = 2;
/** Every version a loader reads. */
export const SCHEMA_VERSIONS = [1, 2] as const;

/** The first year a date may name: 0000 is no year, and nothing reported here is older. */
export const FIRST_YEAR = 1000;

/** True for a day that exists: 2018-02-31 and 2019-02-29 do not. `text` already matches the date pattern. */
export function isCalendarDate(text: string): boolean {
  const [year, month, day] = text.split("-").map(Number);
  if (year === undefined || year < FIRST_YEAR) return false;
  if (month === undefined || day === undefined) return true;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** ISO date at its own precision: `2018`, `2018-05` or `2018-11-13`, and a day that exists. */
export const isoDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    "expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD",
  )
  .refine(isCalendarDate, {
    error: (issue) =>
      `${String(issue.input)} is no calendar date (year from ${FIRST_YEAR}, a day the month has)`,
  });

const id = z.string().min(1);
const names = z.array(z.string().min(1));

export const ORG_KINDS = ["央企", "科研院所", "高校", "基金", "企业", "政府"] as const;
export const PLACE_KINDS = ["district", "county-city", "park", "town", "street"] as const;
export const STAGES = ["拟建", "签约", "落户", "开工", "在建", "验收", "投产", "运营"] as const;
export const QUALIFIERS = ["exact", "range", "over", "about", "under", "garbled", "restored"] as const;
export const EVENT_KINDS = ["meeting", "signing", "visit"] as const;
/**
 * What a figure is the figure of: one project ("project", also when no project could be tied to it), a
 * batch of projects ("18个项目总投资80亿元"), a size class ("超10亿元项目6个") or a district's or period's
 * aggregate ("累计完成投资266.7亿元"). Only project figures are ever added into a project total.
 */
export const AMOUNT_SCOPES = ["project", "batch", "threshold", "aggregate"] as const;
/** Where a project's place was read: its own sentences, the article's headline or lead, or its publisher. */
export const PLACE_FROM = ["sentence", "article", "publisher"] as const;

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

/** One reported stage of a project: what, when, and which report says so. */
export const stageReportSchema = z.object({
  stage: z.enum(STAGES),
  date: isoDate.nullable(),
  sourceId: id,
  quote: z.string().min(1),
});

export const projectSchema = z.object({
  id,
  name: z.string().min(1),
  /** Other names of the same project: the short and long forms reports use. */
  aliases: names.default([]),
  orgIds: z.array(id),
  placeId: id.nullable(),
  sectorId: id.nullable(),
  stage: z.enum(STAGES).nullable(),
  date: isoDate.nullable(),
  sourceId: id,
  quote: z.string().min(1),
  /** Where `placeId` was read; null when there is no place or the dataset predates version 2. */
  placeFrom: z.enum(PLACE_FROM).nullable().default(null),
  /** Every stage reported, oldest first; `stage` and `date` are the latest of them. */
  stages: z.array(stageReportSchema).default([]),
  /** Every source that reports the project; `sourceId` is the one that introduced it. */
  sourceIds: z.array(id).default([]),
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
  scope: z.enum(AMOUNT_SCOPES).default("project"),
  /** How many projects a batch or size class has, where the text says. */
  projectCount: z.number().int().positive().nullable().default(null),
  /** For figures that are no project's: the place and the date they are of. */
  placeId: id.nullable().default(null),
  date: isoDate.nullable().default(null),
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
  schemaVersion: z.union(SCHEMA_VERSIONS.map((v) => z.literal(v))),
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
export type AmountScope = (typeof AMOUNT_SCOPES)[number];
export type PlaceFrom = (typeof PLACE_FROM)[number];
export type StageReport = z.infer<typeof stageReportSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Sector = z.infer<typeof sectorSchema>;
export type Project = z.infer<typeof projectSchema>;
export type Amount = z.infer<typeof amountSchema>;
export type DatasetEvent = z.infer<typeof eventSchema>;
export type Dataset = z.infer<typeof datasetSchema>;
