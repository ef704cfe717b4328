import { tinyDataset } from "../../../test/fixtures/tinyDataset";
import { parseBound, parseStage } from "./arguments";
import { createQueryEngine } from "./engine";
import { QueryError } from "./queryError";

const PROTOTYPE_KEYS = ["constructor", "__proto__", "toString", "hasOwnProperty", "valueOf", "prototype"];

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof QueryError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return "answered";
}

describe("arguments that are names of Object.prototype", () => {
  test.each(PROTOTYPE_KEYS)("bound and stage '%s' are #VALUE!, not a property of a plain object", (key) => {
    expect(() => parseBound(key)).toThrow(/bound '.*' 无效/);
    expect(() => parseStage(key)).toThrow(/未知阶段/);
  });

  test.each(PROTOTYPE_KEYS)("every argument of every query refuses '%s' with #VALUE!", (key) => {
    const engine = createQueryEngine(tinyDataset());
    const calls: Array<() => unknown> = [
      () => engine.total(key),
      () => engine.total("*", key),
      () => engine.total("*", "", key),
      () => engine.total("新能源", "", "", key),
      () => engine.total("*", "", "", "", key),
      () => engine.count("*", "", key),
      () => engine.projects("*", "", key),
      () => engine.project("新能源总部", key),
      () => engine.project(key),
      () => engine.source(key),
    ];
    for (const call of calls) expect(codeOf(call)).toMatch(/^invalidValue: /);
  });
});

describe("over-long arguments", () => {
  const engine = createQueryEngine(tinyDataset());

  test.each([
    ["a 1,000-character project name", () => engine.project("项".repeat(1000))],
    ["a 100,000-character sector", () => engine.total("新".repeat(100_000))],
    ["a long place", () => engine.count("*", "金".repeat(501))],
    ["a long measure", () => engine.total("*", "", "总投资".repeat(200))],
    ["a long field", () => engine.project("新能源总部", "name".repeat(200))],
  ])("%s is #VALUE! saying it is too long, before any look-up", (_what, call) => {
    expect(codeOf(call)).toMatch(/^invalidValue: 参数过长: \d+ 个字符, 最多 500 .* argument too long/);
  });

  test("an argument of the longest allowed length is still looked up", () => {
    expect(codeOf(() => engine.project("项".repeat(500)))).toMatch(/^invalidValue: 未知项目/);
  });
});
