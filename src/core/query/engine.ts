/**
 * The query engine behind the CZ functions: built once per dataset version, then every call is a look-up.
 * Pure: the custom functions, the pane and `cz formula` all answer through it.
 *
 * @example
 * const engine = createQueryEngine(dataset);
 * engine.total("新能源", "金坛");              // 低值合计, 亿元: projects in 金坛区 and every park under it
 * engine.total("集成电路", "", "", "high");    // throws QueryError #N/A: only a first phase is known
 */
import type { Amount, Dataset, Organization, Place, Sector } from "../dataset";
import { type BucketTree, addToBuckets, buildBuckets, exactTotal, sumBuckets } from "./aggregates";
import { type CellArgument, isAll, parseBound, parsePeriod, parseStage, textOf } from "./arguments";
import { INVESTMENT_KEY, measureCatalog } from "./measures";
import { figureRows, parseFigureScope } from "./figureList";
import { investmentByProject } from "./investment";
import { countedFigures } from "./precision";
import {
  type CellValue,
  DEFAULT_PROJECT_COLUMNS,
  type FieldContext,
  type ProjectRecord,
  fieldKey,
  readField,
} from "./projectFields";
import { QueryError, invalidValue, notAvailable } from "./queryError";
import { type Candidate, didYouMean } from "./suggest";
import { type TaxonomyIndex, indexTaxonomy } from "./taxonomyIndex";
import { nameKey, placeLevels } from "../taxonomy";

export interface QueryEngine {
  readonly dataset: Dataset;
  /** `CZ.TOTAL`: the sum of a measure over matching projects, at the chosen bound. */
  total(
    sector: CellArgument,
    place?: CellArgument,
    measure?: CellArgument,
    bound?: CellArgument,
    period?: CellArgument,
  ): number;
  /** `CZ.COUNT`: how many projects match. */
  count(sector: CellArgument, place?: CellArgument, stage?: CellArgument, period?: CellArgument): number;
  /** `CZ.PROJECTS`: the matching projects with a header row, largest investment first. */
  projects(sector: CellArgument, place?: CellArgument, columns?: CellArgument): CellValue[][];
  /** `CZ.PROJECT`: one field of one project. */
  project(idOrName: CellArgument, field?: CellArgument): CellValue;
  /** `CZ.SOURCE`: the sentence a project or figure was quoted from. */
  source(idOrName: CellArgument): string;
  /** `CZ.FIGURES`: batch, size-class, aggregate and unattached figures (or the scopes asked for), newest first. */
  figures(scope?: CellArgument, place?: CellArgument, period?: CellArgument): CellValue[][];
  /** `CZ.SECTORS` / `CZ.PLACES`: the taxonomies with a header row. */
  sectors(): CellValue[][];
  places(): CellValue[][];
  /** `CZ.VERSION`. */
  version(): string;
}

const NO_REASON = () => "";

const yearOf = (date: string | null): number | null => (date === null ? null : Number(date.slice(0, 4)));

function memo<T>(cache: Map<string, T | QueryError>, key: string, compute: () => T): T {
  let answer = cache.get(key);
  if (answer === undefined) {
    try {
      answer = compute();
    } catch (error) {
      if (!(error instanceof QueryError)) throw error;
      answer = error;
    }
    cache.set(key, answer);
  }
  if (answer instanceof QueryError) throw answer;
  return answer;
}

/**
 * Reads a sector or place argument: all (null), or the named node with everything under it; an unknown name
 * is #VALUE! with the nearest known names.
 */
function subtreeArgument<T extends Sector | Place>(
  index: TaxonomyIndex<T>,
  unknown: string,
  english: string,
): (value: CellArgument) => ReadonlySet<string> | null {
  return (value) => {
    if (isAll(value)) return null;
    const text = textOf(value);
    const node = index.find(text);
    if (!node) throw invalidValue(`${unknown} '${text}'${didYouMean(text, index.candidates)} / ${english}`);
    return index.subtree(node.id);
  };
}

export function createQueryEngine(dataset: Dataset): QueryEngine {
  const sectors: TaxonomyIndex<Sector> = indexTaxonomy(dataset.sectors);
  const places: TaxonomyIndex<Place> = indexTaxonomy(dataset.places);
  const organizations = new Map<string, Organization>(dataset.organizations.map((o) => [o.id, o]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s] as const));
  const context: FieldContext = { sectors, places, organizations };
  const investments = investmentByProject(dataset);
  const measures = measureCatalog(dataset.amounts);

  const records: ProjectRecord[] = dataset.projects.map((project) => ({
    project,
    year: yearOf(project.date),
    investment: investments.get(project.id),
    source: sources.get(project.sourceId),
  }));
  const recordById = new Map(records.map((r) => [r.project.id, r] as const));
  // Look-ups by name or figure id serve CZ.PROJECT and CZ.SOURCE only: built on their first call.
  let recordsByName: Map<string, ProjectRecord[]> | null = null;
  const byName = (key: string): ProjectRecord[] => {
    if (!recordsByName) {
      recordsByName = new Map();
      for (const r of records) {
        const name = nameKey(r.project.name);
        const same = recordsByName.get(name);
        if (same) same.push(r);
        else recordsByName.set(name, [r]);
      }
    }
    return recordsByName.get(key) ?? [];
  };
  let amountsById: Map<string, Amount> | null = null;
  const amountById = (id: string): Amount | undefined =>
    (amountsById ??= new Map(dataset.amounts.map((a) => [a.id, a] as const))).get(id);

  // Figures by measure, added straight into their buckets: the investment rule's one figure per project
  // under INVESTMENT_KEY, and under its own measure and unit each project's most precise figure of it
  // (precision.ts). Batch, size-class and aggregate figures, and figures tied to no project, are no project's:
  // they are read with CZ.FIGURES, never added, so CZ.TOTAL("*") and CZ.TOTAL("*",,"总投资") agree. Messages are
  // worded only when a total needs one: wording 100k of them up front doubled the build.
  const buckets = new Map<string, BucketTree>([[INVESTMENT_KEY, new Map()]]);
  const investmentTree = buckets.get(INVESTMENT_KEY)!;
  for (const r of records) {
    const inv = r.investment;
    if (!inv) continue;
    const why =
      inv.high !== null
        ? NO_REASON
        : inv.basis === "phases"
          ? () => `'${r.project.name}' 只知分期投资, 全项目投资无上限 / only a phase of it is known`
          : () => `'${r.project.name}' 的投资无上限 (${amountById(inv.amountIds[0]!)?.text ?? ""})`;
    addToBuckets(investmentTree, r.project.sectorId, r.project.placeId, r.year, inv.low, inv.high, why);
  }
  for (const a of countedFigures(dataset)) {
    const r = a.projectId === null ? undefined : recordById.get(a.projectId);
    const key = `${a.measure}[${a.unit}]`;
    let tree = buckets.get(key);
    if (!tree) buckets.set(key, (tree = new Map()));
    const why =
      a.high !== null
        ? NO_REASON
        : () => `'${a.text}' 无上限${r ? ` (${r.project.name})` : ""} / '${a.text}' has no upper bound`;
    addToBuckets(
      tree,
      r ? r.project.sectorId : null,
      r ? r.project.placeId : null,
      r ? r.year : null,
      a.low ?? 0,
      a.high,
      why,
    );
  }

  // Project counts: one contribution of 1 per project, by stage ("" = any stage).
  const countBuckets = new Map<string, BucketTree>();
  const countList = (stage: string) => records.filter((r) => stage === "" || r.project.stage === stage);
  const projectBuckets = (stage: string): BucketTree => {
    let tree = countBuckets.get(stage);
    if (!tree) {
      tree = buildBuckets(
        countList(stage).map((r) => ({
          sectorId: r.project.sectorId,
          placeId: r.project.placeId,
          year: r.year,
          low: 1,
          high: 1,
          unknownWhy: NO_REASON,
        })),
      );
      countBuckets.set(stage, tree);
    }
    return tree;
  };

  const sectorIds = subtreeArgument(sectors, "未知行业", "unknown sector (CZ.SECTORS() lists them)");
  const placeIds = subtreeArgument(places, "未知地点", "unknown place (CZ.PLACES() lists them)");
  const setKey = (ids: ReadonlySet<string> | null) => (ids === null ? "*" : [...ids][0]!);

  let projectCandidates: Candidate[] | null = null;
  const findRecord = (value: CellArgument): ProjectRecord => {
    const text = textOf(value);
    if (text === "") throw invalidValue("缺少项目 id 或名称 / a project id or name is required");
    const byId = recordById.get(text);
    if (byId) return byId;
    const named = byName(nameKey(text));
    if (named.length === 1) return named[0]!;
    if (named.length > 1)
      throw invalidValue(
        `项目名 '${text}' 不唯一 — 请用 id: ${named.map((r) => r.project.id).join(", ")} / ambiguous name`,
      );
    // One candidate list per engine, so its suggestion index is built once (suggest.ts).
    projectCandidates ??= records.map((r) => ({ name: r.project.name, spellings: [r.project.name] }));
    const hint = didYouMean(text, projectCandidates);
    throw invalidValue(`未知项目 '${text}'${hint} / unknown project`);
  };

  const totals = new Map<string, number | QueryError>();
  const counts = new Map<string, number | QueryError>();
  const lists = new Map<string, CellValue[][] | QueryError>();

  return {
    dataset,
    total(sector, place, measure, bound, period) {
      const s = sectorIds(sector);
      const p = placeIds(place);
      const m = measures.resolve(measure);
      const b = parseBound(bound);
      const span = parsePeriod(period);
      const key = [setKey(s), setKey(p), m.key, b, span ? `${span.from}:${span.to}` : "*"].join("\u0001");
      return memo(totals, key, () => {
        const tree = buckets.get(m.key);
        if (!tree) return 0;
        const sums = sumBuckets(tree, s, p, span);
        if (b !== "low" && sums.unknownHigh > 0)
          throw notAvailable(
            `上限未知: ${sums.unknownExample?.() ?? ""}${sums.unknownHigh > 1 ? ` 等 ${sums.unknownHigh} 项` : ""} — 用 "low" 得到下限 / the upper bound is unknown; use "low"`,
          );
        const sum = exactTotal(sums, b);
        // Validation refuses figures that could overflow; a dataset that skipped it still never shows Infinity.
        if (!Number.isFinite(sum))
          throw notAvailable(
            "合计超出数值范围, 数据集有不合理的数字 / the total overflows: the dataset has absurd figures",
          );
        return sum;
      });
    },
    count(sector, place, stage, period) {
      const s = sectorIds(sector);
      const p = placeIds(place);
      const st = parseStage(stage) ?? "";
      const span = parsePeriod(period);
      const key = [setKey(s), setKey(p), st, span ? `${span.from}:${span.to}` : "*"].join("\u0001");
      return memo(counts, key, () => sumBuckets(projectBuckets(st), s, p, span).figures);
    },
    projects(sector, place, columns) {
      const s = sectorIds(sector);
      const p = placeIds(place);
      const keys = isAll(columns)
        ? [...DEFAULT_PROJECT_COLUMNS]
        : textOf(columns)
            .split(/[,，、;；]/)
            .map((c) => c.trim())
            .filter((c) => c !== "")
            .map(fieldKey);
      const key = [setKey(s), setKey(p), keys.join(",")].join("\u0001");
      return memo(lists, key, () => {
        const matching = records.filter(
          (r) =>
            (s === null || (r.project.sectorId !== null && s.has(r.project.sectorId))) &&
            (p === null || (r.project.placeId !== null && p.has(r.project.placeId))),
        );
        matching.sort(
          (a, b) =>
            (b.investment?.low ?? -1) - (a.investment?.low ?? -1) ||
            a.project.name.localeCompare(b.project.name, "zh-Hans-CN") ||
            a.project.id.localeCompare(b.project.id),
        );
        return [keys, ...matching.map((r) => keys.map((k) => readField(k, r, context)))];
      });
    },
    project(idOrName, field) {
      const record = findRecord(idOrName);
      return readField(isAll(field) ? "summary" : fieldKey(textOf(field)), record, context);
    },
    source(idOrName) {
      const amount = amountById(textOf(idOrName));
      if (amount) return amount.quote;
      return findRecord(idOrName).project.quote;
    },
    figures(scope, place, period) {
      const scopes = parseFigureScope(scope);
      const p = placeIds(place);
      const span = parsePeriod(period);
      return figureRows(
        {
          dataset,
          placeName: (id) => (id === null ? "" : (places.chain(id).at(-1)?.name ?? id)),
          projectOf: (id) => (id === null ? undefined : recordById.get(id)?.project),
        },
        scopes,
        p,
        span,
      );
    },
    sectors() {
      return [
        ["name", "id", "parent", "level", "aliases"],
        ...dataset.sectors.map((n) => {
          const chain = sectors.chain(n.id);
          return [n.name, n.id, chain.at(-2)?.name ?? "", chain.length, n.aliases.join("、")];
        }),
      ];
    },
    places() {
      return [
        ["name", "id", "kind", "district", "aliases"],
        ...dataset.places.map((n) => [
          n.name,
          n.id,
          n.kind,
          placeLevels(dataset.places, n.id).district?.name ?? "",
          n.aliases.join("、"),
        ]),
      ];
    },
    version() {
      return `${dataset.version} (${dataset.builtAt})`;
    },
  };
}
