/**
 * The investment rule: the one figure that stands for a project's investment, so that `CZ.TOTAL("集成电路")`
 * is neither silently 0 (its only figure is 一期总投资) nor silently overstated (a phase counted as the whole,
 * or a total and its phase both counted).
 *
 * Per project, in this order:
 *  1. a stated total (总投资, 投资总额, 投资 …): its bounds as they are;
 *  2. else a planned total (计划总投资): its bounds as they are — a plan is the project's stated size;
 *  3. else its phases (一期总投资, 二期投资 …): the whole project is at least the phases known, so low is their
 *     sum and high is unknown — a "high" or "mid" total then answers #N/A saying which project it is.
 * Where one kind is stated twice (two reports of one undertaking, or a short and a long form), the most precise
 * figure wins (`precision.ts`), then the most recently published; the others stay as the project's figures.
 * Only 亿元 counts: foreign money (亿美元) is never converted, so it stays out of investment totals and is
 * available under its own measure.
 */
import type { Amount, Dataset, Qualifier } from "../dataset";
import { exactSum } from "../decimals";
import { byPrecision } from "./precision";

export const INVESTMENT = "投资";
export const INVESTMENT_UNIT = "亿元";

const STATED_TOTAL = new Set(["总投资", "投资", "投资总额", "总投资额", "项目总投资", "总投入", "投资额"]);
const PLANNED_TOTAL = new Set(["计划总投资", "计划投资", "拟总投资", "计划投资总额"]);
const PHASE = /^([一二三四五六七八九十]|首)期(总)?投资(总额|额)?$/;

export type InvestmentBasis = "total" | "plan" | "phases";

/** The figure standing for one project's investment. */
export interface ProjectInvestment {
  projectId: string;
  low: number;
  /** Null when unknown: an "over" figure, or phases only. */
  high: number | null;
  basis: InvestmentBasis;
  /** How exact the figures are: the chosen figure's qualifier; for phases, "garbled" if any phase is. */
  qualifier: Qualifier;
  /** The figures it rests on. */
  amountIds: string[];
}

function kindOf(measure: string): InvestmentBasis | null {
  if (STATED_TOTAL.has(measure)) return "total";
  if (PLANNED_TOTAL.has(measure)) return "plan";
  if (PHASE.test(measure)) return "phases";
  return null;
}

/**
 * Every project's investment figure under the rule above, keyed by project id.
 * @example investmentByProject(seed).get(芯盛) // { low: 10, high: null, basis: "phases" } from 一期总投?0亿元
 */
export function investmentByProject(dataset: Dataset): Map<string, ProjectInvestment> {
  const mostPreciseFirst = byPrecision(new Map(dataset.sources.map((s) => [s.id, s.published] as const)));

  const byProject = new Map<string, Record<InvestmentBasis, Amount[]>>();
  for (const amount of dataset.amounts) {
    if (amount.projectId === null || amount.scope !== "project" || amount.unit !== INVESTMENT_UNIT) continue;
    const kind = kindOf(amount.measure);
    if (kind === null) continue;
    let kinds = byProject.get(amount.projectId);
    if (!kinds) byProject.set(amount.projectId, (kinds = { total: [], plan: [], phases: [] }));
    kinds[kind].push(amount);
  }

  const out = new Map<string, ProjectInvestment>();
  for (const [projectId, kinds] of byProject) {
    const stated = kinds.total.length > 0 ? kinds.total : kinds.plan;
    if (stated.length > 0) {
      const chosen = [...stated].sort(mostPreciseFirst)[0]!;
      out.set(projectId, {
        projectId,
        low: chosen.low ?? 0,
        high: chosen.high,
        basis: kinds.total.length > 0 ? "total" : "plan",
        qualifier: chosen.qualifier,
        amountIds: [chosen.id],
      });
      continue;
    }
    // One figure per phase (the newest report of it); the phases add up to a floor under the whole.
    const perPhase = new Map<string, Amount>();
    for (const amount of [...kinds.phases].sort(mostPreciseFirst))
      if (!perPhase.has(amount.measure)) perPhase.set(amount.measure, amount);
    const phases = [...perPhase.values()];
    out.set(projectId, {
      projectId,
      low: exactSum(phases.map((a) => a.low ?? 0)),
      high: null,
      basis: "phases",
      qualifier: phases.some((a) => a.qualifier === "garbled") ? "garbled" : "over",
      amountIds: phases.map((a) => a.id),
    });
  }
  return out;
}
