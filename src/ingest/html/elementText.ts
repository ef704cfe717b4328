/**
 * The text a reader sees in an element, paragraph by paragraph: block elements (<p>, <div>, <li>, <tr> …) and
 * <br> end a line, a table's cells are spaced on their row's line, inline elements (<span>, <a>, <b>) do not, white space inside a line folds to one space, and
 * code (<script>, <style>, <template>, <noscript>) is not text. `textContent` alone would run the paragraphs of
 * an article into one line and keep the scripts' code.
 *
 * Works on any DOM (the browser's, linkedom in Node): it reads only nodeType, nodeName, nodeValue, childNodes.
 */

/** The few members of a DOM node this walk reads. */
export interface TextNodeLike {
  nodeType: number;
  nodeName: string;
  nodeValue: string | null;
  childNodes: ArrayLike<TextNodeLike>;
}

const ELEMENT = 1;
const TEXT = 3;
const CDATA = 4;

const BLOCK = new Set(
  "ADDRESS ARTICLE ASIDE BLOCKQUOTE CAPTION CENTER DD DETAILS DIALOG DIV DL DT FIELDSET FIGCAPTION FIGURE FOOTER FORM H1 H2 H3 H4 H5 H6 HEADER HR LEGEND LI MAIN NAV OL P PRE SECTION SUMMARY TABLE TBODY TFOOT THEAD TR UL".split(
    " ",
  ),
);
const SKIPPED = new Set([
  "SCRIPT",
  "STYLE",
  "TEMPLATE",
  "NOSCRIPT",
  "HEAD",
  "IFRAME",
  "OBJECT",
  "SVG",
  "MATH",
]);

/** White space that folds inside a line: ASCII and no-break spaces, not the ideographic space (U+3000) indents. */
const FOLD = /[ \t\n\r\f\u00a0]+/g;

/**
 * The element's text, one line per paragraph, no empty lines, each line trimmed (full-width indents too).
 * @example elementText(parse("<div><p>第一段</p><p>第二段<br>第三行</p><script>x()</script></div>")) // "第一段\n第二段\n第三行"
 */
export function elementText(root: TextNodeLike): string {
  const lines: string[] = [];
  let line = "";
  const endLine = () => {
    const trimmed = line.trim();
    if (trimmed !== "") lines.push(trimmed);
    line = "";
  };
  const walk = (node: TextNodeLike, pre: boolean) => {
    if (node.nodeType === TEXT || node.nodeType === CDATA) {
      const value = node.nodeValue ?? "";
      if (!pre) {
        line += value.replace(FOLD, " ");
        return;
      }
      const parts = value.split(/\r?\n/);
      parts.forEach((part, i) => {
        if (i > 0) endLine();
        line += part;
      });
      return;
    }
    if (node.nodeType !== ELEMENT && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name)) return;
    if (name === "BR") return endLine();
    const block = BLOCK.has(name);
    if (block) endLine();
    // A table's cells stay on their row's line, apart: "项目名称 总投资" over "储能项目 30".
    else if ((name === "TD" || name === "TH") && line.trim() !== "") line += " ";
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) walk(children[i]!, pre || name === "PRE");
    if (block) endLine();
  };
  walk(root, false);
  endLine();
  // Runs of spaces left where inline elements met (<span> </span>) fold too.
  return lines.map((l) => l.replace(/ {2,}/g, " ")).join("\n");
}
