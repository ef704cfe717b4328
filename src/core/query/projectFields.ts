/**
 * The fields of a project that `CZ.PROJECT` answers and `CZ.PROJECTS` spills as columns, by English key or
 * Chinese name. Values are what a cell shows: text, a number, or "" for unknown.
 */
import type { Organization, Place, Project, Qualifier, Sector, Source } from "../dataset";
import { nameKey } from "../taxonomy";
import type { ProjectInvestment } from "./investment";
import { invalidValue } from "./queryError";
import type { TaxonomyIndex } from "./taxonomyIndex";

export type CellValue = string | number;

/** What the field functions read: one project with everything resolved once per dataset. */
export interface ProjectRecord {
  project: Project;
  year: number | null;
  investment: ProjectInvestment | undefined;
  source: Source | undefined;
}

export interface FieldContext {
  sectors: TaxonomyIndex<Sector>;
  places: TaxonomyIndex<Place>;
  organizations: ReadonlyMap<string, Organization>;
}

type FieldReader = (record: ProjectRecord, context: FieldContext) => CellValue;

function sectorLevel(level: number): FieldReader {
  return ({ project }, { sectors }) =>
    project.sectorId === null ? "" : (sectors.chain(project.sectorId)[level]?.name ?? "");
}

function placeOfKind(kind: "district" | "park"): FieldReader {
  return ({ project }, { places }) => {
    if (project.placeId === null) return "";
    const chain = places.chain(project.placeId);
    const found =
      kind === "park" ? chain.find((p) => p.kind === "park") : chain.find((p) => p.kind !== "park");
    return found?.name ?? "";
  };
}

const BASIS_NOTE = { total: [], plan: ["计划"], phases: ["仅分期投资, 全项目不低于此"] } as const;
const QUALIFIER_NOTE: Partial<Record<Qualifier, string>> = {
  garbled: "数字残缺",
  about: "约",
  over: "超",
  under: "不足",
  restored: "推定",
};

/** 投资 as a person would write it: "28亿元", "10–90亿元 (计划, 数字残缺)", "≥10亿元 (仅分期投资 …)". */
export function investmentText(investment: ProjectInvestment | undefined): string {
  if (!investment) return "";
  const { low, high, basis, qualifier } = investment;
  const value = high === null ? `≥${low}` : low === high ? `${low}` : `${low}–${high}`;
  const qualifierNote = basis === "phases" && qualifier === "over" ? undefined : QUALIFIER_NOTE[qualifier];
  const notes = [...BASIS_NOTE[basis], ...(qualifierNote ? [qualifierNote] : [])];
  return `${value}亿元${notes.length > 0 ? ` (${notes.join(", ")})` : ""}`;
}

const FIELDS: Record<string, { aliases: string[]; read: FieldReader }> = {
  id: { aliases: ["编号"], read: ({ project }) => project.id },
  name: { aliases: ["名称", "项目"], read: ({ project }) => project.name },
  sector: {
    aliases: ["行业"],
    read: ({ project }, { sectors }) =>
      project.sectorId === null ? "" : (sectors.chain(project.sectorId).at(-1)?.name ?? ""),
  },
  sectorL1: { aliases: ["一级行业"], read: sectorLevel(0) },
  sectorL2: { aliases: ["二级行业"], read: sectorLevel(1) },
  place: {
    aliases: ["地点"],
    read: ({ project }, { places }) =>
      project.placeId === null ? "" : (places.chain(project.placeId).at(-1)?.name ?? ""),
  },
  district: { aliases: ["区县", "辖区"], read: placeOfKind("district") },
  park: { aliases: ["园区"], read: placeOfKind("park") },
  stage: { aliases: ["阶段"], read: ({ project }) => project.stage ?? "" },
  date: { aliases: ["日期"], read: ({ project }) => project.date ?? "" },
  partners: {
    aliases: ["合作方", "合作单位"],
    read: ({ project }, { organizations }) =>
      project.orgIds.map((id) => organizations.get(id)?.name ?? id).join("、"),
  },
  investment: { aliases: ["投资"], read: ({ investment }) => investmentText(investment) },
  investmentLow: { aliases: ["投资下限"], read: ({ investment }) => investment?.low ?? "" },
  investmentHigh: { aliases: ["投资上限"], read: ({ investment }) => investment?.high ?? "" },
  investmentBasis: { aliases: ["投资依据"], read: ({ investment }) => investment?.basis ?? "" },
  investmentQualifier: { aliases: ["投资精度"], read: ({ investment }) => investment?.qualifier ?? "" },
  source: { aliases: ["来源"], read: ({ source }) => source?.title ?? "" },
  published: { aliases: ["发布日期"], read: ({ source }) => source?.published ?? "" },
  url: { aliases: ["链接"], read: ({ source }) => source?.url ?? "" },
  quote: { aliases: ["原文", "引文"], read: ({ project }) => project.quote },
  summary: {
    aliases: ["概要"],
    read: (record, context) =>
      [
        record.project.name,
        FIELDS.sector!.read(record, context),
        FIELDS.place!.read(record, context),
        record.project.stage ?? "",
        record.project.date ?? "",
        record.investment ? `投资 ${investmentText(record.investment)}` : "",
      ]
        .filter((part) => part !== "")
        .join(" · "),
  },
};

export const FIELD_NAMES: readonly string[] = Object.keys(FIELDS);
export const DEFAULT_PROJECT_COLUMNS = [
  "name",
  "sector",
  "place",
  "stage",
  "date",
  "investmentLow",
  "investmentHigh",
] as const;

const BY_SPELLING = new Map<string, string>();
for (const [key, { aliases }] of Object.entries(FIELDS))
  for (const spelling of [key, ...aliases]) BY_SPELLING.set(nameKey(spelling), key);

/**
 * A field's canonical key from an English key or Chinese name.
 * @example fieldKey("投资下限") // "investmentLow"
 */
export function fieldKey(spelling: string): string {
  const key = BY_SPELLING.get(nameKey(spelling));
  if (!key) throw invalidValue(`未知字段 '${spelling}' — 可用: ${FIELD_NAMES.join(", ")} / unknown field`);
  return key;
}

export function readField(key: string, record: ProjectRecord, context: FieldContext): CellValue {
  return FIELDS[key]!.read(record, context);
}
