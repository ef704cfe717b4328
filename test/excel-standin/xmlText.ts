/**
 * The little XML reading a custom XML part needs: Excel refuses a part whose text is not well-formed XML and
 * files it under the namespace of its root element. This is a well-formedness check (one root element, tags
 * nested and closed, attributes quoted and unique, `&` only in entity or character references, nothing but
 * comments, processing instructions and white space around the root), not a validating parser: no DTDs.
 */

const NAME = /^[\p{L}_:][\p{L}\p{N}_:.-]*/u;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

export interface XmlRoot {
  /** The root element's qualified name ("additions", "x:doc"). */
  name: string;
  /** Its namespace: `xmlns` (or `xmlns:prefix` for a prefixed root); "" when it declares none. */
  namespaceUri: string;
}

/** The root of a well-formed document, or a reason it is not one (Excel's InvalidArgument). */
export function readXmlRoot(xml: string): XmlRoot | { error: string } {
  let root: { name: string; attrs: Map<string, string> } | null = null;
  const open: string[] = [];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (open.length === 0 ? text.trim() !== "" : ENTITY.test(text) || text.includes("]]>")) {
      return { error: open.length === 0 ? "text outside the root element" : "a bare '&' or ']]>' in text" };
    }
    if (lt < 0) break;
    const markup = readMarkup(xml, lt, open.length > 0);
    if ("error" in markup) return markup;
    i = markup.end;
    if (markup.kind === "end") {
      if (open.pop() !== markup.name) return { error: `</${markup.name}> closes no open element` };
    } else if (markup.kind === "start") {
      if (open.length === 0 && root) return { error: "more than one root element" };
      if (open.length === 0) root = { name: markup.name, attrs: markup.attrs };
      if (!markup.selfClosing) open.push(markup.name);
    }
  }
  if (!root) return { error: "no root element" };
  if (open.length > 0) return { error: `<${open[open.length - 1]}> is never closed` };
  const prefix = root.name.includes(":") ? root.name.split(":")[0] : null;
  return { name: root.name, namespaceUri: root.attrs.get(prefix ? `xmlns:${prefix}` : "xmlns") ?? "" };
}

type Markup =
  | { kind: "other"; end: number }
  | { kind: "end"; name: string; end: number }
  | { kind: "start"; name: string; attrs: Map<string, string>; selfClosing: boolean; end: number };

function readMarkup(xml: string, at: number, inside: boolean): Markup | { error: string } {
  const closed = (open: string, close: string): Markup | { error: string } => {
    const end = xml.indexOf(close, at + open.length);
    return end < 0 ? { error: `${open} is never closed` } : { kind: "other", end: end + close.length };
  };
  if (xml.startsWith("<!--", at)) return closed("<!--", "-->");
  if (xml.startsWith("<?", at)) return closed("<?", "?>");
  if (xml.startsWith("<![CDATA[", at))
    return inside ? closed("<![CDATA[", "]]>") : { error: "CDATA outside the root element" };
  if (xml.startsWith("<!", at)) return { error: "DTDs are not supported" };
  const gt = xml.indexOf(">", at);
  if (gt < 0) return { error: "a tag is never closed" };
  const tag = xml.slice(at + 1, gt);
  if (tag.startsWith("/")) {
    const name = tag.slice(1).trim();
    return NAME.exec(name)?.[0] === name ? { kind: "end", name, end: gt + 1 } : { error: `bad tag <${tag}>` };
  }
  const selfClosing = tag.endsWith("/");
  const body = selfClosing ? tag.slice(0, -1) : tag;
  const name = NAME.exec(body)?.[0];
  if (!name) return { error: `bad tag <${tag}>` };
  const attrs = readAttributes(body.slice(name.length));
  if ("error" in attrs) return attrs;
  return { kind: "start", name, attrs, selfClosing, end: gt + 1 };
}

/** `a="1" b='2'`. A `>` inside a value ends the tag early and is refused: stricter than XML, on purpose simple. */
function readAttributes(text: string): Map<string, string> | { error: string } {
  const attrs = new Map<string, string>();
  const ATTR = /^\s+([\p{L}_:][\p{L}\p{N}_:.-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/u;
  let rest = text;
  while (rest.trim() !== "") {
    const m = ATTR.exec(rest);
    if (!m) return { error: `bad attributes '${text.trim()}'` };
    const value = m[2] ?? m[3] ?? "";
    if (attrs.has(m[1]!) || ENTITY.test(value)) return { error: `bad attribute ${m[1]}` };
    attrs.set(m[1]!, value);
    rest = rest.slice(m[0].length);
  }
  return attrs;
}
