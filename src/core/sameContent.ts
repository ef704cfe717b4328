/**
 * Whether two datasets hold the same content, `builtAt` apart. The dataset store keeps its engine (and every
 * formula its drawn answer) only then: a claimed `version` is no proof, since a republished or hand-edited file
 * keeps it. Compared value by value rather than hashed: exact, and paid only on a refresh that claims the
 * version already in memory (hashing every load cost seconds at 100k projects).
 */
import type { Dataset } from "./dataset";

/** Deep equality of JSON values (what a validated dataset is made of). */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x);
  if (keys.length !== Object.keys(y).length) return false;
  for (const key of keys)
    if (!Object.prototype.hasOwnProperty.call(y, key) || !sameJson(x[key], y[key])) return false;
  return true;
}

/** @example sameContent(d, { ...d, builtAt: "later" }) // true */
export function sameContent(a: Dataset, b: Dataset): boolean {
  const { builtAt: _a, ...x } = a;
  const { builtAt: _b, ...y } = b;
  return sameJson(x, y);
}
