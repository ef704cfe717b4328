import { tinyDataset } from "../../../test/fixtures/tinyDataset";
import { MONEY_MEASURES, OTHER_MEASURES } from "../measureNames";
import { createQueryEngine } from "./engine";
import { QueryError } from "./queryError";

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof QueryError) return `${error.code}: ${error.message}`;
    throw error;
  }
  return "answered";
}

describe("measures CZ.TOTAL knows", () => {
  const withoutTotals = () => {
    const d = tinyDataset();
    return { ...d, amounts: d.amounts.filter((a) => a.measure !== "总投资") };
  };

  test("a known measure with no figures in the dataset sums to 0 (it was #VALUE! 未知度量)", () => {
    const engine = createQueryEngine(withoutTotals());
    expect(engine.total("*", "", "总投资")).toBe(0);
    expect(engine.total("*", "", "总投资", "high")).toBe(0);
    expect(engine.total("新能源", "金坛", "年利税")).toBe(0);
    expect(engine.total("*", "", "员工")).toBe(0);
    expect(engine.total("*", "", "员工[万人]")).toBe(0);
  });

  test("every measure the amounts stage can write is known, in every dataset", () => {
    const engine = createQueryEngine({ ...tinyDataset(), amounts: [] });
    for (const m of [...MONEY_MEASURES, ...OTHER_MEASURES, "金额", "数量", "已完成投资", "新增产值"])
      expect([m, engine.total("*", "", m)]).toEqual([m, 0]);
  });

  test("English aliases find the measure, with its figures where there are some", () => {
    const engine = createQueryEngine(tinyDataset());
    expect(engine.total("*", "", "total investment")).toBe(engine.total("*", "", "总投资"));
    expect(engine.total("*", "", "Annual Output")).toBe(8);
    expect(engine.total("*", "", "employees")).toBe(0);
  });

  test("a name that is no measure is still #VALUE!, with the nearest known names", () => {
    const engine = createQueryEngine(withoutTotals());
    expect(messageOf(() => engine.total("*", "", "总投姿"))).toMatch(
      /^invalidValue: 未知度量 '总投姿' — 是否指 .*'总投资'/,
    );
    expect(messageOf(() => engine.total("*", "", "weather"))).toMatch(/^invalidValue: 未知度量 'weather'/);
  });
});
