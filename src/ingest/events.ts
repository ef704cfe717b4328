/**
 * Events: dated visits, meetings and signings between Changzhou officials and partner organizations.
 * An official is introduced once with a title ("市长丁纯") and named without it afterwards ("丁纯表示"), so
 * titles are learned from the whole article before the sentences are read.
 */
import type { EventKind } from "../core/dataset";
import { dateBefore, type SentenceFacts } from "./sentenceFacts";
import { allMatches } from "./matches";

export interface EventCandidate {
  kind: EventKind;
  official: string | null;
  role: string | null;
  orgNames: string[];
  placeId: string | null;
  date: string | null;
  sentence: SentenceFacts["sentence"];
  /** The verbatim quote cited: the sentence, or a window of a very long one. */
  quote: string;
}

/** Titles of Changzhou officials, longest first so 常务副市长 is not read as 副市长. */
const TITLES = [
  "市委常委、常务副市长",
  "市委书记",
  "市委副书记",
  "常务副市长",
  "副市长",
  "市长",
  "市人大常委会主任",
  "市政协主席",
  "市委常委",
  "区委书记",
  "区长",
  "副区长",
  "市委秘书长",
  "秘书长",
];

const TITLE_PATTERN = new RegExp(
  `(${TITLES.join("|")})([\\u4e00-\\u9fff]{2,3}?)(?=一行|率|在|会见|拜访|考察|出席|表示|还|主持|带队|陪同|等|,|，|、|与)`,
  "g",
);

/** Officials named in an article, name → title. */
export function findOfficials(text: string): Map<string, string> {
  const officials = new Map<string, string>();
  for (const m of allMatches(TITLE_PATTERN, text)) {
    const [, title = "", name = ""] = m;
    if (!officials.has(name)) officials.set(name, title);
  }
  return officials;
}

const KIND_WORDS: ReadonlyArray<readonly [EventKind, RegExp]> = [
  ["signing", /签约|签署|签订/],
  ["meeting", /会见|会谈|座谈|洽谈|交流/],
  ["visit", /拜访|考察|对接|调研|走访/],
];

/**
 * The event a sentence reports, if it reports one: an official or a signing, with at least one partner.
 * @example assembleEvent(facts, officials, "2018-11") // { kind: "visit", official: "汪泉", role: "市委书记", … }
 */
export function assembleEvent(
  facts: SentenceFacts,
  officials: ReadonlyMap<string, string>,
  carriedDate: string | null,
): EventCandidate | null {
  const text = facts.sentence.text;
  const found = KIND_WORDS.map(([kind, pattern]) => ({ kind, at: text.search(pattern) })).find(
    (k) => k.at >= 0,
  );
  if (!found) return null;
  const { kind } = found;
  const orgNames = [...new Set(facts.orgs.filter((o) => o.org.kind !== "政府").map((o) => o.org.name))];
  if (orgNames.length === 0) return null;
  let official: string | null = null;
  let firstAt = Infinity;
  for (const name of officials.keys()) {
    const at = text.indexOf(name);
    if (at >= 0 && at < firstAt) {
      official = name;
      firstAt = at;
    }
  }
  if (official === null && kind !== "signing") return null;
  const date = facts.dates.some((d) => d.value !== null) ? dateBefore(facts, found.at) : carriedDate;
  return {
    kind,
    official,
    role: official === null ? null : (officials.get(official) ?? null),
    orgNames,
    placeId: facts.places[0]?.placeId ?? null,
    date,
    sentence: facts.sentence,
    quote: facts.sentence.text,
  };
}
