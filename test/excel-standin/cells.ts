/**
 * What a cell holds and how Excel reads what is written into it. Writing a string through `Range.values` is like
 * typing it: "=…" becomes a formula, "-x" and "+x" become formulas unless they are numbers, "0012" becomes 12,
 * "2018-05" becomes a date; a cell formatted as text ("@") keeps every string as it is. The `@types/office-js`
 * doc comment of `Range.values` states the formula rule; the rest is how Excel parses typed input.
 */
import { ERROR_CODES, fail } from "./errors";

export type Scalar = string | number | boolean;

export interface Cell {
  /** A constant (absent for an empty cell or a formula). */
  v?: Scalar;
  /** A formula, starting with "=". */
  f?: string;
  /** The number format; absent means "General". */
  nf?: string;
}

export const GENERAL = "General";
export const EXCEL_ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
];

const NUMBER = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?\s*$/;
const PERCENT = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)\s*%\s*$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/;

/** Serial of a calendar day in Excel's 1900 system. */
export function serialOfDay(y: number, m: number, d: number): number | null {
  const ms = Date.UTC(y, m - 1, d);
  const back = new Date(ms);
  if (back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d || y < 1900) return null;
  const serial = ms / 86_400_000 + 25569;
  return serial < 61 ? serial - 1 : serial;
}

function dayOfSerial(serial: number): { y: number; m: number; d: number } {
  const days = Math.floor(serial) < 61 ? Math.floor(serial) + 1 : Math.floor(serial);
  const date = new Date((days - 25569) * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

/**
 * The cell that results from writing `input` over `cell` (mode "values" or "formulas"). `null` means "leave the
 * cell as it is", as in Excel; "" empties it.
 */
export function writeInput(
  cell: Cell | undefined,
  input: unknown,
  mode: "values" | "formulas",
): Cell | undefined {
  if (input === null || input === undefined) return cell;
  const nf = cell?.nf;
  const keep = (next: Omit<Cell, "nf">, format = nf): Cell => (format ? { ...next, nf: format } : next);
  if (typeof input === "number") {
    if (!Number.isFinite(input))
      return fail(ERROR_CODES.invalidArgument, `cannot write ${input} into a cell`);
    return keep({ v: input });
  }
  if (typeof input === "boolean") return keep({ v: input });
  if (typeof input !== "string") {
    return fail(ERROR_CODES.invalidArgument, `cannot write a ${typeof input} through Range.${mode}`);
  }
  if (input === "") return nf ? { nf } : undefined;
  if (nf === "@") return keep({ v: input });
  if (input.startsWith("=") && input.length > 1) return keep({ f: input });
  if (NUMBER.test(input)) return keep({ v: Number(input) });
  if (PERCENT.test(input)) return keep({ v: Number(input.replace("%", "")) / 100 }, nf ?? "0%");
  // Excel reads a leading sign as the start of a formula: "-x" is =-x (#NAME?), "+86 1" is =+86 1.
  if (/^[+-]./.test(input)) return keep({ f: `=${input}` });
  // "@" once started a function in Lotus 1-2-3 and Excel still turns "@SUM(1)" into =SUM(1). Modelled as a
  // formula either way, so a test catches any "@…" written into a cell that is not text.
  if (input.startsWith("@") && input.length > 1) return keep({ f: `=${input.slice(1)}` });
  const iso = ISO_DATE.exec(input);
  if (iso) {
    const serial = serialOfDay(Number(iso[1]), Number(iso[2]), Number(iso[3] ?? 1));
    if (serial !== null) return keep({ v: serial }, nf ?? "yyyy-mm-dd");
  }
  if (/^(true|false)$/i.test(input)) return keep({ v: input.toLowerCase() === "true" });
  return keep({ v: input });
}

function group(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** Formats a number with a format like "0", "0.00", "#,##0.00##" or "0%". */
function formatNumber(n: number, nf: string): string | null {
  const m = /^(#,##)?0(?:\.(0*)(#*))?(%?)$/.exec(nf);
  if (!m) return null;
  const value = m[4] ? n * 100 : n;
  const min = m[2]?.length ?? 0;
  const max = min + (m[3]?.length ?? 0);
  let s = value.toFixed(max);
  if (max > min) s = s.replace(new RegExp(`0{1,${max - min}}$`), "").replace(/\.$/, min ? "." : "");
  const [int = "", frac] = s.replace("-", "").split(".");
  const body = (m[1] ? group(int) : int) + (frac ? `.${frac}` : "");
  return (value < 0 ? "-" : "") + body + (m[4] ? "%" : "");
}

function formatDate(serial: number, nf: string): string | null {
  if (!/^[ymd\-/ ]+$/i.test(nf)) return null;
  const { y, m, d } = dayOfSerial(serial);
  const pad = (n: number) => String(n).padStart(2, "0");
  return nf
    .replace(/yyyy/gi, String(y))
    .replace(/mm/gi, pad(m))
    .replace(/dd/gi, pad(d))
    .replace(/m/gi, String(m))
    .replace(/d/gi, String(d));
}

/** What the cell shows (`Range.text`) for a value under a number format. */
export function displayText(value: Scalar | "", nf: string | undefined): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const format = nf ?? GENERAL;
  if (format === GENERAL || format === "@") return String(Number(value.toPrecision(11)));
  return formatNumber(value, format) ?? formatDate(value, format) ?? String(value);
}

export type ValueType = "Empty" | "Boolean" | "Double" | "String" | "Error";

export function valueType(value: Scalar | ""): ValueType {
  if (value === "") return "Empty";
  if (typeof value === "boolean") return "Boolean";
  if (typeof value === "number") return "Double";
  return EXCEL_ERRORS.includes(value) ? "Error" : "String";
}

/**
 * The default formula evaluator: literals ("=\"x\"", "=5", "=TRUE") and arithmetic on numbers ("=1+1",
 * "=-(2*3)"). Anything else is #NAME?; tests plug in their own evaluator for CZ functions.
 */
export function evaluateDefault(formula: string): Scalar {
  const src = formula.slice(1).trim();
  const str = /^"((?:[^"]|"")*)"$/.exec(src);
  if (str) return str[1]!.replace(/""/g, '"');
  if (/^(true|false)$/i.test(src)) return src.toUpperCase() === "TRUE";
  let at = 0;
  const peek = () => src[at];
  const skip = () => {
    while (src[at] === " ") at++;
  };
  const bad = (): never => {
    throw new Error("not arithmetic");
  };
  const primary = (): number => {
    skip();
    const ch = peek();
    if (ch === "(") {
      at++;
      const v = sum();
      skip();
      if (peek() !== ")") bad();
      at++;
      return v;
    }
    if (ch === "-" || ch === "+") {
      at++;
      const v = primary();
      return ch === "-" ? -v : v;
    }
    const m = /^(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(at));
    if (!m) return bad();
    at += m[0].length;
    return Number(m[0]);
  };
  const product = (): number => {
    let v = primary();
    for (skip(); peek() === "*" || peek() === "/"; skip()) {
      const op = src[at++];
      const r = primary();
      v = op === "*" ? v * r : v / r;
    }
    return v;
  };
  const sum = (): number => {
    let v = product();
    for (skip(); peek() === "+" || peek() === "-"; skip()) {
      const op = src[at++];
      const r = product();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  };
  try {
    const v = sum();
    skip();
    if (at !== src.length) return "#NAME?";
    return Number.isFinite(v) ? v : "#DIV/0!";
  } catch {
    return "#NAME?";
  }
}
