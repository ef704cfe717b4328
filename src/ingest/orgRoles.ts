/**
 * Companies named by a short form only, found by the role they play in the sentence: the subject that plans,
 * invests or settles ("派泰生物计划在西太湖设立…", "光大环保结合厂前区景观布局…"), the party of a signing ("与
 * 博世签约"), what is brought in ("引进西门子"). A short form alone is a word like any other; in such a role,
 * and shaped like a trade name (a brand and what the firm does: 生物, 科技, 环保, 资本 …), it is a company.
 */
import { isGenericPhrase, isGenericWord } from "./nameFilters";
import { withoutPlace } from "./orgForms";
import { classifySector, sectorKeywords } from "./sectors";
import { allMatches } from "./matches";

/** What a firm's short name ends with: its trade. */
export const TRADE =
  "电力|电器|家具|涂装|科技|生物|医疗|医药|药业|资本|创投|新能源|能源|电子|环保|股份|集团|控股|实业|智能|精密|电机|新材料|材料|光电|电气|机械|汽车|电池|动力|光学|半导体|微电子|通信|铜业|钢管|钢铁|化工|重工";
/** A short name: a brand of two to four characters (or Latin letters) and its trade. */
const SHORT = `((?:[A-Za-z]{2,8}|[\\u4e00-\\u9fff]{2,4})(?:${TRADE}))`;
/** Verbs a company is the subject of. */
const ACTS =
  "举行|计划|拟在|拟|将在|将|已在|已经|正在|专注于|专注|致力于|致力|实现了|实现|结合|投资|成立于|成立|落户|签约|主要从事|主营|依托|凭借|作为";

const SUBJECT = new RegExp(`(?:^|[,，。;；:：!！?？\\s“])${SHORT}(?=${ACTS})`, "g");
const PARTY = new RegExp(
  `(?:与|和|同|引进|携手|联合)${SHORT}(?=签约|签署|签订|合作|共建|达成|在|,|，|、)`,
  "g",
);

/**
 * The numbered bureaus of the central builders, written as their short forms in every works report: 中建三局,
 * 中铁十局, 中交二航局, 中冶三局, 中国电建十一局. Each is a company of its group wherever it stands.
 */
const BUREAU =
  /(?:中建|中铁|中交|中冶|中国电建|中国能建|中电建|中能建)[一二三四五六七八九十]{1,3}(?:航务工程|航|公)?局(?:集团)?/g;
/** The group a bureau belongs to, where its short form says it (中铁's numbered bureaus belong to two groups). */
const BUREAU_GROUP: ReadonlyArray<[RegExp, string]> = [
  [/^中建/, "中国建筑集团有限公司"],
  [/^中交/, "中国交通建设集团有限公司"],
];

const WHOLE_BUREAU = new RegExp(`^(?:${BUREAU.source})$`);

/** Whether a name is a numbered bureau of a central builder: a company of a 央企, not a government bureau. */
export function isBureau(name: string): boolean {
  return WHOLE_BUREAU.test(name);
}

/** The group of a numbered bureau, or null. */
export function bureauGroup(name: string): string | null {
  if (!isBureau(name)) return null;
  return BUREAU_GROUP.find(([head]) => head.test(name))?.[1] ?? null;
}

/**
 * Whether a short name is a brand and its trade, not a field: 合成生物, 新能源汽车 and 储能电池 name trades, not
 * firms; 高端汽车 and 汽车电子 are kinds of product.
 * @example isBrand("派泰生物") // true
 */
export function isBrand(name: string): boolean {
  const bare = withoutPlace(name);
  const brand = bare.replace(TRADE_AT_END, "");
  return (
    brand.length >= 2 &&
    !isGenericWord(brand) &&
    !KIND_MODIFIER.test(brand) &&
    // Two characters are a brand as a whole (光大): taking out a generic character (大) leaves no name to judge.
    (brand.length === 2 || !isGenericPhrase(brand)) &&
    classifySector(brand) === null &&
    !sectorKeywords(bare).includes(bare)
  );
}

/** Words that say what kind of product, not whose: 特种膜材料, 新型电池, 高端装备. */
const KIND_MODIFIER =
  /^(?:新型|特种|高端|先进|高性能|高效|新一代|绿色|低碳|现代|新兴|传统|关键|核心|重点|大型|小型|微型|通用|专用|特色|功能性?|高纯|超薄|柔性)/;

/** The brand of a short name, its trade taken off: 卓睿 of 卓睿精密. */
export function brandOf(name: string): string {
  return withoutPlace(name).replace(TRADE_AT_END, "");
}

const TRADE_AT_END = new RegExp(`(?:${TRADE})$`);

export interface RoleName {
  name: string;
  start: number;
  end: number;
}

/**
 * Short company names by their role in the text.
 * @example companiesByRole("派泰生物计划在西太湖设立研发基地") // [{ name: "派泰生物", start: 0, end: 4 }]
 */
export function companiesByRole(text: string): RoleName[] {
  const out: RoleName[] = [];
  for (const pattern of [SUBJECT, PARTY]) {
    for (const m of allMatches(pattern, text)) {
      const name = m[1]!;
      const start = (m.index ?? 0) + m[0].length - name.length;
      if (!isBrand(name)) continue;
      out.push({ name, start, end: start + name.length });
    }
  }
  for (const m of allMatches(BUREAU, text)) {
    const start = m.index ?? 0;
    out.push({ name: m[0], start, end: start + m[0].length });
  }
  return out.sort((a, b) => a.start - b.start);
}
