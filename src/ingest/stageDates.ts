/**
 * The date of a project's stage: the day its signing, groundbreaking or opening happened, as the text reports
 * it. Reports date an event once, at the head of the paragraph that tells it ("9月28日,横林镇举行…开竣工仪式。
 * …竣工项目2个,分别是A、B"), or right before the verb ("今年10月,X项目签约落户"). A date the text gives for a
 * plan ("预计2024年1月主体封顶", "计划2024年底竣工") is not the date of anything that happened.
 */
import type { SentenceFacts } from "./sentenceFacts";
import type { DateMention } from "./types";

/** Words that make the date after them a plan's: 预计2024年…, 计划明年…, 力争年内…. */
const PLAN_BEFORE =
  /(?:预计|计划|力争|争取|确保|有望|将于|将在|将|拟于|拟|目标|预期|届时|年底前|之前)[^,，;；。]{0,6}$/;
/** …or a plan's by what follows it: "2024年底前建成", "2026年这座医院将实现…". */
const PLAN_AFTER = /^(?:[底末初中]?前|以前|之前)|^[^,，;；。]{0,6}?(?:将|要|力争|争取|有望|预计)/;

/** Whether a date of the sentence is a plan's, not an event's. Positions relative to the sentence. */
export function isPlanDate(sentence: string, date: { start: number; end: number }): boolean {
  const before = sentence.slice(Math.max(0, date.start - 12), date.start);
  const after = sentence.slice(date.end, date.end + 8);
  return PLAN_BEFORE.test(before) || PLAN_AFTER.test(after);
}

const precise = (d: DateMention) => d.precision === "day" || d.precision === "month";

/**
 * The date that opens a sentence and so dates what it and the sentences after it narrate ("13日,市长丁纯一行
 * 拜访了…", "本报讯 12月21日,我区开展…督查", "当地时间9月25日,…"). Only a month or a day does: "今年该所…"
 * opens a sentence but dates nothing after it.
 */
export function openingDate(facts: SentenceFacts): string | null {
  const d = facts.dates.find(
    (x) =>
      x.value !== null &&
      precise(x) &&
      /^(?:[^\u4e00-\u9fff]*|本报讯|当地时间|[^,，。]{0,6}讯)\s*$/.test(
        facts.sentence.text.slice(0, x.start - facts.sentence.start),
      ),
  );
  return d?.value ?? null;
}

/**
 * The date of the stage stated at `at` (relative to the sentence): the nearest event date written before it in
 * the sentence (a month or a day before a bare year: "7月24日上午,…2023年第三次…推进会暨X项目开工仪式" is
 * 7月24日), else one after it in the sentence, else the date the paragraph opened with (`carried`). A year that
 * numbers a meeting (2023年第三次) gives way to a carried day of that year.
 * @example stageDate(facts("8月19日,X项目集中开工仪式举行"), 12, null) // "2023-08-19"
 */
export function stageDate(
  facts: SentenceFacts,
  at: number,
  carried: string | null,
  isOwn: (at: number) => boolean = () => true,
): string | null {
  const text = facts.sentence.text;
  const base = facts.sentence.start;
  // Only dates the project may own (`isOwn`: not in another project's clause) date its stage.
  const events = facts.dates.filter(
    (d) =>
      d.value !== null &&
      isOwn(d.start - base) &&
      !isPlanDate(text, { start: d.start - base, end: d.end - base }),
  );
  const before = events.filter((d) => d.start - base <= at);
  const pick =
    before.filter(precise).at(-1) ??
    events.filter((d) => d.start - base > at && precise(d))[0] ??
    before.at(-1) ??
    events[0];
  const own = pick?.value ?? null;
  // "日前,X与常州签署…": a date the text says it does not know (日前, 近日) is not the paragraph's date either.
  const unknownBefore = facts.dates.some((d) => d.value === null && d.start - base <= at);
  if (own === null) return unknownBefore ? null : carried;
  // "2023年第三次推进会暨X项目开工仪式": a year that numbers a meeting gives way to the paragraph's day of it.
  const numbering = /^(?:第|度)/.test(text.slice(pick!.end - base, pick!.end - base + 1));
  if (pick!.precision === "year" && numbering && carried !== null && carried.startsWith(own)) return carried;
  return own;
}
