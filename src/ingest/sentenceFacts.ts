/**
 * What the earlier stages found, filed by sentence: the figures, dates, places and organization mentions that
 * stand in each sentence. Assembly of projects and events reads these.
 */
import type { Sentence } from "./clean";
import type { PlaceMention } from "./places";
import type { AmountMention, DateMention, OrgEntity, Span } from "./types";

export interface SentenceFacts {
  sentence: Sentence;
  amounts: AmountMention[];
  dates: DateMention[];
  places: PlaceMention[];
  /** Organization mentions in the sentence, with the entity each belongs to. */
  orgs: { span: Span; org: OrgEntity }[];
}

/** Puts positioned items into the sentence that holds their start, in one pass over both sorted lists. */
export function bySentence<T extends { start: number }>(
  sentences: readonly Sentence[],
  items: readonly T[],
): T[][] {
  const buckets: T[][] = sentences.map(() => []);
  const sorted = [...items].sort((a, b) => a.start - b.start);
  let s = 0;
  for (const item of sorted) {
    while (s < sentences.length - 1 && item.start >= (sentences[s]?.end ?? 0)) s++;
    buckets[s]?.push(item);
  }
  return buckets;
}

/**
 * The date written nearest before `at` (relative to the sentence) in the sentence, else its first date
 * ("2010年…成立…,今年初又…签署…" → 今年初 for what follows it).
 */
export function dateBefore(facts: SentenceFacts, at: number): string | null {
  let best: string | null = null;
  for (const d of facts.dates) if (d.value !== null && d.start - facts.sentence.start <= at) best = d.value;
  return best ?? facts.dates.find((d) => d.value !== null)?.value ?? null;
}
