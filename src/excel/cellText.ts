/**
 * Strings that Excel would not keep as typed. Through `Range.values` a string starting with "=", "+", "-" (or
 * "@") becomes a formula, "0012" a number and "2018-05" a date, unless the cell is formatted as text ("@").
 * Error texts such as "#N/A" need no text format: typed back they are the same error again.
 */

/**
 * Whether a string needs a text-formatted cell to stay itself.
 * @example needsTextFormat("=1+1") // true; needsTextFormat("+86 519") // true; needsTextFormat("常州") // false
 */
export function needsTextFormat(s: string): boolean {
  const t = s.trim();
  return (
    /^[=+\-@]/.test(t) ||
    /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?%?$/.test(t) ||
    /^\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?$/.test(t) ||
    /^(true|false)$/i.test(t)
  );
}

/**
 * A string as an Excel formula literal.
 * @example formulaString('他说"好"') // '"他说""好"""'
 */
export function formulaString(s: string): string {
  return `"${s.replace(/"/g, '""')}"`;
}
