/**
 * The proxies code under test touches. Reading a property that was not loaded throws PropertyNotLoaded; setting
 * one, or calling a method, queues a command; a member the kind does not list throws at once, so a misspelt
 * method fails the test that calls it.
 */
import { StandInUsageError, notLoaded } from "./errors";
import { ClientResultState, stateOf, type ContextState, type ObjectState } from "./objects";
import { parseLoad } from "./loadSpec";

/** Names that JavaScript itself and test runners probe on any object (await, pretty-printers, matchers). */
const PROBES = new Set([
  "then",
  "asymmetricMatch",
  "$$typeof",
  "nodeType",
  "tagName",
  "@@__IMMUTABLE_ITERABLE__@@",
  "@@__IMMUTABLE_RECORD__@@",
  "_isMockFunction",
  "constructor",
]);

export function contextHandler(ctx: ContextState): ProxyHandler<object> {
  const members: Record<string, () => unknown> = {
    workbook: () => ctx.workbook.proxy,
    application: () => (ctx.workbook.proxy as Record<string, unknown>)["application"],
    sync: () => () => ctx.runtime.sync(ctx),
    trackedObjects: () => ({ add: () => undefined, remove: () => undefined }),
    trace: () => () => undefined,
  };
  return {
    get(_, prop) {
      if (typeof prop === "symbol" || PROBES.has(prop)) return undefined;
      const m = members[prop];
      if (!m) throw new StandInUsageError(`Excel.RequestContext has no member '${prop}'`);
      return m();
    },
    set(_, prop) {
      throw new StandInUsageError(`Excel.RequestContext.${String(prop)} cannot be set`);
    },
  };
}

/** What `toJSON()` gives: the loaded properties, as Office.js does. */
function plain(state: ObjectState): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(state.loaded);
  if (state.items) out["items"] = state.items.map((p) => plain(stateOf(p)!));
  return out;
}

export function objectHandler(state: ObjectState): ProxyHandler<object> {
  const { kind, ctx } = state;
  const runtime = ctx.runtime;
  const navState = (name: string): ObjectState => {
    let child = state.nav.get(name);
    if (!child) {
      child = ctx.makeState(runtime.kind(kind.nav![name]!.kind));
      state.nav.set(name, child);
      ctx.push({ t: "create", target: child, parent: state, member: name, args: [], via: "nav" });
    }
    return child;
  };
  const setProp = (prop: string, value: unknown) => {
    const def = kind.props?.[prop];
    if (!def) throw new StandInUsageError(`Excel.${kind.name} has no property '${prop}'`);
    if (!def.set) throw new StandInUsageError(`Excel.${kind.name}.${prop} is read-only`);
    ctx.push({ t: "set", target: state, member: prop, value });
  };
  const method = (name: string) => {
    const def = kind.methods![name]!;
    return (...args: unknown[]) => {
      if (def.returns === "void") {
        ctx.push({ t: "call", target: state, member: name, args, result: null });
        return undefined;
      }
      if (def.returns === "result") {
        const result = new ClientResultState();
        ctx.push({ t: "call", target: state, member: name, args, result });
        return result.api;
      }
      const child = ctx.makeState(runtime.kind(def.returns));
      ctx.push({ t: "create", target: child, parent: state, member: name, args, via: "method" });
      return child.proxy;
    };
  };
  return {
    get(_, prop) {
      if (typeof prop === "symbol") return prop === Symbol.toStringTag ? `Excel.${kind.name}` : undefined;
      switch (prop) {
        case "context":
          return ctx.proxy;
        case "isNullObject":
          if (!state.synced) throw notLoaded(kind.name, "isNullObject");
          return state.isNull;
        case "load":
          return (arg?: unknown) => {
            ctx.push({ t: "load", target: state, spec: parseLoad(runtime, kind, arg) });
            return state.proxy;
          };
        case "set":
          return (props: Record<string, unknown>) => {
            for (const [k, v] of Object.entries(props)) setProp(k, v);
          };
        case "toJSON":
          return () => plain(state);
        case "toString":
          return () => `[object Excel.${kind.name}]`;
        case "track":
        case "untrack":
          return () => state.proxy;
      }
      if (prop === "items" && kind.items) {
        if (state.items === null) throw notLoaded(kind.name, "items");
        return state.items;
      }
      if (kind.props?.[prop]) {
        if (!state.loaded.has(prop)) throw notLoaded(kind.name, prop);
        return state.loaded.get(prop);
      }
      if (kind.nav?.[prop]) return navState(prop).proxy;
      if (kind.methods?.[prop]) return method(prop);
      if (PROBES.has(prop)) return undefined;
      throw new StandInUsageError(`Excel.${kind.name} has no member '${prop}'`);
    },
    set(_, prop, value) {
      if (typeof prop === "symbol") throw new StandInUsageError("symbol properties cannot be set");
      setProp(prop, value);
      return true;
    },
    has(_, prop) {
      return typeof prop === "string" && !!(kind.props?.[prop] || kind.nav?.[prop] || kind.methods?.[prop]);
    },
  };
}
