/** Median, min and max of repeated measurements: one run is an anecdote, the median of several a figure. */
export interface Stat {
  median: number;
  min: number;
  max: number;
  runs: number;
}

export function stat(values: number[]): Stat {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  return { median: round(median), min: round(sorted[0]!), max: round(sorted.at(-1)!), runs: values.length };
}

export function round(value: number): number {
  return Number(value.toPrecision(4));
}

/** Runs `measure` n times (after one warm-up) and returns each run's result. */
export function repeat<T>(runs: number, measure: () => T): T[] {
  measure();
  return Array.from({ length: runs }, measure);
}

export function millis(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}
