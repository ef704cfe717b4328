import { layoutOf } from "../core/tableLayouts";
import { PIVOT_SOURCES, defaultPivot, mixesMeasures, pivotChoices, pivotProblem } from "./pivotChoices";

describe("pivotChoices", () => {
  test("CZ_Amounts values: Low, High, Mid sums and a count", () =>
    expect(pivotChoices("CZ_Amounts").values).toEqual([
      { kind: "sum", header: "Low" },
      { kind: "sum", header: "High" },
      { kind: "sum", header: "Mid" },
      { kind: "count", header: "ID" },
    ]));

  test("CZ_Projects values: each project's investment (low, high) or a count", () =>
    expect(pivotChoices("CZ_Projects").values).toEqual([
      { kind: "sum", header: "Investment Low" },
      { kind: "sum", header: "Investment High" },
      { kind: "count", header: "ID" },
    ]));

  test("the default pivot is investment by sector and district, as =CZ.TOTAL(sector, district) answers", () =>
    expect(defaultPivot("CZ_Projects")).toEqual({
      source: "CZ_Projects",
      rows: ["Sector L1"],
      columns: ["District"],
      values: [{ kind: "sum", header: "Investment Low" }],
    }));

  test.each(PIVOT_SOURCES)("%s: every choice is a header of the table's layout", (source) => {
    const headers = layoutOf(source).columns.map((c) => c.header);
    const choices = pivotChoices(source);
    for (const h of [...choices.groupFields, ...choices.values.map((v) => v.header)])
      expect(headers).toContain(h);
  });

  test("sectors, districts, stage and year can be grouped by; ids and quotes cannot", () => {
    const fields = pivotChoices("CZ_Projects").groupFields;
    for (const h of ["Sector L1", "Sector L2", "District", "Stage", "Year"]) expect(fields).toContain(h);
    for (const h of ["ID", "Quote", "Source ID"]) expect(fields).not.toContain(h);
  });

  test("number columns are values, not groups", () =>
    expect(pivotChoices("CZ_Amounts").groupFields).not.toContain("Low"));
});

describe("defaultPivot and pivotProblem", () => {
  test("the default pivot of amounts is Sector L1 × Measure, sum of Low", () =>
    expect(defaultPivot("CZ_Amounts")).toEqual({
      source: "CZ_Amounts",
      rows: ["Sector L1"],
      columns: ["Measure"],
      values: [{ kind: "sum", header: "Low" }],
    }));
  test("the default pivot of projects is Sector L1 × District, a count", () =>
    expect(defaultPivot("CZ_Projects")).toMatchObject({ rows: ["Sector L1"], columns: ["District"] }));
  test("the default pivot is valid", () => expect(pivotProblem(defaultPivot("CZ_Projects"))).toBeNull());
  test("rows are required", () =>
    expect(pivotProblem({ ...defaultPivot("CZ_Amounts"), rows: [] })).toBe("needsRows"));
  test("rows and columns must differ", () =>
    expect(pivotProblem({ ...defaultPivot("CZ_Amounts"), columns: ["Sector L1"] })).toBe("sameField"));
});

describe("mixesMeasures", () => {
  const amounts = defaultPivot("CZ_Amounts");
  test("the default amounts pivot keeps measures apart", () => expect(mixesMeasures(amounts)).toBe(false));
  test("a sum by sector and district alone adds measures together", () =>
    expect(mixesMeasures({ ...amounts, columns: ["District"] })).toBe(true));
  test("a count never mixes", () =>
    expect(
      mixesMeasures({ ...amounts, columns: ["District"], values: [{ kind: "count", header: "ID" }] }),
    ).toBe(false));
  test("projects never mix", () => expect(mixesMeasures(defaultPivot("CZ_Projects"))).toBe(false));
});
