/**
 * The CZ functions as the pane shows them: signature, description in both languages, an example, and what
 * kind of value each parameter takes (so the argument picker offers sectors, places, measures …). Chinese texts
 * come from src/functions/metadataZhCn.ts, the same table Excel's Chinese metadata is built from; the English
 * texts follow the JSDoc of src/functions/functions.ts.
 */
import { type FunctionText, ZH_CN } from "../functions/metadataZhCn";

export type ParameterKind =
  "sector" | "place" | "measure" | "bound" | "period" | "stage" | "columns" | "project" | "field" | "scope";

export interface FunctionParameter {
  name: string;
  kind: ParameterKind;
  optional: boolean;
  en: string;
  zh: string;
}

export interface GalleryFunction {
  id: string;
  en: string;
  zh: string;
  parameters: readonly FunctionParameter[];
  /** An example call, arguments as text. */
  example: readonly string[];
}

interface EnglishText {
  description: string;
  example: readonly string[];
  parameters: readonly { name: string; kind: ParameterKind; optional?: boolean; en: string }[];
}

const ENGLISH: Record<string, EnglishText> = {
  TOTAL: {
    description:
      'Sum of a measure over the matching projects: money in 亿元, any other measure in its own unit (员工 in 万人). Default: investment, lower bound. Only projects\' own figures, one per project (the most precise); batch figures are in CZ.FIGURES; foreign money as "总投资[亿美元]", never converted.',
    example: ["新能源", "金坛"],
    parameters: [
      { name: "sector", kind: "sector", en: 'Sector name or alias, any level, or "*" for all.' },
      {
        name: "place",
        kind: "place",
        optional: true,
        en: "District or park (a district includes its parks).",
      },
      {
        name: "measure",
        kind: "measure",
        optional: true,
        en: "Empty for investment, or a measure: 总投资, 年产值 …",
      },
      { name: "bound", kind: "bound", optional: true, en: '"low" (default, at least), "high" or "mid".' },
      { name: "period", kind: "period", optional: true, en: 'A year (2018) or a span ("2015:2019").' },
    ],
  },
  COUNT: {
    description: "Number of matching projects.",
    example: ["集成电路", "", "签约"],
    parameters: [
      { name: "sector", kind: "sector", en: 'Sector name or alias, or "*" for all.' },
      { name: "place", kind: "place", optional: true, en: 'District or park, or "*" / empty for all.' },
      { name: "stage", kind: "stage", optional: true, en: "签约, 开工, 投产 … (or signed, started …)." },
      { name: "period", kind: "period", optional: true, en: 'A year (2018) or a span ("2015:2019").' },
    ],
  },
  PROJECTS: {
    description: "The matching projects as a table with a header row, largest investment first (spills).",
    example: ["新能源", "", "name,stage,investment"],
    parameters: [
      { name: "sector", kind: "sector", en: 'Sector name or alias, or "*" for all.' },
      { name: "place", kind: "place", optional: true, en: 'District or park, or "*" / empty for all.' },
      {
        name: "columns",
        kind: "columns",
        optional: true,
        en: 'Comma-separated fields, e.g. "name,stage,quote".',
      },
    ],
  },
  PROJECT: {
    description: "One field of one project, found by id or exact name.",
    example: ["钟楼区智能制造基地", "stage"],
    parameters: [
      { name: "idOrName", kind: "project", en: "The project's id (prj-…) or its name." },
      {
        name: "field",
        kind: "field",
        optional: true,
        en: "name, stage, investment, quote …; empty for a summary.",
      },
    ],
  },
  SOURCE: {
    description: "The sentence a project or figure was quoted from, verbatim.",
    example: ["钟楼区智能制造基地"],
    parameters: [{ name: "idOrName", kind: "project", en: "A project id or name, or a figure id (amt-…)." }],
  },
  FIGURES: {
    description:
      "Figures that are no single project's and that CZ.TOTAL never adds: batch totals, size classes, aggregates and figures tied to no project, with project count, place, date and quote (spills).",
    example: ["batch", "常州高新区"],
    parameters: [
      {
        name: "scope",
        kind: "scope",
        optional: true,
        en: "Empty for all of them, or batch, threshold, aggregate, unattached, project.",
      },
      { name: "place", kind: "place", optional: true, en: "District or park, or empty for all." },
      { name: "period", kind: "period", optional: true, en: 'A year (2018) or a span ("2015:2019").' },
    ],
  },
  SECTORS: {
    description: "The sector tree: name, id, parent, level and aliases (spills).",
    example: [],
    parameters: [],
  },
  PLACES: {
    description: "Changzhou's districts and parks: name, id, kind, district and aliases (spills).",
    example: [],
    parameters: [],
  },
  VERSION: { description: "The dataset version and build time, for audit.", example: [], parameters: [] },
};

function galleryFunction(id: string, zh: FunctionText): GalleryFunction {
  const en = ENGLISH[id];
  if (!en) throw new Error(`no English text for CZ.${id} in the pane's function catalog`);
  return {
    id,
    en: en.description,
    zh: zh.description,
    example: en.example,
    parameters: en.parameters.map((p) => ({
      name: p.name,
      kind: p.kind,
      optional: p.optional ?? false,
      en: p.en,
      zh: zh.parameters[p.name] ?? p.en,
    })),
  };
}

/** Every CZ function, in the order of metadataZhCn.ts (the order of functions.ts). */
export const GALLERY_FUNCTIONS: readonly GalleryFunction[] = Object.entries(ZH_CN).map(([id, zh]) =>
  galleryFunction(id, zh),
);

/**
 * How a function is written with its parameters; optional ones in brackets.
 * @example signature(GALLERY_FUNCTIONS[0]) // "CZ.TOTAL(sector, [place], [measure], [bound], [period])"
 */
export function signature(fn: GalleryFunction): string {
  return `CZ.${fn.id}(${fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`;
}

export function findGalleryFunction(id: string): GalleryFunction | undefined {
  return GALLERY_FUNCTIONS.find((f) => f.id === id);
}
