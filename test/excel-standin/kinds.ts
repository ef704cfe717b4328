/**
 * How the stand-in describes one API class ("Range", "Table" …): its scalar properties, navigation properties,
 * methods and, for collections, items — each with the requirement set that introduced it, checked at sync like
 * Excel answers ApiNotFound. Anything not listed here is refused when touched.
 */
import type { WorkbookModel } from "./workbookModel";

/** What the code under test passed where the API takes an object (a Range, a Table, a PivotHierarchy). */
export class Ref {
  constructor(
    readonly kind: string,
    readonly binding: unknown,
  ) {}
}

export interface Env {
  wb: WorkbookModel;
}

export interface PropDef<B> {
  get: (b: B, env: Env) => unknown;
  set?: (b: B, value: unknown, env: Env) => void;
  api?: string;
}

export interface NavDef<B> {
  kind: string;
  resolve: (b: B, env: Env) => unknown;
  api?: string;
}

export interface MethodDef<B> {
  /** A kind name for a method returning an object, "result" for a ClientResult, "void" otherwise. */
  returns: string;
  /** `…OrNullObject`: a missing item is a null object, not an error. */
  orNull?: boolean;
  api?: string;
  run: (b: B, args: unknown[], env: Env) => unknown;
}

export interface KindDef<B = unknown> {
  name: string;
  props?: Record<string, PropDef<B>>;
  nav?: Record<string, NavDef<B>>;
  methods?: Record<string, MethodDef<B>>;
  items?: { kind: string; list: (b: B, env: Env) => unknown[] };
  /** False once the object is gone (a deleted sheet or table): using it fails like Excel. */
  alive?: (b: B) => boolean;
}

export function defineKind<B>(def: KindDef<B>): KindDef {
  return def as unknown as KindDef;
}

/** Whether a member introduced in `api` ("1.13") exists in a host at `version` ("1.12"). */
export function supports(version: string, api: string | undefined): boolean {
  if (!api) return true;
  const [a = 0, b = 0] = api.split(".").map(Number);
  const [x = 0, y = 0] = version.split(".").map(Number);
  return x > a || (x === a && y >= b);
}
