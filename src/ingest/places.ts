/**
 * Places: gazetteer matching (every name and alias of `src/core/places.ts`, longest first) plus the form
 * "<known district><开发区|高新区|…>" for zones the gazetteer does not list yet.
 */
import { PLACES } from "../core/places";
import type { Place } from "../core/dataset";
import type { Span } from "./types";
import { allMatches } from "./matches";

export interface PlaceMention extends Span {
  placeId: string;
}

interface Term {
  term: string;
  placeId: string;
}

/** Every name and alias, longest first, so 常州经开区 wins over 经开区 and 金坛经济开发区 over 金坛. */
function termsOf(places: readonly Place[]): Term[] {
  const terms: Term[] = [];
  for (const p of places) for (const term of [p.name, ...p.aliases]) terms.push({ term, placeId: p.id });
  return terms.sort((a, b) => b.term.length - a.term.length);
}

const GAZETTEER_TERMS = termsOf(PLACES);

/**
 * One regular expression over all terms: a single left-to-right pass finds the longest term at each position,
 * which keeps a 10 MB article linear.
 */
function termPattern(terms: Term[]): RegExp {
  const escaped = terms.map((t) => t.term.replace(/[.*+?^${}()|[\]\\"“”]/g, (c) => `\\${c}`));
  return new RegExp(escaped.join("|"), "g");
}

const GAZETTEER_PATTERN = termPattern(GAZETTEER_TERMS);
const TERM_TO_PLACE = new Map(GAZETTEER_TERMS.map((t) => [t.term, t.placeId] as const));

/** A place name directly followed by one of these is part of an organization's name, not a place (溧阳市政府 is). */
const NOT_A_PLACE_AFTER = /^(?:[路街道桥]|大学|中学|小学)/;

/**
 * Finds the Changzhou places an article names.
 * @example extractPlaces("中节能拟在武进绿建区投资").map(m => m.placeId) // ["wujin-green-building"]
 */
export function extractPlaces(text: string): PlaceMention[] {
  const mentions: PlaceMention[] = [];
  for (const m of allMatches(GAZETTEER_PATTERN, text)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const placeId = TERM_TO_PLACE.get(m[0]);
    if (!placeId || NOT_A_PLACE_AFTER.test(text.slice(end, end + 2))) continue;
    mentions.push({ start, end, text: m[0], placeId });
  }
  // A bare 经开区 in an article about another zone of that kind (溧阳经开区, 天宁经开区) is that zone, as the
  // article's own short form; only without one is it Changzhou's 经开区.
  const zones = new Set(
    mentions
      .filter((m) => m.text !== "经开区" && /经开区$|经济开发区$/.test(m.text) && m.placeId !== BARE_ZONE)
      .map((m) => m.placeId),
  );
  if (zones.size !== 1) return mentions;
  const [zone] = zones;
  return mentions.map((m) => (m.text === "经开区" && m.placeId === BARE_ZONE ? { ...m, placeId: zone! } : m));
}

/** The place a bare 经开区 names when the article names no other economic zone. */
const BARE_ZONE = TERM_TO_PLACE.get("经开区");

/** The places a list of mentions refers to, each once, in order of first mention. */
export function distinctPlaces(mentions: readonly PlaceMention[]): Place[] {
  const seen = new Set<string>();
  const out: Place[] = [];
  for (const m of mentions) {
    if (seen.has(m.placeId)) continue;
    seen.add(m.placeId);
    const place = PLACES.find((p) => p.id === m.placeId);
    if (place) out.push(place);
  }
  return out;
}
