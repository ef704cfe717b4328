/**
 * "Did you mean": the known names nearest to a name the user typed, so an unknown sector answers
 * "未知行业 '新能量' — 是否指 '新能源'?" instead of a bare #VALUE!.
 */
import { nameKey } from "../taxonomy";

/** Levenshtein distance over code points (Chinese names are short; this is cheap). */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[y.length] ?? 0;
}

export interface Candidate {
  /** What the suggestion shows (the canonical name). */
  name: string;
  /** Every spelling that finds it (name, aliases, id). */
  spellings: readonly string[];
}

/**
 * Up to `limit` canonical names whose nearest spelling is close to `typed`: within a third of the longer
 * string, or containing / contained in it (光伏产业 → 光伏).
 * @example nearestNames("新能量", [{ name: "新能源", spellings: ["新能源"] }]) // ["新能源"]
 */
export function nearestNames(typed: string, candidates: readonly Candidate[], limit = 3): string[] {
  const key = nameKey(typed);
  if (key === "") return [];
  const scored: { name: string; score: number }[] = [];
  for (const candidate of candidates) {
    let best = Infinity;
    for (const spelling of candidate.spellings) {
      const other = nameKey(spelling);
      if (other === "") continue;
      const contains = other.includes(key) || key.includes(other);
      const distance = contains ? Math.abs(other.length - key.length) * 0.5 : editDistance(key, other);
      const allowed = Math.max(1, Math.floor(Math.max([...key].length, [...other].length) / 3));
      if ((contains || distance <= allowed) && distance < best) best = distance;
    }
    if (best < Infinity) scored.push({ name: candidate.name, score: best });
  }
  scored.sort((p, q) => p.score - q.score || p.name.localeCompare(q.name));
  return [...new Set(scored.map((s) => s.name))].slice(0, limit);
}

/** " — 是否指 'A' / 'B'?" or "" when nothing is near. */
export function didYouMean(typed: string, candidates: readonly Candidate[]): string {
  const names = nearestNames(typed, candidates);
  return names.length === 0 ? "" : ` — 是否指 ${names.map((n) => `'${n}'`).join(" / ")}?`;
}
