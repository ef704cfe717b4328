/**
 * Building the text of a CZ formula from a function name and its arguments, the way Excel reads it: every
 * argument a string literal with `"` doubled, empty arguments in the middle kept as "", empty ones at the end
 * left out so Excel uses the default.
 */

/**
 * A string literal for an Excel formula.
 * @example quoteText('12" pipe') // '"12"" pipe"'
 */
export function quoteText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The formula for a CZ function call; arguments are text as the user picked them (undefined or blank = default).
 * @example buildFormula("TOTAL", ["新能源", "金坛"]) // '=CZ.TOTAL("新能源","金坛")'
 * @example buildFormula("COUNT", ["*", "", "签约"]) // '=CZ.COUNT("*","","签约")'
 */
export function buildFormula(functionId: string, args: readonly (string | undefined)[]): string {
  const texts = args.map((a) => (a ?? "").trim());
  while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
  return `=CZ.${functionId}(${texts.map(quoteText).join(",")})`;
}
