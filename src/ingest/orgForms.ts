/**
 * Organization names found by their form: a name run that ends in an organizational suffix (…有限公司, …集团,
 * …研究院, …大学 …), with its left boundary placed after punctuation, a verb or a preposition. Pure functions
 * over the cleaned text; `organizations.ts` links what they find to known names and merges variants.
 */
import { knownNamesLongestFirst, lookupKnownOrganization } from "./knownOrganizations";
import { allMatches } from "./matches";

/** A full name found by its form, with the span it occupies. */
export interface FormName {
  name: string;
  start: number;
  end: number;
  /** The organizational suffix it ends in (有限公司, 研究院 …). */
  suffix: string;
  /** Names by form that end inside it (河海大学 in 河海大学金坛华罗庚技术转移中心). */
  embedded: string[];
  /** False for a form that is not a name on its own: a fragment (子公司) or a head without a name (光电研究院). */
  valid: boolean;
}

/** Longest first, so 集团有限公司 is read as one ending, not as 集团 followed by more text. */
const SUFFIXES = [
  "股份有限公司",
  "有限责任公司",
  "有限公司",
  "集团公司",
  "总公司",
  // A bare 公司 after a foreign or brand name: 德国博世马勒公司, 阿斯托特克公司.
  "公司",
  "株式会社",
  "集团",
  "研究总院",
  "研究院",
  "研究所",
  "科学院",
  "工程院",
  "大学",
  "学院",
  "基金",
  "中心",
  "事务所",
  "人民政府",
  "政府",
  "管委会",
];
const SUFFIX_RE = new RegExp(SUFFIXES.join("|"), "g");

/** Characters a name is made of: CJK, Latin letters, digits, parentheses half- or full-width (中航锂电(洛阳)有限公司), the middle dot. */
const NAME_RUN = /[\u4e00-\u9fffA-Za-z0-9()\uff08\uff09·]+/g;

/**
 * Words after which a name begins: verbs of meeting and founding (拜访了, 成立了), relations (下属的, 旗下),
 * prepositions and conjunctions (与, 和, 在, 由). Only words that do not occur inside names: 投资 and 联合 are
 * left out because 国家集成电路产业投资基金 and 联合汽车电子 contain them.
 */
const STOP_WORDS = [
  "配合",
  "拥有",
  "察看",
  "查看",
  "参照",
  "来自",
  "帮助",
  "鼓励",
  "要求",
  "拜访了",
  "拜访",
  "会见了",
  "会见",
  "考察了",
  "考察",
  "走访了",
  "走访",
  "调研",
  "参观",
  "来到",
  "走进",
  "成立了",
  "成立",
  "组建",
  "设立",
  "入驻",
  "落户",
  "签约",
  "签署",
  "携手",
  "牵头",
  "依托",
  "旗下",
  "下属",
  "所属",
  "包括",
  "其中",
  "引进",
  "招引",
  "作为",
  "通过",
  "陪同",
  "邀请",
  "对接",
  "洽谈",
  "表示",
  "指出",
  "举行",
  "召开",
  "获得",
  "日前",
  "近日",
  "目前",
  "今年",
  "去年",
  "此外",
  "以及",
  "同时",
  "还有",
  "仪式上",
  "会上",
  "现场",
  "上午",
  "下午",
  "期间",
  "当天",
  "分别",
  "先后",
  "相继",
  "收购",
  "并购",
  "联手",
  "合资",
  "承建",
  // "开工项目有X有限公司…": a list of what there is opens after these (有 alone is inside 有限公司).
  "项目有",
  "的有",
  "主要有",
  "共有",
  "拥有",
  // "与清华大学共建X研究院", "双方共同组建": the builders stand before these words, the new body after them.
  "共建",
  "共同",
];
const STOP_CHARS = "与和在由的了及是向对将把被从为等以至并或而但其该各这此即又还也于到";
/** Words that contain a stop character but belong inside names (中华人民共和国, 工业和信息化部, 在线). */
const PROTECTED = ["共和国", "和信息", "和改革", "和平", "和利时", "在线", "的士"];
const STOP_RE = new RegExp(`(?:${STOP_WORDS.join("|")}|[${STOP_CHARS}]|[0-9]+[年月日号])`, "g");

/** Leading words that make a fragment, not a name: 子公司, 该中心, 全资及控股子公司, 下属研究所. */
const FRAGMENT_HEAD =
  /^(子|该|本|其|各|全资|控股|下属|旗下|上述|相关|一家|多家|这|此|我|合资|独资|外资|上市|母|参股)/;
/** One character that makes a short body a fragment: 新公司, 总公司, 分公司, 原公司, 两公司. */
const FRAGMENT_CHAR = /^[总分新原两几]/;

/** Bodies that are generic words, not names: 产业集团, 龙头企业集团, 研究中心 alone. */
const GENERIC_BODY =
  /^(产业|企业|龙头|大型|国有|民营|科技|研发|技术|工程|创新|服务|运营|数据|管理|投资|发展|合作)+$|(?:型|化)企业$/;

/**
 * Place and national words that give an institute, centre or fund a proper head: 中国信息通信研究院 and
 * 北京机械工业自动化研究所 have one, 人工智能应用研究院 and 绿色发展基金 (ideas or plans, not bodies) do not.
 */
const PROPER_HEAD =
  /德国|美国|日本|韩国|英国|法国|意大利|瑞士|瑞典|荷兰|奥地利|丹麦|芬兰|新加坡|以色列|加拿大|澳大利亚|中国|国家|中华|中科|中央|全国|北京|上海|天津|重庆|江苏|浙江|安徽|山东|广东|河南|河北|湖北|湖南|四川|陕西|山西|辽宁|吉林|黑龙江|福建|江西|广西|云南|贵州|甘肃|青海|宁夏|新疆|西藏|内蒙古|海南|香港|澳门|深圳|广州|南京|苏州|无锡|常州|杭州|武汉|成都|西安|合肥|长沙|哈尔滨|沈阳|大连|青岛|宁波|厦门|郑州|济南|天宁|钟楼|新北|武进|金坛|溧阳|长三角|清华|北大/;

const LEADING_PLACE = new RegExp(`^(?:(?:${PROPER_HEAD.source})(?:省|市|区|县)?)+`);

/**
 * A name without the place or national words it starts with: the part that tells organizations apart.
 * @example withoutPlace("常州市甲乙新材料") // "甲乙新材料"
 */
export function withoutPlace(name: string): string {
  return name.replace(LEADING_PLACE, "");
}

/** Length of the longest known name or alias: no longer stretch can be looked up successfully. */
const LONGEST_KNOWN = knownNamesLongestFirst()[0]?.text.length ?? 0;

/** Suffixes that name a unit which needs a proper head or an owner to be an organization on its own. */
const NEEDS_HEAD = new Set(["研究院", "研究所", "科学院", "工程院", "学院", "基金", "事务所", "研究总院"]);

/** Countries a foreign brand opens with (德国和柔, 日本东和电子). */
const COUNTRIES = "德国|美国|日本|韩国|英国|法国|意大利|瑞士|瑞典|荷兰|奥地利|丹麦|芬兰|新加坡|以色列|加拿大";
const COUNTRY_BEFORE = new RegExp(`^(?:${COUNTRIES})$`);
const COUNTRY_PREFIX = new RegExp(`^(?:${COUNTRIES})`);

/**
 * Whether a 和, 与 or 及 at `at` is inside a brand rather than between two parties: one character of the name
 * stands before it ("恒和新材料", "江苏瑞和生物", "日本东和电子", "协和电子"); a place or a word of two or more
 * characters before it ("金坛区与…", "企业和…") makes it a joining word.
 */
function insideBrand(text: string, segmentStart: number, at: number): boolean {
  if (!"和与及".includes(text[at] ?? "")) return false;
  // "该所与…", "本院和…": a unit referred to, not the head of a brand.
  const previous = text[segmentStart - 1];
  if (previous !== undefined && "该其本各这此我贵".includes(previous)) return false;
  const before = withoutPlace(text.slice(segmentStart, at).replace(COUNTRY_PREFIX, ""));
  return before.length === 1 && /[\u4e00-\u9fff]/.test(before);
}

/**
 * Where a name begins in `head`, a stretch that ends where the name ends: after its last stop word.
 * @example nameStartIn("该基金由国开金融") // 4 (国开金融)
 */
export function nameStartIn(head: string): number {
  let start = 0;
  for (const m of allMatches(STOP_RE, head)) {
    const at = m.index ?? 0;
    // 德国和柔, 日本和光: a stop character right after a country begins the brand, it ends nothing.
    if (COUNTRY_BEFORE.test(head.slice(start, at))) continue;
    if (insideBrand(head, start, at)) continue;
    if (!PROTECTED.some((p) => head.slice(Math.max(0, at - p.length + 1), at + p.length).includes(p))) {
      start = at + m[0].length;
    }
  }
  return start;
}

/** Where a name that ends at `end` inside the run [runStart, end) begins: after the last stop word before its suffix. */
function leftBoundary(text: string, runStart: number, end: number, suffixStart: number): number {
  // A known name ending here fixes the boundary, even when it holds a stop character (中国信息通信研究院).
  // Runs hold no spaces, so a stretch longer than every known name cannot be one: skip those starts.
  for (let s = Math.max(runStart, end - LONGEST_KNOWN); s < suffixStart; s++) {
    if (lookupKnownOrganization(text.slice(s, end))) return s;
  }
  const head = text.slice(runStart, suffixStart);
  let start = runStart;
  for (const m of allMatches(STOP_RE, head)) {
    const at = runStart + (m.index ?? 0);
    // Look only where a protected word could cover `at`: an indexOf from there would run on to the text's end.
    const guarded = PROTECTED.some((p) => {
      for (let i = Math.max(runStart, at - p.length + 1); i <= at; i++)
        if (text.startsWith(p, i)) return true;
      return false;
    });
    if (!guarded && !insideBrand(text, start, at)) start = at + m[0].length;
  }
  return start;
}

/**
 * Every organization name in `text` found by its form, left to right, outermost names only (中国科学院物理研究所,
 * not also 中国科学院). Fragments (该基金) and heads without a name (人工智能应用研究院) are marked not `valid`:
 * the caller may still read them as a short form of a valid name (空天信息研究院 of 中国科学院空天信息研究院).
 * A 中心 is valid only as the unit of an organization named inside it (河海大学金坛华罗庚技术转移中心).
 * @example findFormNames("汪泉一行拜访了中国石油化工集团有限公司、中国中车股份有限公司高层").map(n => n.name)
 *   // ["中国石油化工集团有限公司", "中国中车股份有限公司"]
 */
export function findFormNames(text: string): FormName[] {
  const found: FormName[] = [];
  for (const run of allMatches(NAME_RUN, text)) {
    const runStart = run.index ?? 0;
    const ends: { end: number; suffix: string }[] = [];
    for (const m of allMatches(SUFFIX_RE, run[0])) {
      const end = runStart + (m.index ?? 0) + m[0].length;
      const last = ends[ends.length - 1];
      // 集团 + 有限公司, 研究所 + 有限公司 (two endings in a row, the second a legal form) are one ending.
      if (last && last.end === end - m[0].length && /^(有限|股份|公司|集团|总公司)/.test(m[0])) {
        ends.pop();
        ends.push({ end, suffix: last.suffix + m[0] });
      } else ends.push({ end, suffix: m[0] });
    }
    let pending: FormName[] = [];
    for (const { end, suffix } of ends) {
      // 常州大学城, 学院路, 中心城区: the suffix begins a place word, not a name's end.
      if (/[城路街站区]/.test(text[end] ?? "") && !/(公司|集团)$/.test(suffix)) continue;
      const start = leftBoundary(text, runStart, end, end - suffix.length);
      const name = text.slice(start, end);
      // A name that ended inside this one, with no stop word between, is part of it (中国科学院 in 中国科学院物理研究所).
      const inner = pending.filter((p) => p.start >= start);
      pending = pending.filter((p) => p.start < start);
      found.push(...pending);
      const embedded = inner.flatMap((p) => [p.name, ...p.embedded]);
      pending = [{ name, start, end, suffix, embedded, valid: true }];
    }
    found.push(...pending);
  }
  return found.map((n) => ({ ...n, valid: isName(n) }));
}

function isName(n: FormName): boolean {
  const body = n.name.slice(0, n.name.length - n.suffix.length);
  if (body.length < 2 || FRAGMENT_HEAD.test(n.name) || GENERIC_BODY.test(body)) return false;
  if (body.length <= 2 && FRAGMENT_CHAR.test(body)) return false;
  // A bare 公司 needs a name of some length or a country before it: 察看公司 is a verb and a noun.
  if (n.suffix === "公司" && body.length < 3 && !PROPER_HEAD.test(body)) return false;
  if (/^[0-9A-Za-z]+$/.test(body)) return false;
  if (lookupKnownOrganization(n.name)) return true;
  const core = n.suffix.replace(/(集团)?(股份)?(有限责任|有限|总)?公司$/, "") || n.suffix;
  if (n.suffix.endsWith("中心")) return n.embedded.length > 0 || hasKnownInside(n.name);
  if (NEEDS_HEAD.has(core) && !PROPER_HEAD.test(body) && !hasKnownInside(n.name) && n.embedded.length === 0) {
    // 常州大学 / 河海大学 are fine without: only institutes, colleges and funds need a head.
    return false;
  }
  return true;
}

function hasKnownInside(name: string): boolean {
  for (let s = 0; s < name.length; s++) {
    for (let e = Math.min(name.length - 1, s + LONGEST_KNOWN); e >= s + 2; e--) {
      if (lookupKnownOrganization(name.slice(s, e))) return true;
    }
  }
  return false;
}
