/**
 * When two names are one project. A report names a project in a long and a short form ("三菱车用发电机" in a
 * list, "三菱车用发电机项目" in the next paragraph; "中航锂离子动力电池项目" in a signing report and again at the
 * groundbreaking), with a phase ("东方生命健康产业园一期项目") or a typo ("瑞声声讯微型精密元器项目"). Names are
 * compared by their key: without spaces, quotes, brackets, a trailing 项目/工程 or a phase.
 */
import { PHASE_SUFFIX } from "./projectWords";

const TRAILING = new RegExp(`(?:(?:项目|工程)|${PHASE_SUFFIX})+$`);

/**
 * The key two names of one project share.
 * @example nameKey("东方生命健康产业园一期项目") // "东方生命健康产业园"
 */
export function nameKey(name: string): string {
  const plain = name.replace(/[\s“”"'‘’·]/g, "").replace(/[()（）]/g, "");
  const trimmed = plain.replace(TRAILING, "");
  return trimmed.length >= 2 ? trimmed : plain;
}

function bigrams(s: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i < s.length - 1; i++) out.add(s.slice(i, i + 2));
  return out;
}

/** Character-bigram overlap (Dice), 0 to 1. */
export function dice(a: string, b: string): number {
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size === 0 || y.size === 0) return 0;
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return (2 * both) / (x.size + y.size);
}

/** The shortest key that may stand for a longer one: 4 characters ("光星精机" in "光星精机新厂"). */
const MIN_CONTAINED = 4;
/** Bigram overlap above which two keys differ only by a slip of the pen. */
const SAME_DICE = 0.75;

/**
 * Whether two names name one project.
 * @example sameProject("三菱车用发电机", "三菱车用发电机项目") // true
 * @example sameProject("恒立液压系统", "新科人居智能舒适系统") // false
 */
export function sameProject(a: string, b: string): boolean {
  // Each name of a sentence is compared with every name of the article so far: compare each pair once.
  const pair = `${a}\u0000${b}`;
  const known = SAME_MEMO.get(pair);
  if (known !== undefined) return known;
  const same = compareNames(a, b);
  if (SAME_MEMO.size > 20_000) SAME_MEMO.clear();
  SAME_MEMO.set(pair, same);
  return same;
}

const SAME_MEMO = new Map<string, boolean>();

/** Forgets the pairs compared so far: each article starts afresh, so one article's work never speeds another's. */
export function forgetComparedNames(): void {
  SAME_MEMO.clear();
}

function compareNames(a: string, b: string): boolean {
  const x = nameKey(a);
  const y = nameKey(b);
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  // A short form is the long form's start or end ("光星精机" of "光星精机新厂", "锂离子动力电池" of
  // "中航锂离子动力电池"), never a piece from its middle.
  if (short.length >= MIN_CONTAINED && (long.startsWith(short) || long.endsWith(short))) return true;
  // A headline or a later sentence shortens a name to its product, which ends it ("碳纤维项目" of
  // "高性能碳纤维项目"): three characters suffice at the end, where the product stands, never at the start.
  if (short.length === MIN_CONTAINED - 1 && long.endsWith(short)) return true;
  return dice(x, y) >= SAME_DICE;
}

/**
 * The name a project goes by, from its names in the order written: the first, unless a later one is a longer
 * form of it that adds more than a phase or 项目 ("光星精机" → "光星精机新厂" stays "光星精机新厂"; "东方生命健康产业园"
 * → "东方生命健康产业园一期项目" stays the park).
 */
export function preferredName(names: readonly string[]): string {
  let best = names[0] ?? "";
  for (const name of names.slice(1)) {
    if (name.length > best.length && name.includes(best) && nameKey(name) !== nameKey(best)) best = name;
  }
  return best;
}
