/**
 * What an article says about itself beyond its sentences: its headline (which restates the body and names the
 * district: "常州高新区18个重大项目集中开工"), its lead (the dateline sentence: "5月31日,常州高新区举行…") and its
 * publisher (a district government's page: "常州市天宁区人民政府"). A project whose own sentences name no
 * place takes the place these name, and says so (`placeFrom`).
 */
import type { Stage } from "../core/dataset";
import type { Sentence } from "./clean";
import { mostSpecificPlace } from "./placeChoice";
import { extractPlaces, type PlaceMention } from "./places";

/** What the article's metadata says (data/sources NAME.json). */
export interface ArticleMeta {
  title?: string | null;
  publisher?: string | null;
}

export interface ArticleContext {
  /** Indices of the sentences that are the headline (the title as printed, or 原标题:…). */
  headline: ReadonlySet<number>;
  /** The place the headline or lead names, if any. */
  articlePlace: string | null;
  /** The place the publisher's name holds, if any. */
  publisherPlace: string | null;
  /**
   * The stage the article's event gives every project it reports without a stage of its own: a 集中开工 is
   * 开工, a 集中签约 签约, an inspection of projects (督查, 观摩) 在建. Null when the event is none of these or
   * more than one ("签约开工").
   */
  eventStage: Stage | null;
}

/** Events of a whole article, by the stage they give what they list. */
const EVENT_STAGES: ReadonlyArray<readonly [Stage, RegExp]> = [
  ["开工", /集中开工|开工仪式|开工活动|奠基仪式|开工建设活动/],
  ["签约", /集中签约|签约仪式|签约活动|签约大会/],
  ["投产", /集中竣工|竣工仪式|竣工投产仪式/],
  [
    "在建",
    /(?:督查|观摩|视察|督导|检查|调研)[^。]{0,24}?(?:项目|工程)|(?:项目|工程)[^。]{0,12}?(?:督查|观摩|视察|督导)|(?:集中|现场)督查|督查现场/,
  ],
];

function eventStageOf(text: string): Stage | null {
  const kinds = EVENT_STAGES.filter(([, pattern]) => pattern.test(text)).map(([stage]) => stage);
  return kinds.length === 1 ? kinds[0]! : null;
}

const plain = (s: string) => s.replace(/[\s|:：!！,，。“”"]/g, "");

/** A dateline: "5月31日,", "人民网常州6月23日电", "2月12日上午". */
const DATELINE = /\d{1,2}月\d{1,2}日|日电|讯\s*[(（]|^(?:近日|日前)/;

/** The sentences of the lead: the first sentence with a dateline, and the one after it. */
function leadSentences(sentences: readonly Sentence[], headline: ReadonlySet<number>): number[] {
  const first = sentences.findIndex((s, i) => !headline.has(i) && i < 12 && DATELINE.test(s.text));
  return first < 0 ? [] : [first];
}

/**
 * The context of one article.
 * @example articleContext(sentences, places, { title: "常州139个重大项目开工 总投资1007.9亿元", publisher: null })
 */
export function articleContext(
  sentences: readonly Sentence[],
  places: readonly PlaceMention[],
  meta: ArticleMeta,
): ArticleContext {
  const title = meta.title ? plain(meta.title) : "";
  const headline = new Set<number>();
  sentences.forEach((s, i) => {
    const text = plain(s.text);
    if (/^原标题/.test(text)) headline.add(i);
    else if (
      title.length >= 6 &&
      i < 8 &&
      (text === title ||
        (text.length >= 6 && title.includes(text)) ||
        (text.includes(title) && text.length < title.length + 12))
    )
      headline.add(i);
  });
  const placesIn = (s: Sentence) =>
    places.filter((p) => p.start >= s.start && p.end <= s.end).map((p) => p.placeId);
  const titlePlace = mostSpecificPlace(meta.title ? extractPlaces(meta.title).map((p) => p.placeId) : []);
  const leadPlace = mostSpecificPlace(
    leadSentences(sentences, headline).flatMap((i) => placesIn(sentences[i]!)),
  );
  const publisherPlace = mostSpecificPlace(
    meta.publisher ? extractPlaces(meta.publisher).map((p) => p.placeId) : [],
  );
  const lead = leadSentences(sentences, headline);
  const eventText = [
    meta.title ?? "",
    ...[...headline].map((i) => sentences[i]!.text),
    ...lead.map((i) => sentences[i]!.text),
    // The first lines of the body: captions and the lead paragraph ("X项目督查现场", "我区开展集中现场督查").
    ...sentences
      .filter((_, i) => !headline.has(i))
      .slice(0, 3)
      .map((s) => s.text),
  ].join("。");
  return {
    headline,
    articlePlace: titlePlace ?? leadPlace,
    publisherPlace,
    eventStage: eventStageOf(eventText),
  };
}
