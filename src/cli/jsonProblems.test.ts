import { sourceMetaSchema } from "./sources";
import { describeJsonProblem, SOURCE_META_HELP } from "./jsonProblems";

const problem = (json: unknown) => {
  const parsed = sourceMetaSchema.safeParse(json);
  if (parsed.success) throw new Error("valid");
  return describeJsonProblem(parsed.error.issues, json, SOURCE_META_HELP);
};

describe("a metadata file's problem in words", () => {
  it("a missing field says which and what it must hold", () => {
    expect(problem({ title: "t", publisher: "p", url: null })).toBe(
      'has no \'published\': it must hold the date the article was published, as "YYYY-MM-DD" (or "YYYY-MM" / "YYYY"), or null when unknown (relative dates such as 今年5月 then stay unresolved)',
    );
  });

  it("a field of a near name is pointed out", () => {
    expect(problem({ title: "t", publisher: "p", publised: "2018-11-13" })).toMatch(
      /^has no 'published' \('publised' is no field: did you mean 'published'\?\): it must hold the date/,
    );
  });

  it("a bad value is shown with what is wrong and what the field must hold", () => {
    expect(problem({ title: "t", publisher: 5, published: null })).toMatch(
      /^has a bad 'publisher' \(5\): .*; it must hold who published the article, as text, e\.g\. "常州市人民政府"$/,
    );
  });

  it("a file that is not an object says so", () => {
    expect(problem(["t"])).toMatch(/^must hold a JSON object \(it holds \["t"\]\)$/);
  });
});
