/**
 * The shape of the sector lexicon: for each node of the sector tree (by id), the words of Chinese news that
 * place a project under it. Words are written as whitespace-separated tables, one node's list in one string, so
 * that hundreds of them stay readable and reviewable.
 */

/** The words of one node of the sector tree. */
export interface NodeWords {
  /**
   * Products, services and activities (减速机, 疫苗, 冷链): a project that names one of these is in this trade
   * whatever broader word stands beside it (裕兴新能源功能性聚酯薄膜 is a film maker).
   */
  products?: string;
  /**
   * Names of a whole trade (新能源, 装备制造, 生物): they place a project when no product word is written, and
   * give way to one that is.
   */
  fields?: string;
}

/** Sector id → its words. */
export type LexiconPart = Readonly<Record<string, NodeWords>>;

/** The words of a table string, in the order written. */
export function wordsOf(table: string | undefined): string[] {
  return table === undefined ? [] : table.split(/\s+/).filter((w) => w !== "");
}
