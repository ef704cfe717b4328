/**
 * The structure of a sentence before any field is attached: its clauses and, inside a clause, the items of a
 * list. Chinese reports pack several facts into one sentence ("X项目签约，该项目总投资30亿元，其中一期12亿元；
 * Y项目开工"), and lists name several projects at once ("A、B和C等项目相继开工"). A project's figure, partner,
 * stage and date are looked for in its own item or clause first, so that a neighbour's never reaches it.
 *
 * Positions are relative to the sentence. Clause marks inside quotes (“…”) or brackets do not split: a quoted
 * name or an aside ("(新北区人民医院)") stays inside the clause that holds it.
 */

import { allMatches } from "./matches";

/** A stretch of the sentence, half-open. */
export interface Stretch {
  start: number;
  end: number;
}

const CLAUSE_MARK = /[,，;；:：]/;
const OPENERS = "(（“[【";
const CLOSERS = ")）”]】";
// By character code: the walk over each sentence then makes no one-character strings.
const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const MARK_CODES = codes(",，;；:：");
const OPENER_CODES = codes(OPENERS);
const CLOSER_CODES = codes(CLOSERS);
/** Words that open a new clause even without a mark before them: "…30亿元其中一期12亿元". */
const CLAUSE_OPENER = /其中|此外|另外|同时/g;

/**
 * The clauses of a sentence, in order, covering it without gaps (each ends after its mark).
 * @example clausesOf("A项目签约，总投资30亿元；B项目开工").map(c => c.end) // [5, 13, 19]
 */
export function clausesOf(sentence: string): Stretch[] {
  const cuts = new Set<number>();
  let depth = 0;
  for (let i = 0; i < sentence.length; i++) {
    const c = sentence.charCodeAt(i);
    if (OPENER_CODES.has(c)) depth++;
    else if (CLOSER_CODES.has(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && MARK_CODES.has(c)) cuts.add(i + 1);
  }
  for (const m of allMatches(CLAUSE_OPENER, sentence)) {
    const at = m.index ?? 0;
    if (at > 0 && !CLAUSE_MARK.test(sentence[at - 1]!)) cuts.add(at);
  }
  const ends = [...cuts].filter((c) => c > 0 && c < sentence.length).sort((a, b) => a - b);
  const out: Stretch[] = [];
  let start = 0;
  for (const end of [...ends, sentence.length]) {
    if (end > start) out.push({ start, end });
    start = end;
  }
  return out.length > 0 ? out : [{ start: 0, end: sentence.length }];
}

/** The clause holding position `at` (the last one for a position at the end). */
export function clauseAt(clauses: readonly Stretch[], at: number): Stretch {
  return clauses.find((c) => c.start <= at && at < c.end) ?? clauses[clauses.length - 1]!;
}

/**
 * A name's own stretch of its clause: from the clause's start (or the end of the name before it in the clause)
 * to the start of the next name in the clause (or the clause's end). Items of a list are cut this way too, so
 * "国茂减速机、恒立液压系统项目" gives each item only its own words.
 * @param names every name of the sentence, sorted by start
 */
export function ownStretch(clauses: readonly Stretch[], names: readonly Stretch[], name: Stretch): Stretch {
  const clause = clauseAt(clauses, name.start);
  let start = clause.start;
  let end = Math.max(clause.end, name.end);
  for (const other of names) {
    if (other === name || (other.start === name.start && other.end === name.end)) continue;
    if (other.end <= name.start && other.end > start && other.start >= clause.start) start = other.end;
    if (other.start >= name.end && other.start < end) end = other.start;
  }
  return { start, end };
}
