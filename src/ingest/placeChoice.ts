/**
 * Which of several places named together is a project's: the most specific one that lies in a district.
 * A town or street is more specific than a park, a park than its district ("溧阳市…江苏中关村科技产业园" → the
 * park). A park of no single district (两湖创新区 spans 武进 and 金坛) gives way to a district named with it
 * ("钟楼区“两湖”创新区" → 钟楼区).
 */
import type { Place } from "../core/dataset";
import { PLACES } from "../core/places";

const PLACE_BY_ID = new Map(PLACES.map((p) => [p.id, p] as const));

/** The district-level root of a place, or null when it has none (两湖创新区). */
export function districtOf(placeId: string): Place | null {
  let place = PLACE_BY_ID.get(placeId);
  for (let depth = 0; place && place.parentId !== null && depth < 8; depth++)
    place = PLACE_BY_ID.get(place.parentId);
  return place && (place.kind === "district" || place.kind === "county-city") ? place : null;
}

/** Higher is more specific; places of no district rank last. */
function rank(placeId: string): number {
  const place = PLACE_BY_ID.get(placeId);
  if (!place || districtOf(placeId) === null) return 0;
  return place.kind === "town" || place.kind === "street" ? 4 : place.kind === "park" ? 3 : 2;
}

/**
 * The most specific of the places, the first written among equals; null for none.
 * @example mostSpecificPlace(["liyang", "zhongguancun"]) // "zhongguancun"
 */
export function mostSpecificPlace(placeIds: readonly string[]): string | null {
  let best: string | null = null;
  for (const id of placeIds) if (best === null || rank(id) > rank(best)) best = id;
  return best;
}

/**
 * The most specific of the places, or null when another place as specific lies in another district: a sentence
 * that names 天宁区 and 钟楼区 ("先后来到天宁区、钟楼区,察看A、B等项目") does not say which is a project's.
 * @example unambiguousPlace(["tianning", "zhonglou"]) // null
 */
export function unambiguousPlace(placeIds: readonly string[]): string | null {
  const best = mostSpecificPlace(placeIds);
  if (best === null) return null;
  const district = districtOf(best)?.id ?? null;
  const rival = placeIds.some(
    (id) => rank(id) === rank(best) && rank(id) > 0 && (districtOf(id)?.id ?? null) !== district,
  );
  return rival ? null : best;
}

/** Whether `inner` lies in `outer` (a park in its district, a town in its park or district). */
export function liesIn(inner: string, outer: string): boolean {
  let place = PLACE_BY_ID.get(inner);
  for (let depth = 0; place && place.parentId !== null && depth < 8; depth++) {
    if (place.parentId === outer) return true;
    place = PLACE_BY_ID.get(place.parentId);
  }
  return false;
}

/**
 * The first place found, made finer by later ones that lie inside it: a project signed by 金坛区 whose next
 * sentence says "该项目选址金坛华罗庚科技产业园" is in the park. A later place elsewhere changes nothing.
 * @example refinePlace(["jintan", null, "hualuogeng"]) // "hualuogeng"
 */
export function refinePlace(candidates: readonly (string | null)[]): string | null {
  let best: string | null = null;
  for (const id of candidates) {
    if (id === null) continue;
    if (best === null || liesIn(id, best)) best = id;
  }
  return best;
}
