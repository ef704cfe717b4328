/**
 * A tree (sectors or places) indexed once per dataset: every spelling to its node, and every node to itself plus
 * all nodes under it, so "新能源" finds 光伏 and 储能与电池 projects and "金坛" finds parks under 金坛区 in one
 * look-up.
 */
import { nameKey } from "../taxonomy";
import type { Candidate } from "./suggest";

interface TreeNode {
  id: string;
  name: string;
  aliases: readonly string[];
  parentId: string | null;
}

export interface TaxonomyIndex<T extends TreeNode> {
  nodes: readonly T[];
  /** A node by id, name or alias (case and spaces ignored). */
  find(spelling: string): T | undefined;
  /** The node's id and the ids of all nodes under it. */
  subtree(id: string): ReadonlySet<string>;
  /** The chain from the root down to the node. */
  chain(id: string): readonly T[];
  /** For "did you mean". */
  candidates: readonly Candidate[];
}

export function indexTaxonomy<T extends TreeNode>(nodes: readonly T[]): TaxonomyIndex<T> {
  const byId = new Map(nodes.map((n) => [n.id, n] as const));
  const bySpelling = new Map<string, T>();
  // Names win over aliases, and an earlier node over a later one, so a clash never depends on Map order.
  for (const n of nodes) if (!bySpelling.has(nameKey(n.name))) bySpelling.set(nameKey(n.name), n);
  for (const n of nodes)
    for (const spelling of [n.id, ...n.aliases])
      if (!bySpelling.has(nameKey(spelling))) bySpelling.set(nameKey(spelling), n);

  const children = new Map<string, T[]>();
  for (const n of nodes)
    if (n.parentId !== null) children.set(n.parentId, [...(children.get(n.parentId) ?? []), n]);
  const subtrees = new Map<string, Set<string>>();
  const subtreeOf = (id: string, seen: Set<string> = new Set()): Set<string> => {
    const known = subtrees.get(id);
    if (known) return known;
    const out = new Set<string>([id]);
    seen.add(id);
    for (const child of children.get(id) ?? [])
      if (!seen.has(child.id)) for (const d of subtreeOf(child.id, seen)) out.add(d);
    subtrees.set(id, out);
    return out;
  };
  for (const n of nodes) subtreeOf(n.id);

  const chains = new Map<string, T[]>();
  for (const n of nodes) {
    const chain: T[] = [];
    for (let at: T | undefined = n; at && chain.length < 16;) {
      chain.unshift(at);
      at = at.parentId === null ? undefined : byId.get(at.parentId);
    }
    chains.set(n.id, chain);
  }

  return {
    nodes,
    find: (spelling) => bySpelling.get(nameKey(spelling)),
    subtree: (id) => subtrees.get(id) ?? new Set([id]),
    chain: (id) => chains.get(id) ?? [],
    candidates: nodes.map((n) => ({ name: n.name, spellings: [n.name, n.id, ...n.aliases] })),
  };
}
