/**
 * One CZ formula evaluated with the registered function code, as a cell would show it: a value, a spilled
 * array, or an Excel error with its message.
 */
import { type HostError, isHostError } from "./customFunctionsHost";
import { FormulaSyntaxError, parseFormula } from "./formulaParser";
import type { Registry } from "./functionRegistry";

export type CellResult =
  | { kind: "value"; value: string | number | boolean }
  | { kind: "array"; rows: unknown[][] }
  | { kind: "error"; code: string; message: string };

export function evaluateFormula(registry: Registry, formula: string): CellResult {
  const { id, args } = parseFormula(formula);
  const fn = registry.functions.get(id);
  const meta = registry.metadata.find((m) => m.id === id);
  if (!fn || !meta)
    throw new FormulaSyntaxError(
      `unknown function CZ.${id} — the CZ functions are ${registry.metadata.map((m) => `CZ.${m.id}`).join(", ")}`,
    );
  const params = meta.parameters;
  if (args.length > params.length)
    throw new FormulaSyntaxError(`CZ.${id} takes at most ${params.length} arguments, not ${args.length}`);
  const required = params.filter((p) => !p.optional).length;
  if (args.length < required)
    throw new FormulaSyntaxError(
      `CZ.${id} needs ${required} argument${required === 1 ? "" : "s"} (${params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`,
    );
  // Excel passes omitted optional arguments as null.
  const padded = [...args, ...Array<null>(params.length - args.length).fill(null)];

  let result: unknown;
  let answered = false;
  const invocation: { setResult(value: unknown): void; onCanceled?: () => void } = {
    setResult(value) {
      if (!answered) [result, answered] = [value, true];
    },
  };
  const returned = fn(...padded, invocation);
  // A non-streaming function returns its answer (or a promise of it) instead.
  if (!answered && returned !== undefined) [result, answered] = [returned, true];
  invocation.onCanceled?.();
  if (!answered) throw new Error(`CZ.${id} did not answer (a cell would stay at #BUSY!)`);
  return toCellResult(result);
}

function toCellResult(result: unknown): CellResult {
  if (isHostError(result))
    return { kind: "error", code: result.code, message: (result as HostError).message ?? "" };
  if (Array.isArray(result)) return { kind: "array", rows: result as unknown[][] };
  if (typeof result === "string" || typeof result === "number" || typeof result === "boolean")
    return { kind: "value", value: result };
  return { kind: "error", code: "#VALUE!", message: `unexpected result ${JSON.stringify(result)}` };
}

/** What `cz formula` prints: the value, tab-separated rows for an array, or "#CODE message". */
export function formatCellResult(result: CellResult): string {
  switch (result.kind) {
    case "value":
      return typeof result.value === "boolean" ? (result.value ? "TRUE" : "FALSE") : String(result.value);
    case "array":
      return result.rows.map((row) => row.map((cell) => String(cell ?? "")).join("\t")).join("\n");
    case "error":
      return `${result.code} ${result.message}`.trim();
  }
}
