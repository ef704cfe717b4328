/**
 * The organizations stage: which organizations an article names, each once, with its canonical full name,
 * aliases, kind, parent and every mention. Full names are found by their form (orgForms.ts), short names and
 * aliases from the gazetteer (knownOrganizations.ts), unknown short names as list-mates of known ones
 * ("坤泰、哈焊所、欣盛等一批项目"), and spelling variants within one text are merged.
 */
import type { OrgKind } from "../core/dataset";
import { findFormNames, nameStartIn, withoutPlace, type FormName } from "./orgForms";
import { bureauGroup, companiesByRole, isBureau } from "./orgRoles";
import { sectorKeywords } from "./sectors";
import { COUNTRY_HEAD, tradeName } from "./tradeNames";
import {
  knownNamesLongestFirst,
  lookupKnownOrganization,
  type KnownOrganization,
} from "./knownOrganizations";
import { inRanges, SentenceIndex, WordIndex } from "./textIndex";
import type { OrgEntity, Span } from "./types";
import { allMatches } from "./matches";

export interface ExtractOrganizationsOptions {
  /**
   * Also report government bodies (溧阳市政府, 国家发改委) as kind 政府. Off by default: they sign with partners
   * but are not partners, and hand-checked references do not count them.
   */
  government?: boolean;
}

interface Entity {
  name: string;
  known?: KnownOrganization;
  aliases: Set<string>;
  kind: OrgKind | null;
  parent: string | null;
  mentions: Span[];
  first: number;
}

/**
 * Lines that are page furniture, not the article: copyright, publisher, site navigation. Organizations there
 * (江苏现代快报传媒有限公司 in "版权所有 …", the 主办单位 of a portal) are not what the article is about. Only short
 * lines qualify, so a run-together article that mentions 来源 is never dropped whole.
 */
const BOILERPLATE =
  /版权所有|主办单位|承办单位|协办单位|ICP备|公网安备|copyright|技术支持|责任编辑|免责声明|法律顾问|网站地图|联系电话|地址[::]|来源[::]|原标题|标签[::]|相关推荐|相关阅读|当前位置/i;

function furnitureRanges(text: string): [number, number][] {
  const ranges: [number, number][] = [];
  let at = 0;
  for (const line of text.split("\n")) {
    if (line.length <= 200 && BOILERPLATE.test(line)) ranges.push([at, at + line.length]);
    at += line.length + 1;
  }
  return ranges;
}

/** Kind by the form of a full name, for names the gazetteer does not know. */
function kindByForm(name: string): OrgKind {
  if (/(人民政府|政府|管委会|委员会|[局厅部])$/.test(name)) return "政府";
  if (/(公司|集团|事务所)$/.test(name)) return "企业";
  if (/(研究总院|研究院|研究所|科学院|工程院)$/.test(name)) return "科研院所";
  if (/(大学|学院)$/.test(name)) return "高校";
  if (/基金$/.test(name)) return "基金";
  return "企业";
}

/**
 * Two full names that are one organization spelt two ways: same length, one or two adjacent characters differ,
 * a shared prefix that holds at least two characters of the trade name, and a shared suffix of four or more (机械科技研究总院集团有限公司 / 机械科学研究总院集团有限公司). Two names that
 * are both in the gazetteer are never merged, nor two named in one sentence: an article that lists
 * 中国科学院物理研究所 and 中国科学院化学研究所 together means two institutes, a typo appears apart.
 */
function areVariants(a: string, b: string): boolean {
  if (a === b || a.length !== b.length || a.length < 8) return false;
  let p = 0;
  while (a[p] === b[p]) p++;
  let s = 0;
  while (a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const diff = a.length - p - s;
  // The shared prefix must reach into the trade name: 常州甲乙… / 常州丙丁… share only a place and are two companies.
  return diff >= 1 && diff <= 2 && withoutPlace(a.slice(0, p)).length >= 2 && s >= 4;
}

/** The known names and aliases, longest first, and their index: the same for every article. */
const KNOWN_TEXTS = knownNamesLongestFirst().map((k) => k.text);
const KNOWN_INDEX = new WordIndex(KNOWN_TEXTS);

/** Short aliases (中车, 中航) also occur inside ordinary words: 其中车辆, 集中航运. A character before that makes such a word blocks the match. */
const SHORT_ALIAS_BLOCKERS = "其集全之空北南";

/** Characters that end a clause, for the lists of short names. */
const CLAUSE = /[^,。;:!?\n ,;:!?()()“”"《》【】|]+/g;
// "等230家德资企业", "等一批国际及国内知名智能终端及核心零部件企业", "等四个产业基金和创投基金", "等知名投资机构":
// what the items are may carry a count and a description before the word for a body.
const LIST_CUE =
  /^等(?!地|国|城市|领域|行业)(?:[0-9一二三四五六七八九十百多数几]+(?:家|个)|一批|多家)?[^、,，。;；]{0,18}?(?:企业|公司|单位|集团|院所|高校|机构|名企|央企|外企|基金|银行|资本)/;
const NOT_AN_ORG =
  /(市|区|县|省|镇|村|乡|街道|园|港|湖|路|项目|产业|基地|中心|领域|行业|材料|能源|技术|设备|装备|制造|经济|服务)$/;
const LIST_TAIL = /^(.*?)(?:等|已|将|在|的|均|都|分别|两大|共同|先后|相继|正|也|还).*$/;
/** A list's tail that names kinds of bodies by what they make: "等相关…制造企业", "等领域企业". */
const KINDS_OF_BODIES = /相关|制造企业|生产企业|配套企业|领域|行业|产品|类企业/;
/** Items of a list of bodies that are places or kinds, not names: 上海, 深圳, 央企, 高校. */
const LIST_NOT_AN_ORG =
  /(?:市|区|县|省|镇|村|乡|街道|国|地|央企|高校|院所|企业|公司|机构|项目|产业|资源|政府)$|^(?:北京|上海|深圳|广州|杭州|苏州|南京|无锡|天津|重庆)$/;

/**
 * Whether a list item is made only of the names of fields ("引进风电装备、智能电网等上下游企业"): what kinds of firm,
 * not which. "蜂巢能源" keeps a brand once 能源 is taken out.
 */
function isFieldName(item: string): boolean {
  let rest = item;
  for (const word of sectorKeywords(item).sort((a, b) => b.length - a.length))
    rest = rest.split(word).join("");
  return rest.length === 0;
}

/**
 * The organizations an article names, each once.
 * @example extractOrganizations("中石化集团是中国最大的成品油供应商。")[0]
 *   // { name: "中国石油化工集团有限公司", aliases: ["中石化集团", …], kind: "央企", parent: null,
 *   //   mentions: [{ start: 0, end: 5, text: "中石化集团" }] }
 */
export function extractOrganizations(text: string, options: ExtractOrganizationsOptions = {}): OrgEntity[] {
  const furniture = furnitureRanges(text);
  const inFurniture = (start: number) => inRanges(furniture, start);
  const entities = new Map<string, Entity>();
  // Claimed spans as a per-character mask (names are short, so checking a span's characters is cheap) and as
  // exact "start,end" keys; scanning a list of every claim per candidate made the stage quadratic.
  const covered = new Uint8Array(text.length);
  const claimedExactly = new Set<string>();
  const overlaps = (s: number, e: number) => {
    for (let p = s; p < e; p++) if (covered[p]) return true;
    return false;
  };

  const entityFor = (name: string, at: number): Entity => {
    const known = lookupKnownOrganization(name);
    const key = known?.name ?? name;
    let entity = entities.get(key);
    if (!entity) {
      entity = {
        name: key,
        known,
        aliases: new Set(),
        kind: known?.kind ?? null,
        parent: known?.parent ?? null,
        mentions: [],
        first: at,
      };
      entities.set(key, entity);
    }
    if (name !== key) entity.aliases.add(name);
    return entity;
  };
  const mention = (entity: Entity, start: number, end: number) => {
    entity.mentions.push({ start, end, text: text.slice(start, end) });
    covered.fill(1, start, end);
    claimedExactly.add(`${start},${end}`);
  };

  // 1. Full names by form; short heads that end a valid name are its short form (空天信息研究院).
  const forms = findFormNames(text).filter((f) => !inFurniture(f.start));
  const valid = forms.filter((f) => f.valid);
  const formEntity = new Map<FormName, Entity>();
  for (const f of valid) {
    const entity = entityFor(f.name, f.start);
    mention(entity, f.start, f.end);
    formEntity.set(f, entity);
  }
  // The first valid name that a short head is a proper suffix of, indexed by those suffixes once.
  const wholeBySuffix = new Map<string, FormName>();
  for (const v of valid) {
    for (let i = 1; i <= v.name.length - 5; i++) {
      const suffix = v.name.slice(i);
      if (!wholeBySuffix.has(suffix)) wholeBySuffix.set(suffix, v);
    }
  }
  for (const f of forms.filter((x) => !x.valid && x.name.length >= 5)) {
    const whole = wholeBySuffix.get(f.name);
    if (whole && !overlaps(f.start, f.end)) {
      const entity = formEntity.get(whole) as Entity;
      entity.aliases.add(f.name);
      mention(entity, f.start, f.end);
    }
  }

  // 2. Known names and aliases as whole words: not inside a name already read (中车 in 中车戚墅堰机车有限公司).
  //    All names are found in one pass, then taken name by name, longest first, as before.
  for (const [i, starts] of KNOWN_INDEX.found(text)) {
    const alias = KNOWN_TEXTS[i]!;
    for (const at of starts) {
      const end = at + alias.length;
      if (overlaps(at, end) || inFurniture(at)) continue;
      if (alias.length <= 2 && at > 0 && SHORT_ALIAS_BLOCKERS.includes(text[at - 1] ?? "")) continue;
      if (/[城路街站]/.test(text[end] ?? "")) continue; // 常州大学城 is a place
      if (/^(?:副?局长|副?处长|副?科长)/.test(text.slice(end, end + 3))) continue; // 招商局局长: a bureau
      mention(entityFor(alias, at), at, end);
    }
  }

  // 3. Unknown short names listed with organizations: 坤泰、哈焊所、欣盛等一批项目.
  for (const clause of allMatches(CLAUSE, text)) {
    const clauseStart = clause.index ?? 0;
    if (!clause[0].includes("、") || inFurniture(clauseStart)) continue;
    const parts = clause[0].split("、");
    if (parts.length < 2) continue;
    const items: Span[] = [];
    let at = clauseStart;
    parts.forEach((part, i) => {
      let item = part;
      let offset = 0;
      if (i === 0) {
        offset = nameStartIn(part);
        item = part.slice(offset);
      }
      if (i === parts.length - 1) item = LIST_TAIL.exec(item)?.[1] ?? item;
      items.push({ start: at + offset, end: at + offset + item.length, text: item });
      at += part.length + 1;
    });
    const last = parts[parts.length - 1] ?? "";
    const tail = last.slice(items[items.length - 1]?.text.length ?? 0);
    // "制氢、氢储运等相关核心零部件制造企业" lists kinds of makers, not makers.
    const cue = LIST_CUE.test(tail) && !KINDS_OF_BODIES.test(tail.slice(0, 24));
    // An item is a known organization when a claim covers exactly its span.
    const hasOrg = items.some((it) => claimedExactly.has(`${it.start},${it.end}`));
    if (!cue && !hasOrg) continue;
    for (const it of items) {
      // Brands may be Latin (VDL, SK) or carry a country (德国和柔, 日本JEL); a cue that says the items are
      // bodies vouches for names that end like a trade (蜂巢能源), which a list of unknowns alone does not.
      if (
        !/^(?=.*[\u4e00-\u9fffA-Z])[\u4e00-\u9fffA-Za-z0-9]{2,8}$/.test(it.text) ||
        overlaps(it.start, it.end)
      )
        continue;
      if (!cue && (NOT_AN_ORG.test(it.text) || !/^[\u4e00-\u9fff]{2,6}$/.test(it.text))) continue;
      if (LIST_NOT_AN_ORG.test(it.text) || isFieldName(it.text)) continue;
      mention(entityFor(it.text, it.start), it.start, it.end);
    }
  }

  // 3b. Short names in a company's role (派泰生物计划在…, 与博世签约), with every other mention of them.
  for (const role of companiesByRole(text)) {
    if (inFurniture(role.start) || overlaps(role.start, role.end)) continue;
    const entity = entityFor(role.name, role.start);
    for (let at = text.indexOf(role.name); at >= 0; at = text.indexOf(role.name, at + 1)) {
      if (!overlaps(at, at + role.name.length) && !inFurniture(at))
        mention(entity, at, at + role.name.length);
    }
  }

  // 4. One organization spelt two ways (机械科技研究总院 / 机械科学研究总院) becomes one.
  //    Variants have one length and share their last four characters, so only names in one such bucket are
  //    compared; a merge touches only its bucket, so buckets are independent and keep their order.
  const buckets = new Map<string, Entity[]>();
  for (const e of entities.values()) {
    const key = `${e.name.length}:${e.name.slice(-4)}`;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(e);
    else buckets.set(key, [e]);
  }
  const sentences = new SentenceIndex(text);
  for (const list of buckets.values()) {
    for (const a of list) {
      for (const b of list) {
        if (a === b || !entities.has(a.name) || !entities.has(b.name) || (a.known && b.known)) continue;
        if (!areVariants(a.name, b.name)) continue;
        const bSentences = new Set(b.mentions.map((n) => sentences.of(n.start)));
        if (a.mentions.some((m) => bSentences.has(sentences.of(m.start)))) continue;
        const [keep, drop] = b.known || (!a.known && b.mentions.length > a.mentions.length) ? [b, a] : [a, b];
        keep.aliases.add(drop.name);
        drop.aliases.forEach((x) => keep.aliases.add(x));
        // A loop, not push(...spread): a long article's mention list would overflow the argument stack.
        for (const m of drop.mentions) keep.mentions.push(m);
        keep.first = Math.min(keep.first, drop.first);
        entities.delete(drop.name);
      }
    }
  }

  // 4b. One organization with and without its place or country: 天津友发集团 / 友发集团, 德国百菲萨集团 / 百菲萨集团.
  const byName = new Map([...entities.values()].map((e) => [e.name, e] as const));
  for (const e of [...entities.values()]) {
    const bare = withoutPlace(e.name.replace(COUNTRY_HEAD, ""));
    const other = bare !== e.name ? byName.get(bare) : undefined;
    if (!other || other === e || other.known || bare.length < 4) continue;
    e.aliases.add(other.name);
    other.aliases.forEach((x) => e.aliases.add(x));
    for (const m of other.mentions) e.mentions.push(m);
    e.first = Math.min(e.first, other.first);
    entities.delete(other.name);
    byName.delete(other.name);
  }

  // 4c. A short name that begins a full name's trade name is that organization: 赛陆医疗 of 深圳赛陆医疗科技有限公司.
  const trades = [...entities.values()]
    .map((e) => ({ e, trade: tradeName(e.name) }))
    .filter((t): t is { e: Entity; trade: string } => t.trade !== null);
  for (const short of [...entities.values()]) {
    if (short.known || short.name.length > 6 || tradeName(short.name) !== null) continue;
    const whole = trades.find(
      (t) => t.e !== short && t.trade.length > short.name.length && t.trade.startsWith(short.name),
    );
    if (!whole) continue;
    whole.e.aliases.add(short.name);
    for (const m of short.mentions) whole.e.mentions.push(m);
    entities.delete(short.name);
  }

  // 5. Kind and parent of names the gazetteer does not know: by form, by a known name it starts with
  //    (中车戚墅堰机车有限公司 → 中国中车股份有限公司), or by "X下属的Y" (中国电子信息集团下属的中电通商…).
  const endingAt = entitiesByMentionEnd(entities);
  for (const entity of entities.values()) {
    if (!entity.kind) entity.kind = isBureau(entity.name) ? "央企" : kindByForm(entity.name);
    if (entity.known) continue;
    entity.parent =
      parentByName(entity) ?? bureauGroup(entity.name) ?? parentByContext(text, entity, endingAt);
    // A 中心 is a unit of the organization named in it and shares its kind: a university's transfer centre is
    // 高校, a ministry's platform (国家发改委…验证中心) is 政府.
    const parent = entity.parent && lookupKnownOrganization(entity.parent);
    if (entity.name.endsWith("中心") && parent) entity.kind = parent.kind;
  }

  return [...entities.values()]
    .filter((e) => options.government || e.kind !== "政府")
    .sort((a, b) => a.first - b.first)
    .map((e) => ({
      name: e.name,
      aliases: [...new Set([...e.aliases, ...(e.known?.aliases ?? [])])].filter((x) => x !== e.name),
      kind: e.kind as OrgKind,
      parent: e.parent,
      mentions: e.mentions.sort((x, y) => x.start - y.start),
    }));
}

function parentByName(entity: Entity): string | null {
  for (let end = entity.name.length - 1; end >= 2; end--) {
    const known = lookupKnownOrganization(entity.name.slice(0, end));
    if (known && known.name !== entity.name) return known.name;
  }
  return null;
}

/**
 * For each position, the entities with a mention ending there, in the map's order: the owner in "X下属的Y" is
 * looked up by where X ends, not by scanning every mention of every entity.
 */
function entitiesByMentionEnd(entities: Map<string, Entity>): Map<number, Entity[]> {
  const byEnd = new Map<number, Entity[]>();
  for (const entity of entities.values()) {
    for (const m of entity.mentions) {
      const list = byEnd.get(m.end);
      if (!list) byEnd.set(m.end, [entity]);
      else if (list[list.length - 1] !== entity) list.push(entity);
    }
  }
  return byEnd;
}

function parentByContext(text: string, entity: Entity, endingAt: Map<number, Entity[]>): string | null {
  for (const m of entity.mentions) {
    const rel = /(下属的|旗下的|下属|旗下)$/.exec(text.slice(Math.max(0, m.start - 3), m.start));
    if (!rel) continue;
    const owner = endingAt.get(m.start - rel[0].length)?.find((other) => other !== entity);
    if (owner) return owner.name;
  }
  return null;
}
