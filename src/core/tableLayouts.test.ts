import { buildDataset } from "../ingest/buildDataset";
import { EMPTY_CURATION } from "../ingest/curation";
import { SEED_ARTICLE } from "../../test/seedFixture";
import type { Dataset } from "./dataset";
import { TABLE_LAYOUTS, TABLE_NAMES, datePrecision, excelSerial, layoutOf, rowsOf } from "./tableLayouts";

const seed = buildDataset([SEED_ARTICLE], EMPTY_CURATION, "2026-11-29T00:00:00.000Z");

/** The rows of a table as objects keyed by header, for readable assertions. */
function records(table: (typeof TABLE_NAMES)[number], d: Dataset = seed) {
  const layout = layoutOf(table);
  return rowsOf(layout, d).map((row) => Object.fromEntries(layout.columns.map((c, i) => [c.header, row[i]])));
}

describe("excelSerial", () => {
  it.each([
    ["1900-01-01", 1],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["1970-01-01", 25569],
    ["2018-11-13", 43417],
    ["2018-05", 43221],
    ["2018", 43101],
  ])("%s is serial %d", (iso, serial) => {
    expect(excelSerial(iso)).toBe(serial);
  });

  it.each(["2018-02-30", "2018-13", "1899-12-31", "18-05", "2018/05"])("%s is no serial", (iso) => {
    expect(excelSerial(iso)).toBeNull();
  });

  it("knows the precision as written", () => {
    expect([datePrecision("2018"), datePrecision("2018-05"), datePrecision("2018-05-01")]).toEqual([
      "year",
      "month",
      "day",
    ]);
  });
});

describe("TABLE_LAYOUTS", () => {
  it("has the five tables, each keyed by an ID column on a sheet of its own name", () => {
    expect(TABLE_LAYOUTS.map((l) => l.table)).toEqual([...TABLE_NAMES]);
    for (const l of TABLE_LAYOUTS) {
      expect(l.sheet).toBe(l.table);
      expect(l.columns[0]).toMatchObject({ key: "id", header: "ID", type: "text", numberFormat: "@" });
    }
  });

  it("has unique headers per table and a number format per type", () => {
    for (const l of TABLE_LAYOUTS) {
      expect(new Set(l.columns.map((c) => c.header)).size).toBe(l.columns.length);
      for (const c of l.columns) {
        const expected = { text: "@", number: "#,##0.00##", integer: "0", date: "yyyy-mm-dd" }[c.type];
        expect(c.numberFormat).toBe(expected);
      }
    }
  });

  it("is plain data that survives JSON (the .xlsx exporter and the pane share it)", () => {
    expect(JSON.parse(JSON.stringify(TABLE_LAYOUTS))).toEqual(TABLE_LAYOUTS);
  });
});

describe("rowsOf", () => {
  it("gives one row per record, as wide as the layout", () => {
    for (const l of TABLE_LAYOUTS) {
      const rows = rowsOf(l, seed);
      for (const row of rows) expect(row).toHaveLength(l.columns.length);
    }
    expect(rowsOf(layoutOf("CZ_Projects"), seed)).toHaveLength(seed.projects.length);
    expect(rowsOf(layoutOf("CZ_Amounts"), seed)).toHaveLength(seed.amounts.length);
    expect(rowsOf(layoutOf("CZ_Events"), seed)).toHaveLength(seed.events.length);
  });

  it("热电联产项目 sits in 新能源 / 热电 in 金坛区, dated 2017 (its groundbreaking, 2017?月) as a year", () => {
    const row = records("CZ_Projects").find((r) => r["Project"] === "热电联产项目");
    expect(row).toMatchObject({
      "Sector L1": "新能源",
      "Sector L2": "热电",
      District: "金坛区",
      Park: null,
      Stage: "开工",
      Date: excelSerial("2017"),
      "Date precision": "year",
      "Date (as written)": "2017",
      Year: 2017,
      Source: "汪泉率常州党政代表团赴北京对接央企和大院大所",
    });
    expect(typeof row?.["Quote"]).toBe("string");
  });

  it("a park's district is its parent: 特种焊接材料 in 常州科教城 is in 武进区", () => {
    const row = records("CZ_Projects").find((r) => r["Project"] === "特种焊接材料");
    expect(row).toMatchObject({ District: "武进区", Park: "常州科教城", "Sector L2": "焊接材料" });
  });

  it("a level-1 sector is its own level 2: 集成电路", () => {
    const row = records("CZ_Projects").find((r) => r["Project"] === "江苏芯盛智能科技有限公司项目");
    expect(row).toMatchObject({ "Sector L1": "集成电路", "Sector L2": "集成电路" });
  });

  it("no sector, no place and no date are empty cells", () => {
    const row = records("CZ_Projects").find((r) => r["Project"] === "同方威视辐照事业部项目");
    expect(row).toMatchObject({ "Sector L1": null, "Sector L2": null, Date: null, Year: null });
  });

  it("总投?0亿元 keeps bounds 10–90 and its mid 50", () => {
    const row = records("CZ_Amounts").find((r) => r["Figure (as written)"] === "计划总投?0亿元");
    expect(row).toMatchObject({
      Project: "热电联产项目",
      "Sector L1": "新能源",
      District: "金坛区",
      Stage: "开工",
      Year: 2017,
      Low: 10,
      High: 90,
      Mid: 50,
      Qualifier: "garbled",
      Unit: "亿元",
    });
  });

  it("a mid and a project's phases carry no binary noise: 0.1–0.2 has mid 0.15, 一期 0.1 + 二期 0.2 is 0.3", () => {
    const d = structuredClone(seed);
    const project = d.projects[0]!;
    const template = d.amounts[0]!;
    d.amounts = [
      {
        ...template,
        id: "m1",
        projectId: project.id,
        measure: "一期总投资",
        unit: "亿元",
        low: 0.1,
        high: 0.2,
        qualifier: "range",
        scope: "project",
      },
      {
        ...template,
        id: "m2",
        projectId: project.id,
        measure: "二期总投资",
        unit: "亿元",
        low: 0.2,
        high: 0.2,
        qualifier: "exact",
        scope: "project",
      },
    ];
    expect(records("CZ_Amounts", d).map((r) => r["Mid"])).toEqual([0.15, 0.2]);
    const row = records("CZ_Projects", d).find((r) => r["ID"] === project.id);
    expect(row).toMatchObject({ "Investment Low": 0.3, "Investment basis": "phases" });
  });

  it("超 has no ceiling and so no mid: 员工17万多人", () => {
    const row = records("CZ_Amounts").find((r) => r["Figure (as written)"] === "员工17万多人");
    expect(row).toMatchObject({ Low: 17, High: null, Mid: null, Qualifier: "over", Project: null });
  });

  it("a figure without a project has empty project columns but keeps quote and source", () => {
    const row = records("CZ_Amounts").find((r) => r["Project ID"] === null);
    expect(row).toMatchObject({ Project: null, "Sector L1": null, District: null, Date: null });
    expect(row?.["Quote"]).toEqual(expect.any(String));
    expect(row?.["Source"]).toEqual(expect.any(String));
  });

  it("joins organization names with 、 and counts projects per organization", () => {
    const project = seed.projects.find((p) => p.orgIds.length > 1);
    const row = records("CZ_Projects").find((r) => r["ID"] === project?.id);
    const expected = project?.orgIds
      .map((id) => seed.organizations.find((o) => o.id === id)?.name)
      .join("、");
    expect(row?.["Organizations"]).toBe(expected);
    const org = records("CZ_Organizations").find((r) => r["ID"] === project?.orgIds[0]);
    expect(org?.["Projects"]).toBeGreaterThanOrEqual(1);
  });

  it("events carry the date as written, its precision and the quote", () => {
    const row = records("CZ_Events").find((r) => r["Date (as written)"] === "2018-05");
    expect(row).toMatchObject({ Date: 43221, "Date precision": "month", Year: 2018 });
    expect(row?.["Quote"]).toEqual(expect.any(String));
  });

  it("sources keep their publish date as a date and as written", () => {
    expect(records("CZ_Sources")[0]).toMatchObject({
      ID: "seed-article",
      Published: excelSerial("2018-11-13"),
      "Published (as written)": "2018-11-13",
      URL: null,
    });
  });

  it("a layout with a subset of columns gets just those, in its order", () => {
    const layout = layoutOf("CZ_Amounts");
    const subset = { ...layout, columns: [layout.columns[15]!, layout.columns[0]!] };
    expect(rowsOf(subset, seed)[0]).toEqual([seed.amounts[0]!.high, seed.amounts[0]!.id]);
  });

  it("numbers are numbers and text is text, never a number written as text", () => {
    for (const l of TABLE_LAYOUTS) {
      const rows = rowsOf(l, seed);
      l.columns.forEach((c, i) => {
        for (const row of rows) {
          const v = row[i];
          if (v === null || v === undefined) continue;
          expect(typeof v).toBe(c.type === "text" ? "string" : "number");
        }
      });
    }
  });
});

describe("towns, inferred places, stage history and batch figures", () => {
  const article = (id: string, published: string, title: string, text: string) => ({
    id,
    title,
    publisher: "常州市人民政府",
    published,
    url: null,
    sha256: "0".repeat(64),
    text,
  });
  const d = buildDataset(
    [
      article(
        "sign",
        "2023-03-02",
        "签约",
        "3月1日，总投资20亿元的常州某某新能源电池项目在金坛区直溪镇签约。",
      ),
      article(
        "start",
        "2024-03-06",
        "常州高新区18个重大项目集中开工",
        "3月5日，总投资约20亿元的常州某某新能源电池项目开工。同日，18个重大项目集中开工，总投资80亿元。同日，江苏万达精密轴承项目开工。",
      ),
    ],
    EMPTY_CURATION,
    "2026-11-29T00:00:00.000Z",
  );

  it("a project in a town has district and town columns, and says where its place was read", () => {
    const row = records("CZ_Projects", d).find((r) => r["Project"] === "常州某某新能源电池项目");
    expect(row).toMatchObject({
      District: "金坛区",
      Park: null,
      Town: "直溪镇",
      "Place from": "sentence",
      Reports: 2,
    });
    expect(row?.["Stage history"]).toBe("2023-03-01 签约 · 2024-03-05 开工");
  });

  it("a place read from the headline says so", () => {
    const row = records("CZ_Projects", d).find((r) => r["Project"] === "江苏万达精密轴承项目");
    expect(row).toMatchObject({ Park: "常州高新区", "Place from": "article" });
  });

  it("a batch figure is in CZ_Amounts with its scope, size and place, and not counted", () => {
    const row = records("CZ_Amounts", d).find((r) => r["Figure (as written)"] === "总投资80亿元");
    expect(row).toMatchObject({ Scope: "batch", "Projects in figure": 18, Counted: "no", Project: null });
    expect(row?.["Park"]).toBe("常州高新区");
  });

  it("of one project's restatements only the most precise is counted", () => {
    const rows = records("CZ_Amounts", d).filter((r) => r["Project"] === "常州某某新能源电池项目");
    expect(rows.map((r) => [r["Figure (as written)"], r["Counted"]]).sort()).toEqual([
      ["总投资20亿元", "yes"],
      ["总投资约20亿元", "no"],
    ]);
  });
});
