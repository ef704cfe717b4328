/**
 * Companies named by a short form only, found by the role they play in the sentence: the subject that plans,
 * invests or settles ("派泰生物计划在西太湖设立…", "光大环保结合厂前区景观布局…"), the party of a signing ("与
 * 博世签约"), what is brought in ("引进西门子"). A short form alone is a word like any other; in such a role,
 * and shaped like a trade name (a brand and what the firm does: 生物, 科技, 环保, 资本 …), it is a company.
 */
import { isGenericWord } from "./nameFilters";
import { classifySector, sectorKeywords } from "./sectors";

/** What a firm's short name ends with: its trade. */
const TRADE =
  "科技|生物|医疗|医药|药业|资本|创投|新能源|能源|电子|环保|股份|集团|控股|实业|智能|精密|电机|新材料|材料|光电|电气|机械|汽车|电池|动力|光学|半导体|微电子|通信|铜业|钢管|钢铁|化工|重工";
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
    for (const m of text.matchAll(pattern)) {
      const name = m[1]!;
      const start = (m.index ?? 0) + m[0].length - name.length;
      // A brand, not a field: 合成生物, 新能源汽车 and 储能电池 name trades, not firms.
      const brand = name.replace(new RegExp(`(?:${TRADE})$`), "");
      if (isGenericWord(brand) || classifySector(brand) !== null || sectorKeywords(name).includes(name))
        continue;
      out.push({ name, start, end: start + name.length });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
