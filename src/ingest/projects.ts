/**
 * Projects, assembled per sentence from what the earlier stages found: the project names of the sentence,
 * the organizations (or the one a "该所 / 该公司 / 集团" refers back to), the most specific place, the sector,
 * the stage, the date and the figures. Every project keeps the exact sentence it came from.
 */
import type { Stage } from "../core/dataset";
import { PLACES } from "../core/places";
import type { Sentence } from "./clean";
import { findProjectNames, type ProjectName } from "./projectNames";
import type { PlaceMention } from "./places";
import { classifySector, sectorKeywords } from "./sectors";
import { maskSpans, stageOf } from "./stages";
import type { AmountMention, DateMention, OrgEntity, Span } from "./types";

export interface ProjectCandidate {
  name: string;
  /** Canonical names of the partner organizations. */
  orgNames: string[];
  placeId: string | null;
  sectorId: string | null;
  /** Sector keywords of the sentence (钠离子电池, 固态电池 …), for filtering and for the analyst's eye. */
  tags: string[];
  stage: Stage | null;
  date: string | null;
  sentence: Sentence;
  amounts: AmountMention[];
}

export interface SentenceFacts {
  sentence: Sentence;
  amounts: AmountMention[];
  dates: DateMention[];
  places: PlaceMention[];
  /** Organization mentions in the sentence, with the entity each belongs to. */
  orgs: { span: Span; org: OrgEntity }[];
}

const PLACE_BY_ID = new Map(PLACES.map((p) => [p.id, p] as const));

/** A park is more specific than its district: 溧阳市 … 江苏中关村科技产业园 → the park. */
function mostSpecificPlace(mentions: readonly PlaceMention[]): string | null {
  let best: string | null = null;
  for (const m of mentions) {
    const kind = PLACE_BY_ID.get(m.placeId)?.kind;
    if (best === null || (kind === "park" && PLACE_BY_ID.get(best)?.kind !== "park")) best = m.placeId;
  }
  return best;
}

/** Words that refer back to the organization of an earlier sentence ("今年该所与溧阳市政府…共建了…"). */
const BACK_REFERENCE = /^[^,，。]{0,6}?(?:该所|该院|该公司|该集团|该基金|该企业|集团目前|集团)/;

/** "投资的江苏芯盛智能科技有限公司已落户…": a company that itself settles, starts or produces is the project. */
const COMPANY_AS_PROJECT = /^(?:已经?|正式|成功|现已)?(?:落户|开工|投产)/;

/** Where the clause holding `at` ends (the next comma or stop), so partners named after it are not taken. */
function clauseEnd(text: string, at: number): number {
  const rest = text.slice(at).search(/[,，;；。]/);
  return rest < 0 ? text.length : at + rest;
}

/** The date written nearest before `at` in the sentence ("2010年…成立…,今年初又…签署…" → 今年初 for what follows it). */
export function dateBefore(facts: SentenceFacts, at: number): string | null {
  let best: string | null = null;
  for (const d of facts.dates) if (d.value !== null && d.start - facts.sentence.start <= at) best = d.value;
  return best ?? facts.dates.find((d) => d.value !== null)?.value ?? null;
}

/**
 * "同方威视下属的辐照事业部和拉曼事业部,拟在西太湖科技产业园建设项目": the projects are named only by who
 * builds them. Each subject of the first clause becomes a project named after it.
 */
function namesFromSubject(sentence: string): string[] {
  if (!/(?:建设|投资|实施)(?:了)?项目|(?:落户|签约)[^,，。]*$/.test(sentence.split(/[。]/)[0] ?? ""))
    return [];
  const subject = /^([^,，。]{2,40}?)(?:[,，])?(?:拟|将|计划)?在/.exec(sentence)?.[1];
  if (!subject || !/下属|旗下/.test(subject)) return [];
  const [owner = "", units = ""] = subject.split(/下属的?|旗下的?/);
  return units
    .split(/[和、及与]/)
    .filter((u) => u.length >= 2)
    .map((u) => `${owner}${u}项目`);
}

function overlaps(a: Span, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Spans of the sentence relative to the sentence start. */
function relative<T extends Span>(span: T, sentence: Sentence): { start: number; end: number } {
  return { start: span.start - sentence.start, end: span.end - sentence.start };
}

/**
 * The projects of one sentence.
 * @example assembleProjects(facts, lastOrg) // [{ name: "动车组检修基地", orgNames: ["中国中车股份有限公司"], stage: "拟建", … }]
 */
export function assembleProjects(facts: SentenceFacts, previousOrg: OrgEntity | null): ProjectCandidate[] {
  const { sentence } = facts;
  const partners = facts.orgs.filter((o) => o.org.kind !== "政府");
  // A name that cuts an organization's name in two is a misreading ("中美绿色投资管理有限公司" is no "投资…" project).
  let names: ProjectName[] = findProjectNames(sentence.text).filter(
    (n) =>
      !facts.orgs.some((o) => {
        const r = relative(o.span, sentence);
        return overlaps(n, r) && !(n.start <= r.start && r.end <= n.end);
      }),
  );
  const backReference = previousOrg && BACK_REFERENCE.test(sentence.text) ? previousOrg.name : null;
  /** Partners of a name: those named up to the end of its clause, and the one a 该所 / 集团 refers back to. */
  const partnersOf = (name: { start: number; end: number }): string[] => {
    const end = clauseEnd(sentence.text, name.end);
    // "共建了中科院物理所长三角研究中心": an organization that is also a project of the sentence stands for
    // its parent as partner (中国科学院物理研究所), not for itself.
    const named = partners
      .filter((o) => o.span.start - sentence.start < end)
      .map((o) => (names.some((x) => x.name === o.span.text) ? o.org.parent : o.org.name))
      .filter((o): o is string => o !== null);
    return [...new Set(backReference ? [backReference, ...named] : named)];
  };

  const masked = maskSpans(sentence.text, names);
  const stage = stageOf(masked);
  if (names.length === 0) {
    const fromSubject = namesFromSubject(sentence.text);
    if (fromSubject.length > 0) {
      names = fromSubject.map((name) => ({ start: 0, end: 0, text: name, name }));
    } else {
      const settled = partners.find((o) =>
        COMPANY_AS_PROJECT.test(sentence.text.slice(o.span.end - sentence.start)),
      );
      if (settled) {
        const r = relative(settled.span, sentence);
        names = [{ ...r, text: settled.span.text, name: `${settled.span.text}项目` }];
      }
    }
  }
  if (names.length === 0) return [];
  const sentencePlace = mostSpecificPlace(facts.places);
  // A project needs someone or somewhere, and a fact about it (a stage or a figure).
  if (partners.length === 0 && backReference === null && sentencePlace === null) return [];
  if (stage === null && facts.amounts.length === 0) return [];

  const tags = sectorKeywords(sentence.text);
  return names.map((n, i) => {
    // Figures belong to the nearest name before them (the first name also takes those before any name).
    // Names read from the subject have no position: one such project takes the figures, several share none.
    const next = names[i + 1];
    const amounts =
      n.end > n.start
        ? facts.amounts.filter((a) => {
            const at = a.start - sentence.start;
            return (i === 0 || at >= n.start) && (next === undefined || at < next.start);
          })
        : names.length === 1
          ? facts.amounts
          : [];
    // The name says most; then what the sentence says after it ("…已落户…,主要从事SSD固态存储控制芯片研发设计");
    // then the whole sentence.
    const sector =
      classifySector(n.name) ?? classifySector(sentence.text.slice(n.end)) ?? classifySector(sentence.text);
    // A place inside the name is the project's own ("武进高新区产业化基地"); else the sentence's most specific.
    const ownPlace = mostSpecificPlace(
      facts.places.filter((p) => p.start - sentence.start >= n.start && p.end - sentence.start <= n.end),
    );
    return {
      name: n.name,
      orgNames: partnersOf(n),
      placeId: ownPlace ?? sentencePlace,
      sectorId: sector?.id ?? null,
      tags,
      stage,
      date: dateBefore(facts, n.start),
      sentence,
      amounts,
    };
  });
}
