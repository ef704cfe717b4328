/**
 * The client side of the API: one state behind each proxy object (what it is bound to after a sync, what was
 * loaded into it), and the request context that queues commands until `sync()`.
 */
import { ERROR_CODES, OfficeError } from "./errors";
import type { KindDef } from "./kinds";
import type { LoadSpec } from "./loadSpec";
import { contextHandler, objectHandler } from "./proxies";
import type { Runtime } from "./runtime";

export type Op =
  | {
      t: "create";
      target: ObjectState;
      parent: ObjectState;
      member: string;
      args: unknown[];
      via: "nav" | "method";
    }
  | { t: "set"; target: ObjectState; member: string; value: unknown }
  | { t: "call"; target: ObjectState; member: string; args: unknown[]; result: ClientResultState | null }
  | { t: "load"; target: ObjectState; spec: LoadSpec };

export class ClientResultState {
  done = false;
  value: unknown;
  /** What the code under test holds: `.value` throws until a sync delivered it. */
  readonly api: { readonly value: unknown };

  constructor() {
    const read = () => {
      if (!this.done) {
        throw new OfficeError(
          ERROR_CODES.valueNotLoaded,
          "The result has not been loaded yet: call context.sync().",
        );
      }
      return this.value;
    };
    this.api = Object.defineProperty({}, "value", { get: read, enumerable: true }) as {
      readonly value: unknown;
    };
  }
}

const states = new WeakMap<object, ObjectState>();

/** The state behind a proxy, for proxies passed back as arguments (a Range, a Table). */
export function stateOf(value: unknown): ObjectState | undefined {
  return value !== null && typeof value === "object" ? states.get(value) : undefined;
}

export class ObjectState {
  bound = false;
  binding: unknown;
  isNull = false;
  /** isNullObject is known once a sync ran the command that created the object. */
  synced = false;
  loaded = new Map<string, unknown>();
  items: object[] | null = null;
  nav = new Map<string, ObjectState>();
  proxy: object;

  constructor(
    readonly ctx: ContextState,
    readonly kind: KindDef,
    readonly id: number,
  ) {
    this.proxy = new Proxy({}, objectHandler(this));
    states.set(this.proxy, this);
  }
}

export class ContextState {
  queue: Op[] = [];
  closed = false;
  readonly workbook: ObjectState;
  readonly proxy: object;
  private ids = 0;

  constructor(readonly runtime: Runtime) {
    this.workbook = this.makeState(runtime.kind("Workbook"));
    Object.assign(this.workbook, { bound: true, synced: true, binding: runtime.env.wb });
    this.proxy = new Proxy({}, contextHandler(this));
  }

  newId(): number {
    return ++this.ids;
  }

  makeState(kind: KindDef): ObjectState {
    return new ObjectState(this, kind, this.newId());
  }

  push(op: Op): void {
    if (this.closed) {
      throw new OfficeError(
        ERROR_CODES.invalidRequestContext,
        "This object belongs to a request context that has finished (its Excel.run returned).",
      );
    }
    this.queue.push(op);
  }
}
