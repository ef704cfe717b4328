/** `cz extract FILE [--published YYYY-MM-DD] [--json]`: what one article yields. */
import type { Place } from "../core/dataset";
import { PLACES } from "../core/places";
import { SECTOR_TREE } from "../core/sectors";
import type { ArticleExtraction } from "../ingest/extractArticle";
import { distinctPlaces } from "../ingest/places";
import { formatTable } from "./table";

const isTownLevel = (kind: Place["kind"]) => kind === "town" || kind === "street";
const placeJson = (p: Place) => ({
  id: p.id,
  name: p.name,
  aliases: p.aliases,
  kind: p.kind,
  parentId: p.parentId,
});

const placeName = (id: string | null) => (id === null ? null : (PLACES.find((p) => p.id === id)?.name ?? id));
const sectorName = (id: string | null) =>
  id === null ? null : (SECTOR_TREE.find((s) => s.id === id)?.name ?? id);

/**
 * The extraction of one article as one JSON object with the dataset's sections (and every date expression).
 * @example toExtractJson(extractArticle(text, "2018-11-13")).amounts[0] // { text: "新增产?0-100亿元", low: 10, high: 100, … }
 */
export function toExtractJson(ex: ArticleExtraction) {
  return {
    organizations: ex.organizations.map((o) => ({
      name: o.name,
      aliases: o.aliases,
      kind: o.kind,
      parent: o.parent,
    })),
    // Districts and parks; towns and streets are finer than the corpus's place list and get their own.
    places: distinctPlaces(ex.places)
      .filter((p) => !isTownLevel(p.kind))
      .map(placeJson),
    towns: distinctPlaces(ex.places)
      .filter((p) => isTownLevel(p.kind))
      .map(placeJson),
    projects: ex.projects.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      organizations: p.orgNames,
      place: placeName(p.placeId),
      placeFrom: p.placeFrom,
      sector: sectorName(p.sectorId),
      tags: p.tags,
      stage: p.stage,
      date: p.date,
      amounts: p.amounts.map((a) => a.text),
      quote: p.quote,
    })),
    amounts: ex.amounts.map((a, i) => {
      const link = ex.figures[i];
      return {
        text: a.text,
        measure: a.measure,
        unit: a.unit,
        low: a.low,
        high: a.high,
        qualifier: a.qualifier,
        scope: link?.scope ?? "project",
        projectCount: link?.projectCount ?? null,
        project: ex.projects[link?.project ?? -1]?.name ?? null,
        place: placeName(link?.placeId ?? null),
        quote: link?.quote ?? null,
      };
    }),
    events: ex.events.map((e) => ({
      date: e.date,
      kind: e.kind,
      official: e.official,
      role: e.role,
      organizations: e.orgNames,
      place: placeName(e.placeId),
      quote: e.quote,
    })),
    dates: ex.dates.map((d) => ({
      text: d.text,
      value: d.value,
      precision: d.precision,
      qualifier: d.qualifier,
    })),
  };
}

const show = (v: unknown) => (v === null || v === undefined ? "—" : String(v));

/** The extraction as readable tables, one section after another. */
export function formatExtraction(ex: ArticleExtraction): string {
  const j = toExtractJson(ex);
  const section = (title: string, header: string[], rows: string[][]) =>
    `${title} (${rows.length})\n${rows.length > 0 ? formatTable(header, rows) : "  (none)"}\n`;
  return [
    section(
      "Projects 项目",
      [
        "name 名称",
        "partners 合作方",
        "place 地点",
        "sector 行业",
        "stage 阶段",
        "date 日期",
        "figures 金额",
      ],
      j.projects.map((p) => [
        p.name,
        p.organizations.join("、"),
        show(p.place),
        show(p.sector),
        show(p.stage),
        show(p.date),
        p.amounts.join("; "),
      ]),
    ),
    section(
      "Figures 数字",
      ["text 原文", "measure 指标", "low", "high", "unit 单位", "qualifier", "scope 范围", "project 项目"],
      j.amounts.map((a) => [
        a.text,
        a.measure,
        show(a.low),
        show(a.high),
        a.unit,
        a.qualifier,
        a.projectCount === null ? a.scope : `${a.scope} (${a.projectCount})`,
        show(a.project),
      ]),
    ),
    section(
      "Organizations 机构",
      ["name 名称", "kind 类型", "aliases 简称", "parent 上级"],
      j.organizations.map((o) => [o.name, o.kind, o.aliases.join("、"), show(o.parent)]),
    ),
    section(
      "Places 地点",
      ["name 名称", "kind", "aliases"],
      [...j.places, ...j.towns].map((p) => [p.name, p.kind, p.aliases.join("、")]),
    ),
    section(
      "Events 活动",
      ["date 日期", "kind", "official 领导", "role 职务", "partners 合作方"],
      j.events.map((e) => [show(e.date), e.kind, show(e.official), show(e.role), e.organizations.join("、")]),
    ),
    section(
      "Dates 日期",
      ["text 原文", "value", "qualifier"],
      j.dates.map((d) => [d.text, show(d.value), d.qualifier]),
    ),
  ].join("\n");
}
