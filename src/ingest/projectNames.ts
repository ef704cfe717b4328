/**
 * Project names in a sentence, by the forms Chinese reports use. Each form is one pattern and one rule, like
 * chrono's parsers; `findProjectNames` runs them all and keeps the non-overlapping, longest results.
 */
import type { Span } from "./types";

export interface ProjectName extends Span {
  /** The name as the dataset shows it (等/项目 trimmed where they are not part of it). */
  name: string;
}

/** Characters a name can hold: CJK, Latin letters, digits, brackets and the middle dot. No punctuation. */
const NAME = "[\\u4e00-\\u9fffA-Za-z0-9（）()·“”\\-]";

/** Nouns a project name ends with. */
const PROJECT_NOUN =
  "(?:项目|基地|中心|平台|科技园|产业园|园区|工厂|工程|总部|生产线|互联网|研究院|创新院|示范区|储气库|电站|港|城)";

/** Verbs that take a project as their object: 建设X, 共建了X, 投资运营X, 签约建设X. */
const VERB_OBJECT = new RegExp(
  `(?:合作共建|共建|投资运营|投资建设|签约建设|建设|新建|运营|引进|投资)(?:了)?(?<name>${NAME}{3,40}?)(?:等(?:项目)?|项目)?(?=[,，。;；、]|$|并|及其)`,
  "g",
);

/** A name that opens a clause and is followed by a figure or a stage: "北自所常州基地一期总投?.38亿元". */
const SUBJECT = new RegExp(
  `(?:^|[,，;；])(?<name>${NAME}{2,30}?${PROJECT_NOUN})(?=一期|二期|总投|计划总投|项目|已|正|于|将|目前|经过|建成|开工|投产)`,
  "g",
);

/** "X项目" wherever it stands after a boundary: "包括江苏德春电力高压电柜项目在内". */
const NAMED_PROJECT = new RegExp(`(?:^|[,，;；、:：]|的)(?:包括|其中)?(?<name>${NAME}{2,40}?项目)`, "g");

/** "就A和B、C等项目达成合作协议": each item of the list is a project. Split on 和 and 、 only (钠离子电池及材料 is one). */
const PROJECT_LIST = new RegExp(
  `(?:^|[,，;；:：]|就|包括|其中)(?<name>${NAME}{2,30}?(?:[和、]${NAME}{2,30}?)+)等(?:产业化)?项目`,
  "g",
);

/**
 * Words that never stand inside a project's name: verbs and function words of the sentence around it
 * ("推动常州重大项目建设", "已进入验收阶段", "承接了…中心项目").
 */
const NOT_IN_NAME =
  /[的了在拟将已向对把被为是]|建设|推动|支持|吸引|成为|进入|承接|包括|作出|具有|共有|努力|表示|希望|签约|签署|合作|带动|更多|相关|企业|董事长|一行|领域|等地|\d+个|达成|举行|实现|加快|提升|推进|围绕|还有|一批|亿元|万元|美元/;

/** A verb's object is a project only when it is named like one ("建设动车组检修基地", not "建设工业明星城市"). */
const ENDS_LIKE_PROJECT = new RegExp(`${PROJECT_NOUN}$|(?:项目|产业化)$`);

/** Names that are only words for "a project" or a slogan, never a project of its own. */
const GENERIC =
  /^(?:了|的)?(?:重大|重点|产业化|新兴|相关|合作|签约|开工|竣工|集中|优质|一批|多个|[0-9一二三四五六七八九十百]+个)*(?:项目|产业|基地|园区|平台)$|城市$|模式$|环境$|体系$|机制$|能力$|水平$|^(?:好|强)|^(?:一|二|三|首)期(?:工程|项目)?$|^(?:常州|江苏|[\u4e00-\u9fff]{1,4}[省市区县])*(?:省级|市级|区级|省|市|区)?(?:重大|重点|大|优质)(?:产业)?项目$/;

function trimName(raw: string): string {
  return raw
    .replace(/^(?:就|对|了|一批|一个|一座|一条|新的|全新的)/, "")
    .replace(/等(?:产业化)?(?:项目)?$/, "")
    .trim();
}

/**
 * The project names of one sentence, in order.
 * @example findProjectNames("钟楼区与北自所签约建设中机云创工业互联网。").map(n => n.name) // ["中机云创工业互联网"]
 */
export function findProjectNames(sentence: string): ProjectName[] {
  const found: ProjectName[] = [];
  const add = (raw: string, start: number, needsProjectEnding: boolean) => {
    const name = trimName(raw);
    if (name.length < 3 || GENERIC.test(name) || NOT_IN_NAME.test(name)) return;
    if (needsProjectEnding && !ENDS_LIKE_PROJECT.test(name)) return;
    found.push({ start, end: start + raw.length, text: raw, name });
  };
  for (const pattern of [SUBJECT, VERB_OBJECT, NAMED_PROJECT]) {
    for (const m of sentence.matchAll(pattern)) {
      const raw = m.groups?.name ?? "";
      const start = (m.index ?? 0) + m[0].indexOf(raw);
      if (pattern === VERB_OBJECT && /[^等]项目$/.test(m[0]) && !ENDS_LIKE_PROJECT.test(raw)) {
        // "投资热电联产项目": the name is 热电联产项目 (项目 was matched apart so that "…基地等项目" trims well).
        add(raw + "项目", start, false);
      } else {
        add(raw, start, pattern === VERB_OBJECT && !/等$/.test(m[0]));
      }
    }
  }
  for (const m of sentence.matchAll(PROJECT_LIST)) {
    const list = m.groups?.name ?? "";
    let at = (m.index ?? 0) + m[0].indexOf(list);
    for (const item of list.split(/[和、]/)) {
      add(item, at, false);
      at += item.length + 1;
    }
  }
  // Longest first, then drop any that overlaps one already kept.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: ProjectName[] = [];
  for (const f of found) if (!kept.some((k) => f.start < k.end && k.start < f.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}
