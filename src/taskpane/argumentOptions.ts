/**
 * What the argument picker offers for each kind of parameter, from the dataset in memory: sectors, places,
 * measures (投资 plus every measure the figures have) and stages, each with every spelling that finds it (Chinese
 * name, aliases, English words), and a search over those spellings.
 */
import { type Dataset, STAGES, type Stage } from "../core/dataset";
import { INVESTMENT, INVESTMENT_UNIT } from "../core/query/investment";
import { measureCatalog } from "../core/query/measures";
import { FIELD_NAMES } from "../core/query/projectFields";
import { nameKey } from "../core/taxonomy";
import type { ParameterKind } from "./functionCatalog";

export interface ArgumentOption {
  /** What goes into the formula. */
  value: string;
  /** What the list shows. */
  label: string;
  /** A second line: aliases, units, English name. */
  hint: string;
  /** Every spelling that finds the option. */
  spellings: readonly string[];
}

/** English words for the stages, as parseStage (src/core/query/arguments.ts) reads them. */
export const STAGE_ENGLISH: Record<Stage, string> = {
  拟建: "planned",
  签约: "signed",
  落户: "settled",
  开工: "started",
  在建: "under construction",
  验收: "accepted",
  投产: "in production",
  运营: "operating",
};

const BOUNDS: readonly ArgumentOption[] = [
  { value: "low", label: "low · 下限", hint: "default: at least / 默认", spellings: ["low", "下限"] },
  { value: "high", label: "high · 上限", hint: "", spellings: ["high", "上限"] },
  { value: "mid", label: "mid · 中值", hint: "", spellings: ["mid", "中值", "middle"] },
];

/** CZ.FIGURES scopes, as parseFigureScope (src/core/query/figureList.ts) reads them. */
const SCOPES: readonly ArgumentOption[] = [
  { value: "batch", label: "batch · 批量", hint: "18个项目总投资80亿元", spellings: ["batch", "批量"] },
  {
    value: "threshold",
    label: "threshold · 规模",
    hint: "超10亿元项目6个",
    spellings: ["threshold", "规模"],
  },
  { value: "aggregate", label: "aggregate · 累计", hint: "累计完成投资", spellings: ["aggregate", "累计"] },
  { value: "unattached", label: "unattached · 未归属", hint: "", spellings: ["unattached", "未归属"] },
  { value: "project", label: "project · 项目", hint: "", spellings: ["project", "项目"] },
];

const ALL: ArgumentOption = {
  value: "*",
  label: "* · 全部 / all",
  hint: "",
  spellings: ["*", "全部", "all"],
};

function named(nodes: readonly { name: string; aliases: readonly string[]; id: string }[]): ArgumentOption[] {
  return nodes.map((n) => ({
    value: n.name,
    label: n.name,
    hint: n.aliases.join(" · "),
    spellings: [n.name, n.id, ...n.aliases],
  }));
}

/**
 * Measure options: 投资 (the investment rule) first, then each measure; a measure in several units offers one
 * option per unit ("数量[家]") unless it has 亿元, which the plain name means.
 * @example measureOptions(seed.amounts)[0].value // "投资"
 */
export function measureOptions(amounts: Dataset["amounts"]): ArgumentOption[] {
  const options: ArgumentOption[] = [
    {
      value: INVESTMENT,
      label: INVESTMENT,
      hint: `investment (${INVESTMENT_UNIT}) · default / 默认`,
      spellings: [INVESTMENT, "investment"],
    },
  ];
  for (const { measure, units, figures } of measureCatalog(amounts).measures) {
    // The plain name means 亿元 when the measure has money in 亿元, or its one unit; otherwise the unit is needed.
    const plainUnit = units.includes(INVESTMENT_UNIT)
      ? INVESTMENT_UNIT
      : units.length === 1
        ? units[0]
        : undefined;
    if (plainUnit !== undefined)
      options.push({
        value: measure,
        label: measure,
        hint: `${plainUnit} · ${figures}`,
        spellings: [measure],
      });
    for (const unit of units)
      if (unit !== plainUnit)
        options.push({
          value: `${measure}[${unit}]`,
          label: `${measure}[${unit}]`,
          hint: unit,
          spellings: [measure, `${measure}[${unit}]`, unit],
        });
  }
  return options;
}

function stageOptions(): ArgumentOption[] {
  return STAGES.map((stage) => ({
    value: stage,
    label: stage,
    hint: STAGE_ENGLISH[stage],
    spellings: [stage, STAGE_ENGLISH[stage]],
  }));
}

/** The options for each parameter kind; a free-text kind (period) has none. */
export function argumentOptions(dataset: Dataset | null): Record<ParameterKind, readonly ArgumentOption[]> {
  const fields = FIELD_NAMES.map((f) => ({ value: f, label: f, hint: "", spellings: [f] }));
  return {
    sector: dataset ? [ALL, ...named(dataset.sectors)] : [ALL],
    place: dataset ? [ALL, ...named(dataset.places)] : [ALL],
    measure: dataset ? measureOptions(dataset.amounts) : [],
    stage: stageOptions(),
    bound: BOUNDS,
    scope: SCOPES,
    period: [],
    columns: fields,
    field: fields,
    project: dataset
      ? dataset.projects.map((p) => ({ value: p.name, label: p.name, hint: p.id, spellings: [p.name, p.id] }))
      : [],
  };
}

/**
 * The options a typed text finds, best first: an exact spelling, then a spelling starting with it, then one
 * containing it. Case and spaces are ignored; an empty text finds everything (up to `limit`).
 * @example searchOptions(options.sector, "pv")[0].value // "光伏"
 */
export function searchOptions(
  options: readonly ArgumentOption[],
  text: string,
  limit = 50,
): ArgumentOption[] {
  const key = nameKey(text);
  if (key === "") return options.slice(0, limit);
  const scored: { option: ArgumentOption; score: number; at: number }[] = [];
  options.forEach((option, at) => {
    let score = Infinity;
    for (const spelling of option.spellings) {
      const s = nameKey(spelling);
      if (s === key) score = Math.min(score, 0);
      else if (s.startsWith(key)) score = Math.min(score, 1);
      else if (s.includes(key)) score = Math.min(score, 2);
    }
    if (score < Infinity) scored.push({ option, score, at });
  });
  scored.sort((a, b) => a.score - b.score || a.at - b.at);
  return scored.slice(0, limit).map((s) => s.option);
}
