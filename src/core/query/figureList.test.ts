import { tinyDataset } from "../../../test/fixtures/tinyDataset";
import type { Amount, Dataset } from "../dataset";
import { createQueryEngine } from "./engine";
import { FIGURE_COLUMNS, parseFigureScope } from "./figureList";
import { QueryError } from "./queryError";

function withBatches(): Dataset {
  const base = tinyDataset();
  const template = base.amounts.find((a) => a.id === "a8")!;
  const batch = (id: string, extra: Partial<Amount>): Amount => ({ ...template, id, ...extra });
  return {
    ...base,
    amounts: [
      ...base.amounts,
      batch("b1", {
        scope: "batch",
        projectCount: 18,
        low: 80,
        high: 80,
        measure: "总投资",
        placeId: "changzhou-hi-tech",
        date: "2023-02",
      }),
      batch("b2", {
        scope: "threshold",
        projectCount: 6,
        low: 10,
        high: null,
        qualifier: "over",
        measure: "投资",
        placeId: "jintan",
        date: "2019",
      }),
      batch("b3", {
        scope: "aggregate",
        low: 266.7,
        high: 266.7,
        measure: "累计完成投资",
        placeId: null,
        date: "2024",
      }),
    ],
  };
}

const column = (name: (typeof FIGURE_COLUMNS)[number]) => FIGURE_COLUMNS.indexOf(name);

describe("CZ.FIGURES", () => {
  const engine = createQueryEngine(withBatches());

  it("lists every figure no total adds, newest first, with its project count and place", () => {
    const [header, ...rows] = engine.figures();
    expect(header).toEqual([...FIGURE_COLUMNS]);
    expect(rows[0]![column("scope")]).toBe("aggregate");
    expect(rows.map((r) => [r[column("scope")], r[column("low")], r[column("projects")]]).sort()).toEqual([
      ["aggregate", 266.7, ""],
      ["batch", 80, 18],
      ["threshold", 10, 6],
      ["unattached", 50, ""],
    ]);
    expect(rows.find((r) => r[column("scope")] === "batch")![column("place")]).toBe("常州高新区");
  });

  it("selects by scope in English or Chinese, by place (a district with its parks) and by year", () => {
    expect(
      engine
        .figures("批量")
        .slice(1)
        .map((r) => r[column("low")]),
    ).toEqual([80]);
    expect(engine.figures("batch, threshold").length).toBe(3);
    expect(
      engine
        .figures("", "金坛")
        .slice(1)
        .map((r) => r[column("low")]),
    ).toEqual([10]);
    expect(engine.figures("", "", "2023:2024").length).toBe(3);
    // Project figures on request: the tiny dataset's own.
    expect(engine.figures("project").length - 1).toBe(
      tinyDataset().amounts.filter((a) => a.projectId !== null).length,
    );
  });

  it("batch figures never reach CZ.TOTAL", () => {
    expect(engine.total("*")).toBe(createQueryEngine(tinyDataset()).total("*"));
    expect(engine.total("*", "", "总投资")).toBe(createQueryEngine(tinyDataset()).total("*", "", "总投资"));
  });

  it.each(["projekt", "constructor", "__proto__"])(
    "an unknown scope '%s' is #VALUE! listing the scopes",
    (scope) => {
      expect(() => parseFigureScope(scope)).toThrow(QueryError);
      expect(() => parseFigureScope(scope)).toThrow(/batch 批量/);
    },
  );
});
