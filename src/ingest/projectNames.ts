/**
 * Project names in a sentence, in the forms Chinese reports write them (chrono-style: a few readers, then one
 * rule that keeps the best of overlapping results):
 *
 * - **lists**: "A、B、C等N个项目", "包括A、B等在内的一批项目", "分别是A、B", "先后走进A、B和C等项目现场" — every
 *   item is a project, whatever noun it ends with (瑞声声讯微型精密元器件, 坤泰);
 * - **quoted**: “中航锂离子动力电池项目”, 江苏裕兴…公司“年产5亿平米…生产线建设”项目;
 * - **noun-ended**: a run of name characters ending with a project noun (项目, 基地, 产业园, 中心, 工程,
 *   生产线, 广场 …) and an optional phase (一期, (二期), 项目一期), starting after the last word a name cannot
 *   hold (的, 在, 建设, 暨 …): "总投资20亿元的常州某某新能源电池项目", "大唐国?016年在金坛投资热电联产项目".
 *
 * Figures, dates and punctuation end a name; organization names are kept whole (…有限公司 holds 有, 限).
 * A name that is only generic words, or opens with a number, a demonstrative or a verb, is not a name
 * (`nameFilters.ts`).
 */
import { isProjectName, tidyName } from "./nameFilters";
import { CUT_WORDS, JOINING_WORDS, PHASE_SUFFIX, PROJECT_NOUNS } from "./projectWords";
import type { Span } from "./types";
import { allMatches } from "./matches";

export type NameForm = "list" | "quoted" | "noun" | "sized";

export interface ProjectName extends Span {
  /** The name as the dataset shows it: labels, quotes and list words trimmed. */
  name: string;
  form: NameForm;
  /** Items of one list share a number (they share the sentence's stage, date and place). */
  list: number | null;
}

/** Relative spans inside the sentence. */
export interface SentenceSpans {
  /** Figures and dates: a name never runs across one (except inside quotes: “年产5亿平米…”). */
  breaks?: ReadonlyArray<{ start: number; end: number }>;
  /** Organization names: words inside them are not cut words (…有限公司, 中美绿色投资管理…). */
  atoms?: ReadonlyArray<{ start: number; end: number }>;
  /** A project's own investment figures ("总投资30亿元"): what follows them and 的 is a project's name. */
  sized?: ReadonlyArray<{ start: number; end: number }>;
  /**
   * Names the article has already given projects: where one recurs as written it is that project, whatever
   * it ends with ("…等3个在建项目A、B、C" … "B已通过交工验收").
   */
  known?: readonly string[];
}

type Stretch = { start: number; end: number };

/** Characters that end a name: punctuation other than 、, and brackets that open asides. */
// A dash sets off an apposition ("新锐代表——某某总部基地项目"): what stands before it is no part of the name.
// Looked up by character code: a CJK character read as a one-character string is a new string each time.
const BREAK_CODES = new Set([...",，。;；:：!！?？…\n|/《》【】[]<>— "].map((c) => c.charCodeAt(0)));
/** A longest name; longer spans are sentences, not names (and bound the work on an unpunctuated line). */
const MAX_NAME = 60;

const NOUN_PATTERN = new RegExp(
  `(?:${[...PROJECT_NOUNS].sort((a, b) => b.length - a.length).join("|")})(?:${PHASE_SUFFIX}|[”"])*`,
  "y",
);
/** The characters a project noun opens with: the pattern is tried only where one stands. */
const NOUN_FIRST_CODES = new Set(PROJECT_NOUNS.map((n) => n.charCodeAt(0)));

/** Every project noun in `text`, left to right, as `matchAll` with the pattern would find them. */
function* projectNouns(text: string): Generator<RegExpExecArray> {
  for (let at = 0; at < text.length;) {
    if (!NOUN_FIRST_CODES.has(text.charCodeAt(at))) {
      at++;
      continue;
    }
    NOUN_PATTERN.lastIndex = at;
    const m = NOUN_PATTERN.exec(text);
    if (m === null) at++;
    else {
      yield m;
      at += m[0].length;
    }
  }
}
const PHASE_AT_START = new RegExp(`^${PHASE_SUFFIX}`);
/**
 * Cut words by their last character, longest first: at each position only the words that can end there are tried
 * (most characters end none, and the backward walk of every name candidate passes many of them).
 */
const CUTS_BY_LAST_CODE = new Map<number, string[]>();
for (const word of [...new Set(CUT_WORDS)].sort((a, b) => b.length - a.length)) {
  const last = word.charCodeAt(word.length - 1);
  CUTS_BY_LAST_CODE.set(last, [...(CUTS_BY_LAST_CODE.get(last) ?? []), word]);
}
/** After 等: what the list items are ("等139个项目", "等一批省重点项目", "等工程现场", "等在内的"). */
// "在上海、深圳等地建设…项目" lists places, not projects; the tail never crosses a clause.
// The words between 等 and 项目 say what the items are ("等一批省重点项目"), never what someone did ("等区领导深入
// 重点项目一线" lists people).
const LIST_TAIL =
  /^等(?!地|国|城市)(?:在内的?)?(?:(?!领导|班子|深入|来到|参加|出席|督查|调研|察看|考察|嘉宾|代表)[^、,，。;；]){0,14}?(?:项目|工程)|^等(?=相继|先后)/;
/** A list that only follows 分别是 is one of projects when the sentence has spoken of 项目 before it. */
const ENUMERATING = new Set(["分别是", "分别为", "分别有", "项目有", "的有"]);
/** "重点推进的项目包括A、B和C": 包括 lists projects only right after 项目 ("包括电极装配车间、化成车间" lists parts). */
const PROJECTS_INCLUDE = /(?:项目|工程)(?:主要|还|也)?(?:包括|包含)[:：]?$/;
/** "包括A、B和C在内的3个项目": the list closes at 在内 when projects follow. */
const INSIDE_TAIL = /^在内的?[^、,，。;；]{0,14}?(?:项目|工程)/;
/**
 * A kind of projects that labels the list right after it: "我市3个在建高速公路项目A、B、C" — the label holds
 * 项目 or 工程 and the first item follows it without a break (the count itself is a figure and breaks the run).
 */
const APPOSITION_LABEL = /^[\u4e00-\u9fff]{0,10}?(?:项目|工程)(?![一二三四五六七八九十首(（]期|[、,，]|$)/;
/** The label counts the projects: "3个在建高速公路项目". */
const COUNTED = /(?:[0-9０-９]+|[一二三四五六七八九十两]+)个[\u4e00-\u9fff]{0,12}?(?:项目|工程)$/;
/** Adverbs and verbs after which the last item of an unclosed list has ended: 均, 都, 已, 正在, 顺利 …. */
const LAST_ITEM_CLOSE = /均|都|皆|已|正在|将|顺利|分别|全部|目前|共同/;
/** A stage or verb closing the last item of an unmarked list: "…瑞声光学项目相继签约". */
const TRAILING_VERB =
  /(?:相继|先后|已经?|正式|集中|同时|顺利|成功|均已|陆续)*(?:签约|开工|竣工|投产|落户|奠基|开业|上榜|入选|揭牌|启动|开建)+$/;

/** "(以下简称“华辰储能”)", "（简称：中车铁马）": an aside that gives a short name. */
const SHORT_NAME_ASIDE = /[(（](?:以下|下文)?(?:简称|称)[:：]?[^()（）]{1,20}[)）]/g;

/** Marks each character as a possible name character (true) or a break (false). */
function nameCharacters(sentence: string, spans: SentenceSpans): boolean[] {
  const ok: boolean[] = new Array<boolean>(sentence.length);
  for (let i = 0; i < sentence.length; i++) ok[i] = !BREAK_CODES.has(sentence.charCodeAt(i));
  // A space between Latin letters or digits is inside a name ("10GWh N型").
  for (let i = 1; i < sentence.length - 1; i++)
    if (sentence[i] === " " && /[A-Za-z0-9]/.test(sentence[i - 1]!) && /[A-Za-z0-9]/.test(sentence[i + 1]!))
      ok[i] = true;
  const quoted = quotedSpans(sentence);
  for (const b of spans.breaks ?? []) {
    if (quoted.some((q) => q.start <= b.start && b.end <= q.end)) continue;
    for (let i = Math.max(0, b.start); i < Math.min(sentence.length, b.end); i++) ok[i] = false;
  }
  // "X有限公司(以下简称“华辰储能”)储能电池项目": the aside that gives a short name breaks what stands around it.
  for (const m of allMatches(SHORT_NAME_ASIDE, sentence))
    for (let i = m.index ?? 0; i < (m.index ?? 0) + m[0].length; i++) ok[i] = false;
  // “区域医疗中心、区域急救中心、区域转化中心”: a quoted list is a slogan's parts, no names.
  for (const q of quoted) if (q.text.includes("、")) for (let i = q.start; i < q.end; i++) ok[i] = false;
  return ok;
}

/** “…” spans of at most 40 characters with no sentence punctuation inside. */
function quotedSpans(sentence: string): Span[] {
  const out: Span[] = [];
  for (const m of allMatches(/“([^“”,，。;；]{2,40})”/g, sentence)) {
    const start = m.index ?? 0;
    out.push({ start, end: start + m[0].length, text: m[0] });
  }
  return out;
}

/** Runs of name characters (with 、 inside) between breaks. */
function runs(sentence: string, ok: readonly boolean[]): Span[] {
  const out: Span[] = [];
  let start = -1;
  for (let i = 0; i <= sentence.length; i++) {
    if (i < sentence.length && ok[i]) {
      if (start < 0) start = i;
    } else if (start >= 0) {
      out.push({ start, end: i, text: sentence.slice(start, i) });
      start = -1;
    }
  }
  return out;
}

const inside = (at: number, spans: ReadonlyArray<{ start: number; end: number }>) =>
  spans.some((s) => s.start <= at && at < s.end);

/** Building verbs that also make nouns with the project noun after them: 扩建工程, 新建项目, 建设项目. */
const NOMINAL_VERBS = new Set(["扩建", "新建", "建设", "续建"]);

/**
 * Where a name ending at `end` starts: after the last cut word (or inner 项目 not followed by a phase) between
 * `from` and `end`, skipping words inside organization names. Returns the start and the cut word found.
 */
function nameStart(
  sentence: string,
  from: number,
  end: number,
  atoms: ReadonlyArray<{ start: number; end: number }>,
  nounStart: number,
  innerProjectCuts = true,
): { start: number; cut: string | null } {
  const lower = Math.max(from, end - MAX_NAME);
  for (let i = nounStart - 1; i >= lower; i--) {
    if (inside(i, atoms)) continue;
    for (const word of CUTS_BY_LAST_CODE.get(sentence.charCodeAt(i)) ?? []) {
      const at = i - word.length + 1;
      if (at < lower || !sentence.startsWith(word, at)) continue;
      if (atoms.some((a) => a.start < i + 1 && at < a.end)) continue;
      // "…南院二期扩建工程", "…生产线建设项目": a building verb right before the noun is part of the name.
      if (i + 1 === nounStart && NOMINAL_VERBS.has(word) && i + 1 - word.length > from) continue;
      return { start: i + 1, cut: word };
    }
    // "旗舰型城市综合体项目邹区灯博广场一期": a 项目 inside the span labels what follows it.
    if (
      innerProjectCuts &&
      sentence.startsWith("项目", i - 1) &&
      i + 1 < nounStart &&
      !PHASE_AT_START.test(sentence.slice(i + 1, i + 8))
    ) {
      return { start: i + 1, cut: "项目" };
    }
  }
  return { start: lower, cut: lower === from ? null : "…" };
}

/** Splits an item on 和/与 where both sides are names on their own ("恒立液压系统和新科人居智能舒适系统"). */
function splitJoined(item: Span, last: boolean): Span[] {
  for (const joiner of JOINING_WORDS) {
    if (joiner === "及") continue; // "钠离子电池及材料", "蜂巢能源总部基地及研发生产项目": 及 joins parts of one.
    const at = item.text.indexOf(joiner);
    if (at <= 0) continue;
    const left = item.text.slice(0, at);
    const right = item.text.slice(at + 1);
    const bothNouns = endsWithNoun(left) && endsWithNoun(right);
    // The last item of a list may be a short company name ("天合光能、中创新航和比亚迪等3个项目").
    const bothNames = last && left.length >= 3 && right.length >= 3;
    if ((bothNouns || bothNames) && isProjectName(tidyName(left), 2) && isProjectName(tidyName(right), 2)) {
      return [
        { start: item.start, end: item.start + at, text: left },
        ...splitJoined({ start: item.start + at + 1, end: item.end, text: right }, last),
      ];
    }
  }
  return [item];
}

const NOUN_AT_END = new RegExp(`(?:${PROJECT_NOUNS.join("|")})(?:${PHASE_SUFFIX})*[”"]?$`);
const endsWithNoun = (s: string) => NOUN_AT_END.test(s);

/** Trims a span to its tidied name, keeping the span on the characters the name came from. */
function named(span: Span, form: NameForm, list: number | null, minLength: number): ProjectName | null {
  const name = tidyName(span.text.replace(/[“”"]/g, ""));
  if (!isProjectName(name, minLength)) return null;
  return { start: span.start, end: span.end, text: span.text, name, form, list };
}

/**
 * Lists: a run holding 、 whose items end at 等 (+ what they are) or follow a list word (包括, 分别是, 走进 …).
 * Without either, "A、B项目" is one name (华耀光电…组件、10GWh异质结电池项目一期项目).
 */
function readLists(sentence: string, run: Span, atoms: readonly Span[], listNo: () => number): ProjectName[] {
  if (!run.text.includes("、")) return [];
  // The last item ends at 等 + what the items are ("等139个项目"), or, after 分别是, where the run ends.
  const lastSep = run.start + run.text.lastIndexOf("、");
  let end = -1;
  let tail = "";
  for (let i = lastSep + 1; i < run.end; i++) {
    // The tail reads the sentence itself: a count in it ("等139个项目") is a figure that ends the run.
    if (sentence[i] === "等" && LIST_TAIL.test(sentence.slice(i, i + 24))) {
      end = i;
      tail = sentence.slice(i, i + 24);
      break;
    }
  }
  // Without 等, "…和C在内的3个项目": the sentence past the run says where the last item ends.
  if (end < 0) {
    const at = sentence.indexOf("在内", lastSep + 1);
    if (at > lastSep && at - lastSep <= 40 && INSIDE_TAIL.test(sentence.slice(at, at + 24))) {
      end = at;
      tail = `等${sentence.slice(at, at + 24)}`;
    }
  }
  // The first item starts after the last word a name cannot hold before the chain of 、 ("先后察看了A、B…");
  // labels before it are trimmed later ("分别是市重点项目三菱车用发电机"), so an inner 项目 cuts nothing here.
  const seps: number[] = [];
  for (let i = run.start; i < (end < 0 ? run.end : end); i++) if (sentence[i] === "、") seps.push(i);
  let chainStart = run.start;
  let lead: string | null = null;
  for (let k = seps.length - 1; k >= 0; k--) {
    const itemStart = k === 0 ? run.start : seps[k - 1]! + 1;
    const head = nameStart(sentence, itemStart, seps[k]!, atoms, seps[k]!, false);
    if (head.start > itemStart || k === 0) {
      chainStart = head.start;
      lead = head.cut;
      break;
    }
  }
  // "集中开工的有A、B": 的有 opens a list as 项目有 does (的 alone is the cut word found).
  if (lead === "的" && sentence[chainStart] === "有" && chainStart + 1 < (seps[0] ?? run.end)) {
    chainStart += 1;
    lead = "的有";
  }
  // "3个在建高速公路项目A、B、C均…": a kind of projects right before the first item labels the list.
  const firstSep = seps[0] ?? run.end;
  const labelled = APPOSITION_LABEL.exec(sentence.slice(chainStart, firstSep));
  const label =
    labelled && COUNTED.test(sentence.slice(0, chainStart + labelled[0].length)) ? labelled : null;
  if (label) chainStart += label[0].length;
  const before = sentence.slice(0, chainStart);
  // A list word without 项目 before it ("开工的有A、B") lists projects only when every item is named like one.
  const listLead = lead !== null && ENUMERATING.has(lead);
  const enumerating =
    label !== null || (listLead && before.includes("项目")) || PROJECTS_INCLUDE.test(before);
  // "A项目、B项目相继开工": without 等, an adverb of many (相继, 先后, 陆续 …) before the stage closes the list;
  // every item must then be named like a project (checked below).
  const rest = sentence.slice(lastSep + 1, run.end);
  const trimmed = rest.replace(TRAILING_VERB, "");
  const severalAtOnce =
    trimmed !== rest && /(?:相继|先后|陆续|同时|集中|均已)/.test(rest.slice(trimmed.length));
  // "A项目、B项目和C项目签约": a stage closing the last item ends a list whose items are all named like projects
  // (checked below: a list that does not say it lists projects must end every item with a project noun).
  const closedByStage = trimmed !== rest && trimmed.length >= 2;
  if (end < 0 && (enumerating || severalAtOnce || closedByStage || listLead)) {
    end = lastSep + 1 + trimmed.length;
    // "…、C均顺利完成年度目标": with nothing to close it, the last item ends at the first adverb after it.
    const close = LAST_ITEM_CLOSE.exec(sentence.slice(lastSep + 1, end));
    if (close && close.index >= 3) end = lastSep + 1 + close.index;
  }
  if (end < 0) return [];
  const body = sentence.slice(chainStart, end);
  const items: Span[] = [];
  let at = chainStart;
  const parts = body.split("、");
  parts.forEach((part, i) => {
    const span = { start: at, end: at + part.length, text: part };
    items.push(...(i === parts.length - 1 ? splitJoined(span, true) : splitJoined(span, false)));
    at += part.length + 1;
  });
  const list = listNo();
  const names = items.map((s) => named(s, "list", list, 2));
  // "等相继签约": a list that does not say it lists projects is one when every item is named like one.
  const saysProjects = /^等[^、]*(?:项目|工程)/.test(tail) || enumerating;
  if (!saysProjects && !items.every((s) => endsWithNoun(s.text))) return [];
  // Only a list that says it lists projects may hold an item that is no name.
  if (names.some((n) => n === null) && !saysProjects) return [];
  return names.filter((n): n is ProjectName => n !== null);
}

/** Noun-ended names in one run. */
function readNounNames(
  sentence: string,
  run: Span,
  atoms: readonly Span[],
  listNo: () => number,
): ProjectName[] {
  const out: ProjectName[] = [];
  for (const m of projectNouns(run.text)) {
    const nounStart = run.start + (m.index ?? 0);
    const end = nounStart + m[0].length;
    const cutAt = nameStart(sentence, run.start, end, atoms, nounStart);
    // "A项目、B项目", "A项目和B项目": the inner 项目 ends the name A, and the word joining them is part of
    // neither; the two are items of one list, sharing its stage (after 项目 even 及, which elsewhere joins parts of
    // one: see splitJoined). Only after a name: "量质齐升招引项目、快马加鞭建设项目" joins slogans.
    // "A项目（总投资18亿元）、B项目": an aside closing before the 、 is A's (its figure), no part of B (with the
    // figure read as a break, the run starts at the aside's closing bracket).
    const aside = /^(?:[(（][^、()（）]*)?[)）]?[、和与及]/.exec(sentence.slice(cutAt.start, nounStart));
    const joinedTo = cutAt.cut === "项目" && aside ? (out.find((o) => o.end === cutAt.start) ?? null) : null;
    const closesAside = aside !== null && /[)）]/.test(aside[0]);
    const start = joinedTo || closesAside ? cutAt.start + aside![0].length : cutAt.start;
    if (end - start < 3) continue;
    const text = sentence.slice(start, end);
    // "A基地、B中心": split where every part is a noun-ended name; else the 、 is inside one name — once at
    // most ("华耀光电…组件、10GWh异质结电池项目一期项目"); more is an enumeration of things, not a name.
    const parts = text.split("、");
    if (parts.length > 2 && !parts.every((p) => endsWithNoun(p))) continue;
    if (parts.length > 1 && parts.every((p) => endsWithNoun(p))) {
      const list = listNo();
      let at = start;
      for (const part of parts) {
        const n = named({ start: at, end: at + part.length, text: part }, "noun", list, 3);
        if (n) out.push(n);
        at += part.length + 1;
      }
      continue;
    }
    // One 、 inside one name joins two names of its parts; "突破年、重大项目", "系统服务、项目" join phrases.
    if (parts.length === 2 && !parts.every((p) => isProjectName(tidyName(p.replace(/[“”"]/g, "")), 3)))
      continue;
    for (const piece of splitJoined({ start, end, text }, false)) {
      const n = named(piece, "noun", null, 3);
      if (!n) continue;
      if (joinedTo && piece.start === start) {
        joinedTo.list ??= listNo();
        n.list = joinedTo.list;
      }
      out.push(n);
    }
  }
  return out;
}

/** Quoted names: “中航锂离子动力电池项目”, “年产5亿平米…生产线建设”项目. */
function readQuoted(sentence: string): ProjectName[] {
  const out: ProjectName[] = [];
  for (const q of quotedSpans(sentence)) {
    const inner = q.text.slice(1, -1);
    // “区域医疗中心、区域急救中心、区域转化中心”: a quoted list of slogans, not a name.
    if (inner.includes("、")) continue;
    const after = sentence.slice(q.end, q.end + 2);
    const followed = /^(?:项目|工程)/.test(after);
    if (!followed && !endsWithNoun(inner)) continue;
    const end = followed ? q.end + 2 : q.end;
    const name = tidyName(followed ? `${inner}${after}` : inner);
    if (!isProjectName(name, 3)) continue;
    out.push({ start: q.start, end, text: sentence.slice(q.start, end), name, form: "quoted", list: null });
  }
  return out;
}

/** Where a sized name ends: a verb or a word of the clause after it ("…舒适系统,是…", "…系统将于…"). */
const SIZED_END = /是|为|将|已|于|在|正|由|位于|落户|签约|开工|奠基|竣工|投产|等|项目|工程/;

/**
 * Names sized by their investment: "计划投资30亿元的新科人居智能舒适系统,是…" — what follows a project's own
 * investment and 的 is the project, whatever noun it ends with. A count right after 的 ("的24个重点项目") is a
 * batch and breaks the name at once.
 */
function readSized(sentence: string, ok: readonly boolean[], sized: readonly Stretch[]): ProjectName[] {
  const out: ProjectName[] = [];
  for (const figure of sized) {
    if (sentence[figure.end] !== "的") continue;
    const start = figure.end + 1;
    let end = start;
    while (end < sentence.length && ok[end] && sentence[end] !== "、" && end - start < MAX_NAME) end++;
    const text = sentence.slice(start, end);
    const cut = SIZED_END.exec(text.slice(2));
    const stop = cut ? cut.index + 2 + (/^(?:项目|工程)$/.test(cut[0]) ? cut[0].length : 0) : text.length;
    const span = { start, end: start + stop, text: text.slice(0, stop) };
    const n = named(span, "sized", null, 4);
    if (n) out.push(n);
  }
  return out;
}

/** Known names recurring as written, in name characters only (never across a figure or a break). */
function readKnown(sentence: string, ok: readonly boolean[], known: readonly string[]): ProjectName[] {
  const out: ProjectName[] = [];
  for (const name of known) {
    if (name.length < 4) continue;
    for (let at = sentence.indexOf(name); at >= 0; at = sentence.indexOf(name, at + 1)) {
      const end = at + name.length;
      let inside = true;
      for (let i = at; i < end && inside; i++) inside = ok[i] === true;
      if (inside) out.push({ start: at, end, text: name, name, form: "noun", list: null });
    }
  }
  return out;
}

const PRIORITY: Record<NameForm, number> = { quoted: 0, list: 1, noun: 2, sized: 2 };

/**
 * The project names of one sentence, in order; overlapping readings resolved quoted first, then list items,
 * then the longest noun-ended name.
 * @example findProjectNames("钟楼区与北自所签约建设中机云创工业互联网。").map(n => n.name) // ["中机云创工业互联网"]
 */
export function findProjectNames(sentence: string, spans: SentenceSpans = {}): ProjectName[] {
  const atoms = (spans.atoms ?? []).map((a) => ({ ...a, text: sentence.slice(a.start, a.end) }));
  const ok = nameCharacters(sentence, spans);
  let lists = 0;
  const listNo = () => ++lists;
  const found: ProjectName[] = [
    ...readQuoted(sentence),
    ...readSized(sentence, ok, spans.sized ?? []),
    ...readKnown(sentence, ok, spans.known ?? []),
  ];
  for (const run of runs(sentence, ok)) {
    found.push(...readLists(sentence, run, atoms, listNo));
    found.push(...readNounNames(sentence, run, atoms, listNo));
  }
  found.sort(
    (a, b) => PRIORITY[a.form] - PRIORITY[b.form] || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const kept: ProjectName[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  // A name right before another name labels it ("城市综合体项目邹区灯博广场一期"): keep the second.
  return kept
    .sort((a, b) => a.start - b.start)
    .filter((n, i, all) => !(all[i + 1]?.start === n.end && /项目$/.test(n.text) && n.form === "noun"));
}
