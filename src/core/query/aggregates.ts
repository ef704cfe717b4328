/**
 * Sums prepared once per dataset: every figure is added into the bucket of its project's own (sector, place)
 * and its year. A total then visits only the buckets of the sectors and places asked for (a few hundred at
 * most, however many projects there are) instead of scanning figures. Each sum remembers the most decimals of
 * the figures in it, so a total is rounded back to them (`exactTotal`): no binary noise reaches a cell.
 */
import { decimalsOf, roundTo } from "../decimals";

/** The sums of one bucket. */
export interface Sums {
  low: number;
  high: number;
  mid: number;
  figures: number;
  /** The most decimals of any bound added (2 for 12.34 亿元): the sums are exact to this many. */
  decimals: number;
  /** Figures whose upper bound is unknown, and why, for the #N/A message. */
  unknownHigh: number;
  unknownExample: (() => string) | null;
}

export function emptySums(): Sums {
  return { low: 0, high: 0, mid: 0, figures: 0, decimals: 0, unknownHigh: 0, unknownExample: null };
}

/** One figure's contribution. */
export interface Contribution {
  sectorId: string | null;
  placeId: string | null;
  year: number | null;
  low: number;
  high: number | null;
  /** Why the upper bound is unknown, in words (worded only when a message needs it). */
  unknownWhy: () => string;
}

function add(into: Sums, low: number, high: number | null, decimals: number, unknownWhy: () => string): void {
  into.low += low;
  into.figures += 1;
  into.decimals = Math.max(into.decimals, decimals);
  if (high === null) {
    into.unknownHigh += 1;
    into.unknownExample ??= unknownWhy;
  } else {
    into.high += high;
    into.mid += (low + high) / 2;
  }
}

function merge(into: Sums, from: Sums): void {
  into.low += from.low;
  into.high += from.high;
  into.mid += from.mid;
  into.figures += from.figures;
  into.decimals = Math.max(into.decimals, from.decimals);
  into.unknownHigh += from.unknownHigh;
  into.unknownExample ??= from.unknownExample;
}

interface Bucket {
  all: Sums;
  byYear: Map<number | null, Sums>;
}

/** sector id ("" for none) → place id ("" for none) → bucket. */
export type BucketTree = Map<string, Map<string, Bucket>>;

/** Adds one figure into its bucket; the tree is built in one pass with no intermediate lists. */
export function addToBuckets(
  tree: BucketTree,
  sectorId: string | null,
  placeId: string | null,
  year: number | null,
  low: number,
  high: number | null,
  unknownWhy: () => string,
): void {
  let places = tree.get(sectorId ?? "");
  if (!places) tree.set(sectorId ?? "", (places = new Map()));
  let bucket = places.get(placeId ?? "");
  if (!bucket) places.set(placeId ?? "", (bucket = { all: emptySums(), byYear: new Map() }));
  const decimals = Math.max(decimalsOf(low), high === null ? 0 : decimalsOf(high));
  add(bucket.all, low, high, decimals, unknownWhy);
  let sums = bucket.byYear.get(year);
  if (!sums) bucket.byYear.set(year, (sums = emptySums()));
  add(sums, low, high, decimals, unknownWhy);
}

export function buildBuckets(contributions: Iterable<Contribution>): BucketTree {
  const tree: BucketTree = new Map();
  for (const c of contributions)
    addToBuckets(tree, c.sectorId, c.placeId, c.year, c.low, c.high, c.unknownWhy);
  return tree;
}

/**
 * The sums over the buckets of the given sectors and places (null = all) within the years (null = all, and
 * then undated figures count too).
 */
export function sumBuckets(
  tree: BucketTree,
  sectorIds: ReadonlySet<string> | null,
  placeIds: ReadonlySet<string> | null,
  period: { from: number; to: number } | null,
): Sums {
  const out = emptySums();
  const visitPlaces = (places: Map<string, Bucket>) => {
    const visit = (bucket: Bucket) => {
      if (period === null) return merge(out, bucket.all);
      for (const [year, sums] of bucket.byYear)
        if (year !== null && year >= period.from && year <= period.to) merge(out, sums);
    };
    if (placeIds === null) for (const bucket of places.values()) visit(bucket);
    else
      for (const id of placeIds) {
        const bucket = places.get(id);
        if (bucket) visit(bucket);
      }
  };
  if (sectorIds === null) for (const places of tree.values()) visitPlaces(places);
  else
    for (const id of sectorIds) {
      const places = tree.get(id);
      if (places) visitPlaces(places);
    }
  return out;
}

/**
 * A bound's sum rounded to the figures' own decimals (a middle may have one more: of 1.5 and 2 it is 1.75).
 * @example exactTotal({ low: 0.30000000000000004, decimals: 1, … }, "low") // 0.3
 */
export function exactTotal(sums: Sums, bound: "low" | "high" | "mid"): number {
  return roundTo(sums[bound], bound === "mid" ? sums.decimals + 1 : sums.decimals);
}
