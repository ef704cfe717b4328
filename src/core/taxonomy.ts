/**
 * Looking up taxonomy nodes by any of their names, and walking the trees. Matching ignores case and spaces, so
 * "PV", "pv" and "光伏" all find 光伏.
 */
import type { Place, Sector } from "./dataset";

type Named = { id: string; name: string; aliases: readonly string[]; parentId: string | null };

/** The key two names are compared by: no spaces, lower case, curly quotes straightened. */
export function nameKey(name: string): string {
  return name.replace(/\s+/g, "").replace(/[“”]/g, '"').toLowerCase();
}

function findNamed<T extends Named>(nodes: readonly T[], name: string): T | undefined {
  const key = nameKey(name);
  return nodes.find(
    (n) => n.id === name || nameKey(n.name) === key || n.aliases.some((a) => nameKey(a) === key),
  );
}

/**
 * A sector by id, name or alias.
 * @example findSector(SECTOR_TREE, "PV")?.name // "光伏"
 */
export function findSector<T extends Sector>(sectors: readonly T[], name: string): T | undefined {
  return findNamed(sectors, name);
}

/**
 * A place by id, name or alias.
 * @example findPlace(PLACES, "金坛")?.name // "金坛区"
 */
export function findPlace<T extends Place>(places: readonly T[], name: string): T | undefined {
  return findNamed(places, name);
}

/**
 * A node and every node under it.
 * @example descendantIds(SECTOR_TREE, "new-energy") // Set {"new-energy", "solar", "batteries", …}
 */
export function descendantIds(nodes: readonly Named[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const n of nodes)
    if (n.parentId !== null) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n.id]);
  const out = new Set<string>();
  const walk = (at: string) => {
    if (out.has(at)) return;
    out.add(at);
    for (const c of children.get(at) ?? []) walk(c);
  };
  walk(id);
  return out;
}

/** The chain from the root down to a node: [level 1, level 2, …]. */
export function ancestry<T extends Named>(nodes: readonly T[], id: string): T[] {
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  const chain: T[] = [];
  for (
    let at = byId.get(id);
    at && chain.length < 16;
    at = at.parentId === null ? undefined : byId.get(at.parentId)
  ) {
    chain.unshift(at);
  }
  return chain;
}

/** Where a place sits: its district (or county-level city), its park and its town or street, where it has them. */
export interface PlaceLevels {
  district: Place | null;
  park: Place | null;
  town: Place | null;
}

/**
 * The district, park and town of a place, read up its chain (a park may sit in a park: 常州生命健康产业园 in
 * 常州高新区 in 新北区).
 * @example placeLevels(PLACES, "zouqu") // { district: 钟楼区, park: null, town: 邹区镇 }
 */
export function placeLevels(places: readonly Place[], id: string): PlaceLevels {
  return placeLevelsIn(new Map(places.map((p) => [p.id, p] as const)), id);
}

/**
 * `placeLevels` over places already keyed by id, for callers that ask once per row (the table layouts): the
 * cost is the depth of the chain, not the size of the gazetteer.
 */
export function placeLevelsIn(byId: ReadonlyMap<string, Place>, id: string): PlaceLevels {
  const chain: Place[] = [];
  for (
    let at = byId.get(id);
    at && chain.length < 16;
    at = at.parentId === null ? undefined : byId.get(at.parentId)
  )
    chain.unshift(at);
  return {
    district: chain.find((p) => p.kind === "district" || p.kind === "county-city") ?? null,
    park: chain.filter((p) => p.kind === "park").at(-1) ?? null,
    town: chain.find((p) => p.kind === "town" || p.kind === "street") ?? null,
  };
}
