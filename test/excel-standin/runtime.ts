/**
 * Proxy objects, request contexts and `context.sync()`, as the Excel JavaScript API has them: reading a
 * property that was not loaded throws PropertyNotLoaded; setting properties and calling methods only queues
 * commands; `sync()` sends the queue as one batch, runs it in order against the workbook and only then fills in
 * what was loaded. Each sync's request size is the UTF-8 length of the queued commands as JSON.
 *
 * A batch that fails part way keeps the commands before the failing one applied (as Excel does). A failure the
 * test injects with `failSyncAt` applies none of the batch unless told to apply the first N commands.
 */
import { ERROR_CODES, OfficeError, fail } from "./errors";
import { Ref, supports, type Env, type KindDef } from "./kinds";
import type { LoadSpec } from "./loadSpec";
import { ContextState, stateOf, type ClientResultState, type ObjectState, type Op } from "./objects";

export { ContextState };

export interface SyncRecord {
  index: number;
  commands: number;
  requestBytes: number;
  responseBytes: number;
  failed: string | null;
}

export interface InjectedFailure {
  code: string;
  message: string;
  /** How many of the batch's commands Excel got to apply before failing (default none). */
  appliedCommands: number;
}

export interface RuntimeOptions {
  apiVersion: string;
  payloadLimitBytes: number;
}

const utf8 = new TextEncoder();
const bytesOf = (value: unknown) => utf8.encode(JSON.stringify(value)).length;

export class Runtime {
  syncs: SyncRecord[] = [];
  failures = new Map<number, InjectedFailure>();
  /** Failures armed for the next sync whose request (its commands as JSON) matches. */
  matching: { pattern: RegExp; failure: InjectedFailure }[] = [];
  private syncIndex = 0;

  constructor(
    readonly env: Env,
    readonly kinds: Record<string, KindDef>,
    readonly options: RuntimeOptions,
  ) {}

  kind(name: string): KindDef {
    const k = this.kinds[name];
    if (!k) throw new Error(`stand-in bug: no kind ${name}`);
    return k;
  }

  resetCounters(): void {
    this.syncs = [];
    this.syncIndex = 0;
    this.failures.clear();
    this.matching = [];
  }

  async sync(ctx: ContextState): Promise<void> {
    const ops = ctx.queue;
    ctx.queue = [];
    const index = ++this.syncIndex;
    const record: SyncRecord = {
      index,
      commands: ops.length,
      requestBytes: 0,
      responseBytes: 0,
      failed: null,
    };
    this.syncs.push(record);
    await Promise.resolve();
    try {
      const request = JSON.stringify(ops.map(serialize));
      record.requestBytes = utf8.encode(request).length;
      if (record.requestBytes > this.options.payloadLimitBytes) {
        fail(
          ERROR_CODES.requestPayloadSizeLimitExceeded,
          `The request payload size (${record.requestBytes} bytes) has exceeded the limit.`,
        );
      }
      const armed = this.matching.findIndex((m) => m.pattern.test(request));
      const injected =
        this.failures.get(index) ?? (armed >= 0 ? this.matching.splice(armed, 1)[0]!.failure : undefined);
      const pending = new Pending();
      const runUntil = injected ? Math.min(injected.appliedCommands, ops.length) : ops.length;
      for (let i = 0; i < runUntil; i++) this.execute(ops[i]!, pending);
      if (injected) throw new OfficeError(injected.code, injected.message);
      record.responseBytes = bytesOf(pending.json);
      if (record.responseBytes > this.options.payloadLimitBytes) {
        fail(
          ERROR_CODES.responsePayloadSizeLimitExceeded,
          "The response payload size has exceeded the limit.",
        );
      }
      pending.apply();
      for (const op of ops) if (op.t === "create") op.target.synced = true;
    } catch (e) {
      record.failed = e instanceof OfficeError ? e.code : String(e);
      throw e;
    }
  }

  private requireApi(kind: KindDef, member: string, api: string | undefined): void {
    if (!supports(this.options.apiVersion, api)) {
      fail(
        ERROR_CODES.apiNotFound,
        `${kind.name}.${member} needs ExcelApi ${api}; this host has ${this.options.apiVersion}.`,
        `${kind.name}.${member}`,
      );
    }
  }

  private resolve(state: ObjectState, member: string): unknown {
    if (!state.bound) {
      fail(
        ERROR_CODES.invalidObjectPath,
        "The object path isn't working: the object was never created (its batch failed).",
        `${state.kind.name}.${member}`,
      );
    }
    if (state.isNull)
      fail(ERROR_CODES.invalidObjectPath, "The object is a null object.", `${state.kind.name}.${member}`);
    if (state.kind.alive && !state.kind.alive(state.binding)) {
      fail(
        ERROR_CODES.itemNotFound,
        `The ${state.kind.name} no longer exists.`,
        `${state.kind.name}.${member}`,
      );
    }
    return state.binding;
  }

  private args(args: unknown[]): unknown[] {
    return args.map((a) => {
      const s = stateOf(a);
      return s ? new Ref(s.kind.name, this.resolve(s, "argument")) : a;
    });
  }

  private execute(op: Op, pending: Pending): void {
    const kind = op.target.kind;
    switch (op.t) {
      case "create": {
        const parent = op.parent;
        if (parent.bound && parent.isNull) {
          Object.assign(op.target, { bound: true, isNull: true });
          return;
        }
        const b = this.resolve(parent, op.member);
        if (op.via === "nav") {
          const def = parent.kind.nav![op.member]!;
          this.requireApi(parent.kind, op.member, def.api);
          op.target.binding = def.resolve(b, this.env);
        } else {
          const def = parent.kind.methods![op.member]!;
          this.requireApi(parent.kind, op.member, def.api);
          op.target.binding = def.run(b, this.args(op.args), this.env);
          op.target.isNull = op.target.binding === null;
        }
        op.target.bound = true;
        return;
      }
      case "set": {
        const def = kind.props![op.member]!;
        this.requireApi(kind, op.member, def.api);
        def.set!(this.resolve(op.target, op.member), op.value, this.env);
        return;
      }
      case "call": {
        const def = kind.methods![op.member]!;
        this.requireApi(kind, op.member, def.api);
        const value = def.run(this.resolve(op.target, op.member), this.args(op.args), this.env);
        if (op.result) pending.results.push([op.result, value]);
        return;
      }
      case "load":
        if (op.target.bound && op.target.isNull) return;
        this.load(op.target, this.resolve(op.target, "load"), op.spec, pending);
    }
  }

  private load(state: ObjectState, b: unknown, spec: LoadSpec, pending: Pending): void {
    const kind = state.kind;
    for (const prop of spec.props) {
      const def = kind.props![prop]!;
      this.requireApi(kind, prop, def.api);
      pending.props.push([state, prop, def.get(b, this.env)]);
    }
    for (const [name, sub] of Object.entries(spec.nav)) {
      const def = kind.nav![name]!;
      let child = state.nav.get(name);
      if (!child) {
        child = state.ctx.makeState(this.kind(def.kind));
        state.nav.set(name, child);
      }
      if (!child.bound)
        Object.assign(child, { bound: true, synced: true, binding: def.resolve(b, this.env) });
      this.load(child, child.binding, sub, pending);
    }
    if (spec.items && kind.items) {
      const itemKind = this.kind(kind.items.kind);
      const items = kind.items.list(b, this.env).map((binding) => {
        const item = state.ctx.makeState(itemKind);
        Object.assign(item, { bound: true, synced: true, binding });
        this.load(item, binding, spec.items!, pending);
        return item;
      });
      pending.items.push([state, items.map((i) => i.proxy)]);
    }
  }
}

/** Load results and method results, delivered only when the whole batch succeeded. */
class Pending {
  props: [ObjectState, string, unknown][] = [];
  items: [ObjectState, object[]][] = [];
  results: [ClientResultState, unknown][] = [];

  get json(): unknown {
    return [this.props.map(([s, p, v]) => [s.id, p, v]), this.results.map(([, v]) => v)];
  }

  apply(): void {
    for (const [state, prop, value] of this.props) state.loaded.set(prop, value);
    for (const [state, items] of this.items) state.items = items;
    for (const [result, value] of this.results) Object.assign(result, { done: true, value });
  }
}

function serialize(op: Op): unknown {
  const ref = (a: unknown) => {
    const s = stateOf(a);
    return s ? { o: s.id } : a;
  };
  switch (op.t) {
    case "create":
      return { t: "c", o: op.target.id, p: op.parent.id, m: op.member, a: op.args.map(ref) };
    case "set":
      return { t: "s", o: op.target.id, m: op.member, v: op.value };
    case "call":
      return { t: "m", o: op.target.id, m: op.member, a: op.args.map(ref) };
    case "load":
      return { t: "l", o: op.target.id, s: op.spec };
  }
}
