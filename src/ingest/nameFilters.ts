/**
 * Whether a phrase found where a project name can stand is a name at all. News writes about projects in
 * general as often as about one ("18个重大项目集中开工", "本次项目", "X区重大项目", "“122”重特大项目"); those
 * phrases are made only of generic words, places and numbers, or open with a demonstrative, a number, a time
 * or a verb. What is left is a name.
 */
import { PLACES } from "../core/places";
import {
  BAD_NAME_START,
  GENERIC_SUFFIX,
  GENERIC_WORDS,
  LABEL_PREFIX,
  NOT_IN_NAME,
  PROJECT_NOUNS,
} from "./projectWords";

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, (c) => `\\${c}`);

/** Place names and the generic words, longest first, as one pattern to strip from a phrase. */
const PLACE_TERMS = PLACES.flatMap((p) => [p.name, ...p.aliases]).concat([
  "常州市",
  "常州",
  "江苏省",
  "江苏",
  "全国",
  "中国",
  "长三角",
]);
const alternation = (words: readonly string[]) =>
  new RegExp(
    [...words]
      .sort((a, b) => b.length - a.length)
      .map(escape)
      .join("|"),
    "g",
  );
const STRIP = alternation([...PLACE_TERMS, ...GENERIC_WORDS]);
const PLACE_WORD = alternation(PLACE_TERMS);
const NOUNS = alternation(PROJECT_NOUNS);

/** Numbers and counters ("122", 三个, 24个, 一期) carry no name. */
const NUMBERS = /[0-9０-９一二三四五六七八九十百千万两]+(?:个|家|项|批|期|大)?/g;

/** Names of parks: a park built as a project ("总投资100亿元的常州集成电路生态产业园") is a name, not a place word. */
const PARK_NAMES = new Set(PLACES.filter((p) => p.kind === "park").flatMap((p) => [p.name, ...p.aliases]));

/** Whether a name is exactly the name of a gazetteer park. */
export const isParkName = (name: string) => PARK_NAMES.has(name);

/** Brackets, quotes and marks that are not part of what a name says. */
const MARKS = /[“”"'‘’()（）·\s、\-—]/g;

/**
 * The words of a phrase once places, generic words and numbers are taken out ("钟楼区“两湖”创新区重大项目" → "").
 * @example distinctivePart("江苏德春电力高压电柜项目") // "德春电力高压电柜"
 */
export function distinctivePart(phrase: string): string {
  return phrase.replace(STRIP, "").replace(NUMBERS, "").replace(MARKS, "");
}

const GENERIC_SET = new Set([...PLACE_TERMS, ...GENERIC_WORDS, ...PROJECT_NOUNS]);

/** Whether a word is, as a whole, a place or a generic word (光大 is neither; 新型, 常州 are). */
export function isGenericWord(word: string): boolean {
  return GENERIC_SET.has(word) || /^[新大好优高中老小]+$/.test(word);
}

/** A generic phrase: nothing distinctive is left once generic words, places and numbers are removed. */
export function isGenericPhrase(phrase: string): boolean {
  const rest = distinctivePart(phrase);
  if (rest.length < 2) return true;
  // "商务中心", "客户体验中心": a project noun and generic words only. A place keeps such a name specific
  // ("武进高新区产业化基地": the base of one park).
  PLACE_WORD.lastIndex = 0;
  return rest.replace(NOUNS, "").length === 0 && !PLACE_WORD.test(phrase);
}

/** Removes labels that only classify a project ("市重点项目三菱车用发电机" → "三菱车用发电机"). */
export function stripLabels(name: string): string {
  let out = name;
  for (let i = 0; i < 3 && LABEL_PREFIX.test(out); i++) out = out.replace(LABEL_PREFIX, "");
  return out;
}

/** Trailing words that end a name's clause, not the name: "…项目等", "…项目在内". */
const TRAILING = /(?:等|在内|相关|等等)+$/;
/** Leading filler: "一个…", "全新的…", "正式…". */
const LEADING = /^(?:[,，、:：\s]|就|对|了|和|与|及|暨|一个|一座|一条|一处|新的|全新的|正式|成功|首个|首家)+/;

/** A name with fillers and labels trimmed from both ends. */
export function tidyName(raw: string): string {
  // Tidied as often as judged (each noun of a run, each item of a list): remembered with the verdicts.
  const known = TIDY_MEMO.get(raw);
  if (known !== undefined) return known;
  const tidy = stripLabels(raw.replace(LEADING, "").replace(TRAILING, "").trim()).replace(LEADING, "").trim();
  if (TIDY_MEMO.size > 20_000) TIDY_MEMO.clear();
  TIDY_MEMO.set(raw, tidy);
  return tidy;
}

const TIDY_MEMO = new Map<string, string>();

/** Government and service bodies end like a project (…中心, …平台) but are parties: 天宁区招商服务中心. */
const PARTY = /(?:管委会|委员会|人民政府|政府|服务中心|政务中心|办公室|管理处|指挥部)$/;

/**
 * Whether a tidied phrase is a project name.
 * @example isProjectName("这三个大项目") // false
 * @example isProjectName("江苏星源新材料有限公司超级涂覆工厂项目") // true
 */
export function isProjectName(name: string, minLength = 3): boolean {
  // The readers try the same phrase again and again (each noun of a run, each item of a list): judge it once.
  const key = `${minLength}\u0000${name}`;
  const known = NAME_MEMO.get(key);
  if (known !== undefined) return known;
  const verdict = judgeName(name, minLength);
  if (NAME_MEMO.size > 20_000) NAME_MEMO.clear();
  NAME_MEMO.set(key, verdict);
  return verdict;
}

const NAME_MEMO = new Map<string, boolean>();

/** Forgets the names judged so far: each article starts afresh, so one article's work never speeds another's. */
export function forgetJudgedNames(): void {
  NAME_MEMO.clear();
  TIDY_MEMO.clear();
}

function judgeName(name: string, minLength: number): boolean {
  if (name.length < minLength || name.length > 60) return false;
  if (BAD_NAME_START.test(name) || NOT_IN_NAME.test(name.replace(/“[^”]*”/g, ""))) return false;
  if (PARTY.test(name) || GENERIC_SUFFIX.test(name)) return false;
  if (isParkName(name)) return true;
  // "高新技术成果和重大项目": a part joined by 和/与 that is only generic words makes the whole a phrase.
  const parts = name.split(/[和与]/);
  return parts.some((p) => p.length < 3) || parts.every((part) => !isGenericPhrase(part));
}
