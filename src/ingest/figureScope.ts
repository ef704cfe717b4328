/**
 * What a figure is the figure of. News gives a project's own investment ("X项目总投资20亿元"), but as often the
 * total of a batch ("18个重大项目集中开工,总投资80亿元"), a size class in a count ("超10亿元项目6个"), or a
 * district's or a period's aggregate ("累计完成投资266.7亿元", "年度计划投资24.6亿元", "协议投资总额225.4亿元").
 * Only a project's own figure may ever reach a project's investment; the others stay in the dataset as
 * figures of their article, with the number of projects where the text gives it.
 *
 * The rule for a figure with no measure word of its own is proximity: within its sentence, the nearest thing
 * named before it — a project name or a count of projects — is what it belongs to.
 */
import type { AmountScope } from "../core/dataset";
import { parseNumeral } from "./numerals";
import type { AmountMention, Span } from "./types";
import { allMatches } from "./matches";

export interface FigureScope {
  scope: Exclude<AmountScope, "project" | "unattached"> | null;
  /** How many projects the batch or size class has, where written (18个项目 → 18). */
  projectCount: number | null;
}

const COUNT = "([0-9０-９]+|[一二三四五六七八九十百两]+)";
/** "1个100亿元项目", "2个30亿元项目": the count right before the figure, 项目 right after. */
const COUNT_BEFORE = new RegExp(`${COUNT}个$`);
/**
 * Right after a figure: "项目6个", "以上项目2个", "或10亿美元项目9个", "重大产业项目15个" — a size class.
 * Bounded so that a long sentence costs nothing more.
 */
const CLASS_AFTER = new RegExp(
  `^(?:以上|以下|左右)?(?:的)?(?:或[^,，。；;]{1,12}?)?[\\u4e00-\\u9fff]{0,8}?项目[^,，。；;]{0,2}?${COUNT}个`,
);
const PROJECT_AFTER = /^(?:以上|以下)?(?:的)?[\u4e00-\u9fff]{0,6}?项目/;

/** "总投资74亿元的24个重点项目", "总投资近百亿元的16个新能源产业领域重点项目": a figure of the count after it. */
const BATCH_AFTER = new RegExp(`^的${COUNT}个[^,，。；;]{0,16}?项目`);
/** Counts of projects that a figure later in the sentence may add up: "24个市、区重点项目", "项目共15个". */
const COUNT_PHRASE = new RegExp(
  `${COUNT}个[^,，。；;0-9]{0,16}?项目|项目(?:共|共有)?${COUNT}个|(?:本次|此次|这些|上述|全部)[^,，。；;]{0,10}?项目`,
  "g",
);

/** Measures that are a district's or a period's by nature, never one project's. */
const AGGREGATE_MEASURES = new Set([
  "累计完成投资",
  "年度计划投资",
  "年内计划投资",
  "上报投资",
  "协议投资总额",
  "工业总产值",
  "总产值",
  "开票销售收入",
  "入库税收",
  "协议注册外资",
  "实际到账外资",
  "注册外资",
  "到账外资",
  "合同外资",
  "实际利用外资",
  "利用外资",
]);

/** A region or a period as the subject of a clause: "全区完成服务业投资88.4亿元", "1—5月份,全市…". */
const REGION_SUBJECT =
  /(?:全市|全区|全省|全县|全镇|全国|我市|我区|该区|该市|各区|辖区|地区生产总值|规模以上|规上)/;
/** Words that add up many things before a figure. */
const SUM_WORDS = /(?:累计|合计|共计|总计|累积)/;

function countOf(text: string | undefined): number | null {
  if (!text) return null;
  const n = /^[0-9０-９]+$/.test(text)
    ? Number(text.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)))
    : parseNumeral(text);
  return n !== null && Number.isFinite(n) && n > 0 ? n : null;
}

function firstCount(m: RegExpMatchArray): number | null {
  return countOf(m.slice(1).find((g) => g !== undefined));
}

/** Where the clause holding `at` starts (after the last comma or semicolon before it). */
function clauseStart(sentence: string, at: number): number {
  for (let i = at - 1; i >= 0 && at - i < 200; i--) if (/[,，;；。:：]/.test(sentence[i]!)) return i + 1;
  return Math.max(0, at - 200);
}

/**
 * The scope of every figure of one sentence (positions relative to the sentence), given the project names
 * found in it. Null scope: the figure may be a project's own; assembly decides whose.
 * @example figureScopes("24个重点项目集中开工,总投资74亿元。", [amount], [])[0] // { scope: "batch", projectCount: 24 }
 */
export function figureScopes(
  sentence: string,
  amounts: readonly AmountMention[],
  names: readonly Span[],
): FigureScope[] {
  const counts = allMatches(COUNT_PHRASE, sentence).map((m) => ({
    start: m.index ?? 0,
    end: (m.index ?? 0) + m[0].length,
    count: firstCount(m),
  }));
  return amounts.map((a) => {
    const before = sentence.slice(Math.max(0, a.start - 4), a.start);
    const after = sentence.slice(a.end, a.end + 30);
    if (COUNT_BEFORE.test(before) && PROJECT_AFTER.test(after)) {
      return { scope: "threshold", projectCount: countOf(COUNT_BEFORE.exec(before)?.[1]) };
    }
    const sizeClass = CLASS_AFTER.exec(after);
    if (sizeClass) return { scope: "threshold", projectCount: firstCount(sizeClass) };
    // "计划总投资65亿元的X项目": the name right after 的 owns the figure, whatever counts stand before it.
    if (names.some((n) => n.start === a.end + 1 && sentence[a.end] === "的"))
      return { scope: null, projectCount: null };
    const batchAfter = BATCH_AFTER.exec(after);
    if (batchAfter) return { scope: "batch", projectCount: firstCount(batchAfter) };
    // A count of projects right after the figure's own unit: "签约引进工业项目60个,协议投资总额356.59亿元" reads
    // the other way round; "5个" itself, as a count of 项目, is the batch's count.
    if (!a.money && a.unit === "个" && /^[^,，。]{0,8}?项目/.test(after)) {
      return { scope: "batch", projectCount: a.low };
    }
    if (
      !a.money &&
      a.unit === "个" &&
      /项目(?:共|共有)?$/.test(sentence.slice(Math.max(0, a.start - 4), a.start))
    ) {
      return { scope: "batch", projectCount: a.low };
    }
    // The nearest name or count of projects before the figure decides.
    const lastName = names.filter((n) => n.end <= a.start).at(-1);
    const lastCount = counts.filter((c) => c.end <= a.start).at(-1);
    if (lastCount && (!lastName || lastCount.start >= lastName.end)) {
      return { scope: "batch", projectCount: lastCount.count };
    }
    if (lastName === undefined || names.length === 0) {
      if (AGGREGATE_MEASURES.has(a.measure)) return { scope: "aggregate", projectCount: null };
      const clause = sentence.slice(clauseStart(sentence, a.start), a.start + 4);
      if (REGION_SUBJECT.test(clause) || SUM_WORDS.test(clause))
        return { scope: "aggregate", projectCount: null };
    }
    return { scope: null, projectCount: null };
  });
}
