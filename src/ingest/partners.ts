/**
 * The partners of a project: the organizations behind it, read from its own words first.
 *
 *  1. an organization named inside the project's name ("江苏星源新材料有限公司超级涂覆工厂项目"), or the parent of
 *     one that is the whole name (a 中心 of an institute);
 *  2. an organization of the article whose trade name heads the project's name ("恒立液压系统项目" of
 *     江苏恒立液压股份有限公司, "新科人居智能舒适系统" of 新科环保科技有限公司);
 *  3. organizations in the project's own stretch of its clause: "由X投资建设的Y", "X投资建设Y", "与X签约Y";
 *  4. for the only project of its sentence that is no list item, organizations up to the end of its clause
 *     ("X与Y签约，在金坛投资建设Z项目") and the builder of "由X投资建设" anywhere in the sentence.
 *
 * A company named only in another item of a list, or in another clause beside other projects, is never this
 * project's partner ("国茂减速机、恒立液压系统项目…，国茂、恒立负责人参加活动").
 */
import { clausesOf, ownStretch, type Stretch } from "./clauses";
import { isGenericPhrase, isGenericWord } from "./nameFilters";
import type { SentenceFacts } from "./sentenceFacts";
import { sharedHead, tradeName } from "./tradeNames";
import type { OrgEntity, Span } from "./types";

/** A project name in its sentence, positions absolute. */
export interface NamedSpan {
  span: Span;
  /** Items of one list share a number. */
  list: number | null;
}

export interface PartnerFinding {
  /** Canonical names of the partners, in the order found. */
  names: string[];
  /** Short forms the text uses for a partner (the head of a project's name), to add to its aliases. */
  aliases: { org: string; alias: string }[];
}

/** Someone attending, not building: "X负责人参加活动", "X董事长…出席". */
const ATTENDEE_AFTER = /^(?:的)?(?:负责人|代表|董事长|总经理|总裁|高管|高层|领导|一行|相关负责人|主要负责人)/;
/** "由X投资建设", "由X共建", "由X负责建设": the builder of what the sentence is about. */
const BUILT_BY =
  /^(?:[^,，;；。]{0,12}?)(?:投资|共同|联合|合作)?(?:建设|打造|共建|兴建|投建|开发|建成|承建|实施|运营)/;

const rel = (s: { start: number; end: number }, base: number): Stretch => ({
  start: s.start - base,
  end: s.end - base,
});

function isAttendee(text: string, end: number): boolean {
  return ATTENDEE_AFTER.test(text.slice(end, end + 6));
}

/**
 * Trade names of the article's companies, computed once per article.
 * @example articleTradeNames(orgs).get("江苏恒立液压股份有限公司") // "恒立液压"
 */
export function articleTradeNames(orgs: readonly OrgEntity[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const org of orgs) {
    if (org.kind === "政府") continue;
    const names = [org.name, ...org.aliases]
      .map((n) => tradeName(n) ?? (n.length <= 6 && n !== org.name ? n : null))
      .filter((n): n is string => n !== null && !isGenericPhrase(n));
    if (names.length > 0) out.set(org.name, [...new Set(names)]);
  }
  return out;
}

/**
 * The builders a sentence names by "由X投资建设" ("该项目由X投资建设"), for the project the sentence refers back to.
 * @example buildersOf(facts of "该项目总投资20亿元,由中国建材集团投资建设") // ["中国建材集团有限公司"]
 */
export function buildersOf(facts: SentenceFacts): string[] {
  const text = facts.sentence.text;
  const base = facts.sentence.start;
  const found = facts.orgs
    .filter((o) => o.org.kind !== "政府")
    .filter((o) => {
      const at = rel(o.span, base);
      return text.slice(Math.max(0, at.start - 1), at.start) === "由" && BUILT_BY.test(text.slice(at.end));
    })
    .map((o) => o.org.name);
  return [...new Set(found)];
}

/**
 * "天宁区分别与A公司、B公司签署了X项目、Y项目投资协议", "A公司、B公司分别投资建设X、Y": with 分别, the companies and
 * the projects named after them pair in order, when they are as many. Returns the mention's own company, or null
 * where the sentence does not pair them.
 */
function pairedPartner(facts: SentenceFacts, mention: NamedSpan, names: readonly NamedSpan[]): string | null {
  const text = facts.sentence.text;
  const base = facts.sentence.start;
  const projects = [...names].sort((a, b) => a.span.start - b.span.start);
  if (projects.length < 2) return null;
  const firstProject = projects[0]!.span.start - base;
  const each = text.lastIndexOf("分别", firstProject);
  if (each < 0) return null;
  const clauseStart = Math.max(...[",", "，", ";", "；"].map((c) => text.lastIndexOf(c, each))) + 1;
  const companies = facts.orgs.filter((o) => {
    const at = rel(o.span, base);
    return o.org.kind !== "政府" && at.start >= clauseStart && at.end <= firstProject;
  });
  if (companies.length !== projects.length) return null;
  const k = projects.findIndex((p) => p.span.start === mention.span.start);
  return k < 0 ? null : companies[k]!.org.name;
}

/**
 * The partners of one project mention.
 * @param mention the project name
 * @param names every project name of the sentence (the mention among them)
 * @param trades the article's trade names (`articleTradeNames`)
 */
export function partnersOf(
  facts: SentenceFacts,
  mention: NamedSpan,
  names: readonly NamedSpan[],
  trades: ReadonlyMap<string, readonly string[]>,
): PartnerFinding {
  const text = facts.sentence.text;
  const base = facts.sentence.start;
  const own = rel(mention.span, base);
  const found: string[] = [];
  const aliases: PartnerFinding["aliases"] = [];
  const orgs = facts.orgs.filter((o) => o.org.kind !== "政府");

  // 1. Inside the name.
  for (const o of orgs) {
    const at = rel(o.span, base);
    if (at.start < own.start || at.end > own.end) continue;
    const whole = at.start === own.start && at.end === own.end;
    const partner = whole ? (o.org.parent ?? o.org.name) : o.org.name;
    found.push(partner);
  }
  // 2. A trade name heading the name.
  if (found.length === 0) {
    let best: { org: string; head: string } | null = null;
    for (const [org, forms] of trades) {
      for (const form of forms) {
        const head = sharedHead(mention.span.text, form);
        if (head && !isGenericWord(head) && (!best || head.length > best.head.length)) best = { org, head };
      }
    }
    if (best) {
      found.push(best.org);
      aliases.push({ org: best.org, alias: best.head });
    }
  }

  // With 分别, the company paired with it in order, and no other of the sentence.
  const paired = pairedPartner(facts, mention, names);
  if (paired !== null) return { names: [...new Set([...found, paired])], aliases };

  // 3. Its own stretch of its clause; 4. the clauses up to its own when it is the sentence's only project.
  const clauses = clausesOf(text);
  const stretches = names.map((n) => rel(n.span, base)).sort((a, b) => a.start - b.start);
  const mine = stretches.find((s) => s.start === own.start && s.end === own.end) ?? own;
  const stretch = ownStretch(clauses, stretches, mine);
  const others = names.filter((n) => n !== mention && n.span.text !== mention.span.text);
  const alone = others.length === 0 && mention.list === null;
  const clauseEnd = stretch.end;
  const inOtherName = (at: Stretch) =>
    others.some((n) => {
      const s = rel(n.span, base);
      return s.start <= at.start && at.end <= s.end;
    });
  for (const o of orgs) {
    const at = rel(o.span, base);
    if (inOtherName(at) || isAttendee(text, at.end)) continue;
    if (at.start >= own.start && at.end <= own.end) continue; // read as rule 1

    const inStretch = at.start >= stretch.start && at.end <= stretch.end;
    const before = alone && at.end <= clauseEnd;
    const builder =
      alone && text.slice(Math.max(0, at.start - 1), at.start) === "由" && BUILT_BY.test(text.slice(at.end));
    if (inStretch || before || builder) found.push(o.org.name);
  }
  return { names: [...new Set(found)], aliases };
}
