/**
 * Reading one CZ formula as typed into a cell: `=CZ.TOTAL("新能源","金坛")`, `=cz.count("*", , "签约", 2018)`.
 * Arguments are literals (text in double quotes with "" for a quote, numbers, TRUE/FALSE) or empty; a formula
 * that needs the workbook (cell references, nested functions) is refused with a message saying so, unless the
 * caller has a workbook and asks for references (`{ references: true }`).
 */
export type FormulaArgument = string | number | boolean | null | { ref: string };

export interface ParsedFormula {
  /** The function's id as registered: TOTAL, COUNT … */
  id: string;
  args: FormulaArgument[];
}

export class FormulaSyntaxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FormulaSyntaxError";
  }
}

/**
 * @example parseFormula('=CZ.TOTAL("新能源", , "总投资", "high")')
 * // { id: "TOTAL", args: ["新能源", null, "总投资", "high"] }
 */
export function parseFormula(formula: string, options: { references?: boolean } = {}): ParsedFormula {
  const text = formula.trim().replace(/^=/, "").trim();
  const head = /^CZ\.([A-Za-z][A-Za-z0-9_]*)\s*\(/i.exec(text);
  if (!head)
    throw new FormulaSyntaxError(
      `expected a CZ function such as =CZ.TOTAL("新能源"), not '${formula.trim()}'`,
    );
  const args: FormulaArgument[] = [];
  let at = head[0].length;
  const fail = (what: string) => {
    throw new FormulaSyntaxError(`${what} at character ${at + 1} of '${text}'`);
  };
  const skipSpace = () => {
    while (at < text.length && /\s/.test(text[at]!)) at++;
  };
  // An empty argument list: =CZ.VERSION()
  skipSpace();
  if (text[at] === ")") return finish(head[1]!, args, text, at);
  for (;;) {
    skipSpace();
    const c = text[at];
    if (c === undefined) fail("missing ')'");
    if (c === "," || c === ")") args.push(null);
    else if (c === '"') {
      let value = "";
      at++;
      for (;;) {
        if (at >= text.length) fail("unterminated text");
        if (text[at] === '"') {
          if (text[at + 1] === '"') {
            value += '"';
            at += 2;
            continue;
          }
          at++;
          break;
        }
        value += text[at++];
      }
      args.push(value);
    } else {
      const literal = /^[^,)]*/.exec(text.slice(at))![0].trim();
      if (/^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i.test(literal)) args.push(Number(literal));
      else if (/^(true|false)$/i.test(literal)) args.push(literal.toLowerCase() === "true");
      // A cell reference on the same sheet ($A$5, B2), for callers that have a workbook to read it from.
      else if (options.references && /^\$?[A-Z]{1,3}\$?\d+$/i.test(literal)) args.push({ ref: literal });
      else
        fail(
          `'${literal}' is not a literal (cz formula has no workbook: write text in double quotes, numbers as digits)`,
        );
      at += /^[^,)]*/.exec(text.slice(at))![0].length;
    }
    skipSpace();
    if (text[at] === ",") {
      at++;
      continue;
    }
    if (text[at] === ")") return finish(head[1]!, args, text, at);
    fail(at >= text.length ? "missing ')'" : "expected ',' or ')'");
  }
}

function finish(name: string, args: FormulaArgument[], text: string, close: number): ParsedFormula {
  if (text.slice(close + 1).trim() !== "")
    throw new FormulaSyntaxError(`unexpected '${text.slice(close + 1).trim()}' after the closing ')'`);
  return { id: name.toUpperCase(), args };
}
