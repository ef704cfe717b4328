/**
 * Reading what a formula passes: cell values (text, numbers, empty) into validated query arguments. Every
 * wrong argument becomes a #VALUE! that names the argument and the values it allows.
 */
import { STAGES, type Stage } from "../dataset";
import { nameKey } from "../taxonomy";
import { invalidValue } from "./queryError";

/** What Excel hands a custom function for one argument. */
export type CellArgument = string | number | boolean | null | undefined;

/** Empty, omitted or "*" means "all". */
export function isAll(value: CellArgument): boolean {
  if (value === null || value === undefined) return true;
  const text = String(value).trim();
  return text === "" || text === "*" || text === "全部" || text.toLowerCase() === "all";
}

/**
 * No name, list of columns or period is longer: a longer argument is a pasted paragraph, and looking it up
 * (and suggesting names near it) would block the shared runtime that every formula and the pane run in.
 */
export const MAX_ARGUMENT_LENGTH = 500;

/** The argument as trimmed text; #VALUE! when it is longer than any argument can be. */
export function textOf(value: CellArgument): string {
  const text = value === null || value === undefined ? "" : String(value).trim();
  if (text.length > MAX_ARGUMENT_LENGTH)
    throw invalidValue(
      `参数过长: ${text.length} 个字符, 最多 ${MAX_ARGUMENT_LENGTH} ('${text.slice(0, 20)}…') / argument too long: at most ${MAX_ARGUMENT_LENGTH} characters`,
    );
  return text;
}

export type Bound = "low" | "high" | "mid";

// Maps, not object literals: a plain object answers "constructor" or "__proto__" from its prototype, and
// CZ.TOTAL("热电",,,"constructor") then summed at a bound that is no bound.
const BOUND_SPELLINGS = new Map<string, Bound>([
  ["low", "low"],
  ["下限", "low"],
  ["high", "high"],
  ["上限", "high"],
  ["mid", "mid"],
  ["中值", "mid"],
  ["middle", "mid"],
]);

/**
 * The bound of a total: "low" (the default: a defensible "at least"), "high" or "mid".
 * @example parseBound("High") // "high"
 */
export function parseBound(value: CellArgument): Bound {
  if (isAll(value)) return "low";
  const bound = BOUND_SPELLINGS.get(nameKey(textOf(value)));
  if (!bound)
    throw invalidValue(
      `bound '${textOf(value)}' 无效 — 可用: "low"(下限, 默认), "high"(上限), "mid"(中值) / bound must be "low", "high" or "mid"`,
    );
  return bound;
}

/** A span of years, both ends included; null means every year, and then undated records count too. */
export type Period = { from: number; to: number } | null;

const YEAR = /^\d{4}$/;

function year(text: string, whole: string): number {
  if (!YEAR.test(text))
    throw invalidValue(
      `period '${whole}' 无效 — 写一个年份 2018 或区间 "2015:2019" / period must be a year (2018) or a span ("2015:2019")`,
    );
  return Number(text);
}

/**
 * A year (2018 or "2018"), a span ("2015:2019") or empty for all.
 * @example parsePeriod("2015:2019") // { from: 2015, to: 2019 }
 */
export function parsePeriod(value: CellArgument): Period {
  if (isAll(value)) return null;
  const whole = textOf(value);
  const [first, second, ...rest] = whole.replace(/：/g, ":").split(":");
  if (first === undefined || rest.length > 0) year("", whole);
  const from = year((first ?? "").trim(), whole);
  const to = second === undefined ? from : year(second.trim(), whole);
  if (to < from)
    throw invalidValue(`period '${whole}' 的起始年份晚于结束年份 / the span ends before it starts`);
  return { from, to };
}

const STAGE_SPELLINGS = new Map<string, Stage>([
  ["planned", "拟建"],
  ["signed", "签约"],
  ["settled", "落户"],
  ["started", "开工"],
  ["under construction", "在建"],
  ["underconstruction", "在建"],
  ["accepted", "验收"],
  ["in production", "投产"],
  ["inproduction", "投产"],
  ["operating", "运营"],
]);

/**
 * A project stage by its Chinese name or English word; null means every stage.
 * @example parseStage("signed") // "签约"
 */
export function parseStage(value: CellArgument): Stage | null {
  if (isAll(value)) return null;
  const text = textOf(value);
  const stage = (STAGES as readonly string[]).includes(text)
    ? (text as Stage)
    : STAGE_SPELLINGS.get(text.toLowerCase().replace(/\s+/g, " "));
  if (!stage) throw invalidValue(`未知阶段 '${text}' — 可用: ${STAGES.join(", ")} / unknown stage`);
  return stage;
}
