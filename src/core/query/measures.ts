/**
 * Which figures a total adds up. Empty (or 投资 / investment) is the investment rule of `investment.ts`; any
 * other argument names a measure exactly as the dataset has it (总投资, 一期总投资, 年产值, 供热量 …), so a total
 * never mixes two measures. A measure in several units is 亿元 by default when it has money in 亿元; otherwise
 * (数量 in 家 and in 项) the argument must say which: "数量[家]". A measure the pipeline knows (measureNames.ts,
 * with English aliases) that has no figures in this dataset sums to 0: it is known, there is just nothing of it.
 */
import type { Amount } from "../dataset";
import { KNOWN_MEASURES, type KnownMeasure } from "../measureNames";
import { nameKey } from "../taxonomy";
import { INVESTMENT, INVESTMENT_UNIT } from "./investment";
import { type CellArgument, isAll, textOf } from "./arguments";
import { invalidValue } from "./queryError";
import { didYouMean } from "./suggest";

export type MeasureChoice =
  | { kind: "investment"; key: string; unit: string }
  | { kind: "figures"; key: string; measure: string; unit: string };

export interface MeasureCatalog {
  /** Every measure of the dataset with its units, most figures first. */
  measures: readonly { measure: string; units: readonly string[]; figures: number }[];
  resolve(value: CellArgument): MeasureChoice;
}

const INVESTMENT_SPELLINGS = new Set([INVESTMENT, "investment", "invest"]);

/** The key under which figures of one measure and unit are aggregated. */
export function figuresKey(measure: string, unit: string): string {
  return `${measure}[${unit}]`;
}

export const INVESTMENT_KEY = `*${INVESTMENT}`;

/** Known measures by every spelling (name and aliases). */
const KNOWN_BY_KEY = new Map<string, KnownMeasure>();
for (const m of KNOWN_MEASURES)
  for (const spelling of [m.name, ...m.aliases])
    if (!KNOWN_BY_KEY.has(nameKey(spelling))) KNOWN_BY_KEY.set(nameKey(spelling), m);

export function measureCatalog(amounts: readonly Amount[]): MeasureCatalog {
  const units = new Map<string, Map<string, number>>();
  for (const a of amounts) {
    const perUnit = units.get(a.measure) ?? new Map<string, number>();
    perUnit.set(a.unit, (perUnit.get(a.unit) ?? 0) + 1);
    units.set(a.measure, perUnit);
  }
  const measures = [...units]
    .map(([measure, perUnit]) => ({
      measure,
      units: [...perUnit.keys()].sort(),
      figures: [...perUnit.values()].reduce((s, n) => s + n, 0),
    }))
    .sort((a, b) => b.figures - a.figures || a.measure.localeCompare(b.measure));
  const byKey = new Map(measures.map((m) => [nameKey(m.measure), m] as const));
  const inDataset = new Set(measures.map((m) => m.measure));
  const candidates = [
    ...measures.map((m) => ({ name: m.measure, spellings: [m.measure] })),
    ...KNOWN_MEASURES.filter((m) => !inDataset.has(m.name)).map((m) => ({
      name: m.name,
      spellings: [m.name, ...m.aliases],
    })),
  ];
  const allowed = () => [INVESTMENT, ...measures.map((m) => m.measure)].slice(0, 12).join(", ");

  const resolve = (value: CellArgument): MeasureChoice => {
    if (isAll(value) || INVESTMENT_SPELLINGS.has(nameKey(textOf(value))))
      return { kind: "investment", key: INVESTMENT_KEY, unit: INVESTMENT_UNIT };
    const text = textOf(value);
    const withUnit = /^(.+?)\s*[[(（【]\s*([^\])）】]+?)\s*[\])）】]$/.exec(text);
    const name = withUnit ? withUnit[1]! : text;
    const known = KNOWN_BY_KEY.get(nameKey(name));
    const found = byKey.get(nameKey(name)) ?? (known ? byKey.get(nameKey(known.name)) : undefined);
    if (!found && known) {
      // Known, but no figure of it in this dataset: nothing to add up.
      const unit = withUnit ? withUnit[2]! : known.money ? INVESTMENT_UNIT : "";
      return { kind: "figures", key: figuresKey(known.name, unit), measure: known.name, unit };
    }
    if (!found) {
      const hint = didYouMean(name, candidates);
      throw invalidValue(`未知度量 '${text}'${hint} — 可用: ${allowed()} / unknown measure`);
    }
    if (withUnit) {
      const unit = found.units.find((u) => nameKey(u) === nameKey(withUnit[2]!));
      if (!unit)
        throw invalidValue(
          `度量 '${found.measure}' 没有单位 '${withUnit[2]}' — 可用: ${found.units.map((u) => `${found.measure}[${u}]`).join(", ")}`,
        );
      return { kind: "figures", key: figuresKey(found.measure, unit), measure: found.measure, unit };
    }
    // Money is normalized to 亿元, the documented unit of totals; a stray foreign figure (亿美元) keeps its
    // own unit and is asked for as "总投资[亿美元]", never converted or mixed in.
    if (found.units.length > 1 && found.units.includes(INVESTMENT_UNIT))
      return {
        kind: "figures",
        key: figuresKey(found.measure, INVESTMENT_UNIT),
        measure: found.measure,
        unit: INVESTMENT_UNIT,
      };
    if (found.units.length > 1)
      throw invalidValue(
        `度量 '${found.measure}' 有多个单位,不能相加 — 请写 ${found.units.map((u) => `'${found.measure}[${u}]'`).join(" / ")} / the measure has several units`,
      );
    const unit = found.units[0]!;
    return { kind: "figures", key: figuresKey(found.measure, unit), measure: found.measure, unit };
  };
  return { measures, resolve };
}
