/** What `load()` accepts ("a, b/c", ["a"], { a: true, b: { c: true } }), checked against the kinds. */
import { StandInUsageError } from "./errors";
import { supports, type KindDef } from "./kinds";

export interface LoadSpec {
  props: string[];
  nav: Record<string, LoadSpec>;
  items: LoadSpec | null;
}

/** The kinds and the host version a load is checked against. */
export interface KindLookup {
  kind(name: string): KindDef;
  options: { apiVersion: string };
}

/** Every scalar property the host has: `load()` without arguments loads them all. */
function allProps(runtime: KindLookup, kind: KindDef): string[] {
  return Object.entries(kind.props ?? {})
    .filter(([, def]) => supports(runtime.options.apiVersion, def.api))
    .map(([name]) => name);
}

const allOf = (runtime: KindLookup, kind: KindDef): LoadSpec =>
  kind.items
    ? {
        props: [],
        nav: {},
        items: { props: allProps(runtime, runtime.kind(kind.items.kind)), nav: {}, items: null },
      }
    : { props: allProps(runtime, kind), nav: {}, items: null };

export function parseLoad(runtime: KindLookup, kind: KindDef, arg: unknown): LoadSpec {
  const spec: LoadSpec = { props: [], nav: {}, items: null };
  const paths: string[] = [];
  const flatten = (value: unknown, prefix: string) => {
    if (value === undefined || value === null) return;
    if (typeof value === "string") value.split(",").forEach((p) => p.trim() && paths.push(prefix + p.trim()));
    else if (Array.isArray(value)) value.forEach((v) => flatten(v, prefix));
    else if (typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        if (k === "select" || k === "expand") flatten(v, prefix);
        else if (v === true) paths.push(prefix + k);
        else if (v && typeof v === "object") flatten(v, `${prefix}${k}/`);
      }
    }
  };
  flatten(arg, "");
  if (paths.length === 0) return allOf(runtime, kind);
  for (const path of paths) addPath(runtime, kind, spec, path.split("/"));
  return spec;
}

function addPath(runtime: KindLookup, kind: KindDef, spec: LoadSpec, parts: string[]): void {
  const [head, ...rest] = parts;
  if (!head) return;
  if (kind.props?.[head] && rest.length === 0) {
    if (!spec.props.includes(head)) spec.props.push(head);
    return;
  }
  if (kind.nav?.[head]) {
    const navKind = runtime.kind(kind.nav[head].kind);
    if (rest.length === 0) spec.nav[head] = allOf(runtime, navKind);
    else addPath(runtime, navKind, (spec.nav[head] ??= { props: [], nav: {}, items: null }), rest);
    return;
  }
  if (kind.items) {
    // "items/name" and plain "name" on a collection both load the items' name.
    const itemKind = runtime.kind(kind.items.kind);
    const sub = (spec.items ??= { props: [], nav: {}, items: null });
    const tail = head === "items" ? rest : parts;
    if (tail.length === 0) sub.props = allProps(runtime, itemKind);
    else addPath(runtime, itemKind, sub, tail);
    return;
  }
  throw new StandInUsageError(`cannot load '${parts.join("/")}' on Excel.${kind.name}`);
}
