import { curationSchema } from "./curation";

const settle = (extra: Record<string, unknown> = {}) => ({
  id: "settle-1",
  action: "settleAmount",
  reason: "confirmed by the district's report",
  source: "seed-article",
  text: "总投?0亿元",
  low: 50,
  high: 50,
  evidence: { source: "https://example.invalid/report", quote: "总投资50亿元" },
  ...extra,
});

/** The messages a curation file gets, as `cz build` shows them after the file name. */
function problems(entries: unknown[]): string[] {
  const result = curationSchema.safeParse({ entries });
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
}

describe("the curation file", () => {
  test("a well-formed entry is read as written", () => {
    expect(curationSchema.parse({ entries: [settle()] }).entries[0]).toMatchObject({
      id: "settle-1",
      low: 50,
      qualifier: "exact",
    });
  });

  test("an unknown field is refused naming the entry, never dropped", () => {
    expect(problems([settle({ qualifer: "about" })])).toEqual([
      expect.stringMatching(/^entries\.0: curation entry 'settle-1': .*qualifer/),
    ]);
    expect(
      problems([settle({ evidence: { source: "seed-article", quote: "x", page: 3 } })]).join("\n"),
    ).toMatch(/curation entry 'settle-1': .*page/);
    expect(
      problems([{ id: "drop", action: "dropProject", project: "x", reason: "y", because: "z" }])[0],
    ).toMatch(/curation entry 'drop'/);
  });

  test("two entries with one id are refused, naming the id and both entries", () => {
    expect(problems([settle(), settle({ text: "?.38亿元", low: 1.38, high: 1.38 })])).toEqual([
      "entries.1.id: curation entry 'settle-1': duplicate id (also entry #1)",
    ]);
  });

  test("a negative or inverted settled figure is refused naming the entry", () => {
    expect(problems([settle({ low: -5, high: -5 })]).join("\n")).toMatch(
      /entries\.0\.low: curation entry 'settle-1': must not be negative/,
    );
    expect(problems([settle({ low: 60, high: 50 })])).toEqual([
      "entries.0.low: curation entry 'settle-1': low 60 is above high 50",
    ]);
  });

  test("an entry without an id is named by its position", () => {
    expect(problems([settle(), { action: "dropProject", project: "x", reason: "y" }])[0]).toMatch(
      /^entries\.1\.id: curation entry #2: /,
    );
  });

  test("dropAmount names its source and figure text; either missing is refused naming the entry", () => {
    const drop = { id: "drop-amt", action: "dropAmount", reason: "not a figure", source: "s", text: "5亿元" };
    expect(curationSchema.parse({ entries: [drop] }).entries[0]).toEqual(drop);
    expect(problems([{ ...drop, text: undefined }])[0]).toMatch(
      /^entries\.0\.text: curation entry 'drop-amt'/,
    );
    expect(problems([{ ...drop, source: "" }])[0]).toMatch(/^entries\.0\.source: curation entry 'drop-amt'/);
  });
});
