/**
 * Companies heading a project's name: "协和电子多层高密度电路板项目一期" is 协和电子's, "翰琪电机高速电主轴扩能
 * 项目" 翰琪电机's. Reports list projects by their makers' short names and what they make; where no organization
 * of the article is behind such a project, the short name at its head (a brand and its trade: 电子, 电机, 科技,
 * 药业 …) is the company, and its partner. A head that is a field or a kind of product (高端汽车, 合成生物) is not.
 */
import type { OrgEntity, Span } from "./types";
import { brandOf, isBrand, TRADE } from "./orgRoles";

/** A place or country the head may carry: 江苏德春电力, 德国莱尼电气. */
const HEAD = new RegExp(
  `^(?:江苏|常州|中国|德国|美国|日本|韩国|台湾|香港)?((?:[A-Za-z]{2,8}|[\\u4e00-\\u9fff]{2,4}?)(?:${TRADE}))`,
);

/**
 * The company heading a project name, or null.
 * @example headCompany("协和电子多层高密度电路板项目一期") // "协和电子"
 */
export function headCompany(projectName: string): string | null {
  const m = HEAD.exec(projectName);
  if (!m || m[0] === projectName) return null;
  return isBrand(m[1]!) ? m[1]! : null;
}

/**
 * Adds, for every project without a partner whose name opens with a company, that company: a new organization
 * of the article (kind 企业) with its mention inside the quoted sentence, or one already found under that name.
 * Returns the organizations, old and new, and each project's partners.
 */
export function addHeadCompanies(
  organizations: readonly OrgEntity[],
  projects: ReadonlyArray<{ name: string; orgNames: string[]; sentence: Span }>,
): { organizations: OrgEntity[]; partners: string[][] } {
  const orgs = [...organizations];
  const partners = projects.map((p) => {
    if (p.orgNames.length > 0) return p.orgNames;
    const head = headCompany(p.name);
    if (head === null) return p.orgNames;
    const known = orgs.find((o) => o.name === head || o.aliases.includes(head));
    if (known) return [known.name];
    const at = p.sentence.text.indexOf(head);
    const mentions =
      at < 0 ? [] : [{ start: p.sentence.start + at, end: p.sentence.start + at + head.length, text: head }];
    // Its brand alone is how the report may name it elsewhere (卓睿 of 卓睿精密).
    const brand = brandOf(head);
    orgs.push({ name: head, aliases: brand !== head ? [brand] : [], kind: "企业", parent: null, mentions });
    return [head];
  });
  return { organizations: orgs, partners };
}
