import { cleanArticle } from "./clean";
import { extractDates } from "./dates";
import type { SentenceFacts } from "./sentenceFacts";
import { isPlanDate, openingDate, stageDate } from "./stageDates";

const PUBLISHED = "2023-11-14";

function factsOf(sentence: string): SentenceFacts {
  const clean = cleanArticle(sentence);
  return {
    sentence: clean.sentences[0]!,
    amounts: [],
    dates: extractDates(clean.text, PUBLISHED),
    places: [],
    orgs: [],
  };
}

const stageAt = (sentence: string, word: string) => sentence.indexOf(word);

describe("stageDate", () => {
  it.each([
    // The date right before the verb.
    ["8月19日,某某创新社区项目集中开工仪式举行", "开工", null, "2023-08-19"],
    ["今年10月,某某药物基地项目签约落户西太湖", "签约", null, "2023-10"],
    // A day of the sentence beats a year that only numbers a meeting.
    ["7月24日上午,某市2023年第三次重大项目推进会暨某某产业园项目开工仪式举行", "开工", null, "2023-07-24"],
    // A plan's date is no event's: the paragraph's date stands.
    ["某某医院二期工程正在建设,计划2024年底竣工", "建设", "2023-03-20", "2023-03-20"],
    ["某某项目加快建设,预计2024年1月主体封顶", "建设", null, null],
    // No date in the sentence: the one the paragraph opened with.
    ["竣工项目2个,分别是甲项目、乙项目", "竣工", "2023-09-28", "2023-09-28"],
    // A year that numbers a meeting gives way to the paragraph's day of that year; a plain year stands.
    ["2023年第二次推进会暨甲乙项目开工仪式举行", "开工", "2023-05-06", "2023-05-06"],
    ["今年初甲乙项目签约", "签约", "2023-11-05", "2023"],
    // "日前" says the day is not known: the paragraph's date is not borrowed for it.
    ["日前,甲乙公司与常州签署合作协议", "签署", "2023-11-13", null],
  ])("%s (%s) → %s", (sentence, word, carried, date) => {
    expect(stageDate(factsOf(sentence), stageAt(sentence, word), carried)).toBe(date);
  });
});

describe("isPlanDate", () => {
  it.each([
    ["预计2024年1月主体封顶", true],
    ["力争2025年底前建成", true],
    ["2026年这座医院将实现主体封顶", true],
    ["2023年5月某项目开工", false],
    ["2023年9月底完成竣工验收", false],
  ])("%s → %s", (sentence, plan) => {
    const [date] = extractDates(sentence, PUBLISHED);
    expect(isPlanDate(sentence, date!)).toBe(plan);
  });
});

describe("openingDate", () => {
  it.each([
    ["9月28日,某镇举行开竣工仪式", "2023-09-28"],
    ["本报讯 12月21日,我区开展集中督查", "2023-12-21"],
    ["当地时间9月25日,代表团拜访企业", "2023-09-25"],
    ["今年该所与某市政府共建研究中心", null],
    ["某某项目于9月28日开工", null],
  ])("%s → %s", (sentence, date) => {
    expect(openingDate(factsOf(sentence))).toBe(date);
  });
});
