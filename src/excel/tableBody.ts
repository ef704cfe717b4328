/**
 * Sizing table writes. Excel on the web refuses a request over about 5 MB, so body writes are cut into chunks by
 * the bytes they will send (UTF-8 of the JSON: a Chinese quote weighs three times its length), never by a fixed
 * row count and never one sync per row.
 */
import type { CellValue } from "../core/tableLayouts";
import { utf8Length } from "../core/utf8";

/**
 * Default ceiling for one write sync's request: 5% under Excel on the web's 5 MB. The estimate counts every cell
 * as the request carries it (UTF-8 JSON) and comes out a little above what is sent (about 0.1% in the bench),
 * so the margin is for the host's own framing, not for guesswork. Fewer, fuller requests: 10k projects' 15 MiB
 * of tables go in 4 writes.
 */
export const DEFAULT_MAX_PAYLOAD_BYTES = 4_750_000;

/**
 * Default ceiling for one read's estimated answer. Answers are estimated from a typical cell (an ID, a user's
 * formula) rather than counted, so they keep a wider margin under the 5 MB.
 */
export const DEFAULT_MAX_RESPONSE_BYTES = 4_000_000;

/** What a write carries besides its cells: the command, the object path, brackets. */
export const COMMAND_OVERHEAD_BYTES = 200;

/** What Excel gets for a layout cell: `null` would mean "leave this cell as it is", so empty is "". */
export function toCell(value: CellValue): string | number {
  return value === null ? "" : value;
}

/**
 * Bytes one cell adds to a request as JSON, with its separator.
 * @example cellBytes("常州") // 9; cellBytes(12.5) // 5
 */
export function cellBytes(value: string | number): number {
  return (typeof value === "number" ? String(value).length : utf8Length(JSON.stringify(value))) + 1;
}

export interface Chunk {
  /** First row (inclusive) and end (exclusive). */
  start: number;
  end: number;
  bytes: number;
}

/**
 * Cuts rows into consecutive chunks of at most `budget` bytes each (a row heavier than the budget goes alone).
 * The first chunk may have less room (`firstBudget`): it shares its sync with commands already queued.
 * @example planChunks([3, 3, 3], 7, 0) // [{ start: 0, end: 2, bytes: 6 }, { start: 2, end: 3, bytes: 3 }]
 */
export function planChunks(
  rowBytes: readonly number[],
  budget: number,
  fixedBytes: number,
  firstBudget = budget,
): Chunk[] {
  const chunks: Chunk[] = [];
  let start = 0;
  let bytes = fixedBytes;
  rowBytes.forEach((b, i) => {
    const room = chunks.length === 0 ? firstBudget : budget;
    if (i > start && bytes + b > room) {
      chunks.push({ start, end: i, bytes });
      [start, bytes] = [i, fixedBytes];
    }
    bytes += b;
  });
  if (rowBytes.length > start) chunks.push({ start, end: rowBytes.length, bytes });
  return chunks;
}
