import { extractAmounts } from "./amounts";
import { cleanArticle } from "./clean";
import { extractDates } from "./dates";
import { extractOrganizations } from "./organizations";
import { extractPlaces } from "./places";
import { readMentions } from "./projectMentions";
import { bySentence, type SentenceFacts } from "./sentenceFacts";

/** The mentions of the first sentence of a text, with what the earlier stages found in it. */
function mentionsOf(text: string) {
  const clean = cleanArticle(text);
  const orgs = extractOrganizations(clean.text).flatMap((org) =>
    org.mentions.map((span) => ({ start: span.start, span, org })),
  );
  const at = <T extends { start: number }>(items: T[]) => bySentence(clean.sentences, items)[0] ?? [];
  const facts: SentenceFacts = {
    sentence: clean.sentences[0]!,
    amounts: at(extractAmounts(clean.text)),
    dates: at(extractDates(clean.text, "2024-03-06")),
    places: at(extractPlaces(clean.text)),
    orgs: at(orgs),
  };
  return readMentions(facts, 0, 0).map((m) => ({
    name: m.name,
    stage: m.stage,
    list: m.list !== null,
    reported: m.reported,
  }));
}

describe("readMentions", () => {
  it.each([
    // A specific name that says it is a project is one, even where its sentence states no stage.
    ["瑞达半导体封测项目进展顺利。", ["瑞达半导体封测项目"]],
    // A kind of project is not, nor a verb phrase that ends in 项目.
    ["新能源汽车项目进展顺利。", []],
    ["李某详细询问项目进展。", []],
    ["市领导督导金坛重大项目推进情况。", []],
  ])("%s → reported %j", (sentence, names) => {
    expect(
      mentionsOf(sentence)
        .filter((m) => m.reported)
        .map((m) => m.name),
    ).toEqual(names);
  });

  it("a name with a stage is a reported project", () => {
    expect(mentionsOf("江苏万达精密轴承项目开工。")).toEqual([
      { name: "江苏万达精密轴承项目", stage: "开工", list: false, reported: true },
    ]);
  });

  it("A项目、B项目相继开工: each its own project with the shared stage", () => {
    expect(mentionsOf("天合光能储能项目、中创新航电池项目相继开工。")).toEqual([
      { name: "天合光能储能项目", stage: "开工", list: true, reported: true },
      { name: "中创新航电池项目", stage: "开工", list: true, reported: true },
    ]);
  });

  it.each(["新招引落户37个新能源项目。", "在建新能源项目100个。", "一批优质项目集中签约。"])(
    "a counted batch is no mention: %s",
    (text) => {
      expect(mentionsOf(text)).toEqual([]);
    },
  );

  it("a goal is no project: 打造成全国最大的锂离子电池制造基地", () => {
    expect(mentionsOf("金坛将打造成全国最大的锂离子电池制造基地。").filter((m) => m.reported)).toEqual([]);
  });
});
