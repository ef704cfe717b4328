/**
 * Reading a command's options with node:util parseArgs, its errors said the way a person fixes them: an
 * unknown option names the nearest known one (`--output` → `--out`) and lists the command's options, instead of
 * Node's "To specify a positional argument starting with a '-', place it at the end of the command after '--'".
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { editDistance } from "../core/query/suggest";
import { UsageError } from "./usageError";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * The known name nearest to `typed`, if one is near: within a third of its length (at least 2 edits), or one
 * the other begins with (`--output` → `--out`).
 * @example nearest("biuld", ["build", "extract"]) // "build"
 */
export function nearest(typed: string, known: readonly string[]): string | null {
  let best: { name: string; score: number } | null = null;
  for (const name of known) {
    const prefix = name.startsWith(typed) || typed.startsWith(name);
    const distance = editDistance(typed, name);
    const allowed = Math.max(2, Math.floor(Math.max(typed.length, name.length) / 3));
    const score = prefix ? Math.min(distance, 1) : distance;
    if ((prefix || distance <= allowed) && (best === null || score < best.score)) best = { name, score };
  }
  return best?.name ?? null;
}

const optionList = (options: Options) =>
  Object.entries(options)
    .map(([name, o]) => `--${name}${o.type === "string" ? " VALUE" : ""}`)
    .join(", ");

/**
 * parseArgs for `cz <command>`, strict, with errors as UsageErrors a person can act on.
 * @example parseCommand("export", ["--output", "x.xlsx"], { out: { type: "string" } }) // throws "cz export has no option --output: did you mean --out? …"
 */
export function parseCommand<O extends Options>(
  command: string,
  args: string[],
  options: O,
  positionals = true,
) {
  try {
    return parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (error) {
    const code = (error as { code?: string }).code;
    const message = (error as Error).message;
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const typed = /'([^']+)'/.exec(message)?.[1] ?? "?";
      const name = typed.replace(/^-+/, "").replace(/=.*$/, "");
      const near = nearest(name, Object.keys(options));
      const known =
        Object.keys(options).length > 0 ? ` Its options: ${optionList(options)}.` : " It has no options.";
      throw new UsageError(
        `cz ${command} has no option ${typed}${near ? `: did you mean --${near}?` : "."}${known}`,
      );
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
      const name = /'(--?[\w-]+)/.exec(message)?.[1] ?? "the option";
      const o = options[name.replace(/^-+/, "")];
      throw new UsageError(
        o?.type === "boolean" ? `${name} takes no value` : `${name} needs a value: ${name} VALUE`,
      );
    }
    if (code === "ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL") {
      const extra = /'([^']*)'/.exec(message)?.[1];
      throw new UsageError(
        `cz ${command} takes no file or value of its own${extra ? ` (got '${extra}')` : ""}`,
      );
    }
    throw error;
  }
}
