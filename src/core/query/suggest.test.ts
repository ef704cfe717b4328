import { type Candidate, didYouMean, nearestNames } from "./suggest";

/** Project-like names, all different, many sharing their common words (项目, 基地). */
function manyNames(n: number): string[] {
  const words = ["智能", "装备", "新材料", "光伏", "储能", "医疗", "数据", "汽车", "芯片", "环保"];
  return Array.from(
    { length: n },
    (_, i) => `${words[i % 10]}${words[Math.floor(i / 10) % 10]}产业项目${i}号基地`,
  );
}

/** Candidates that count how often a suggestion reads them. */
function counted(names: readonly string[]) {
  const reads = { spellings: 0 };
  const candidates: Candidate[] = names.map((name) => ({
    name,
    get spellings() {
      reads.spellings++;
      return [name];
    },
  }));
  return { candidates, reads };
}

describe("did you mean", () => {
  test("the nearest taxonomy names, as before", () => {
    const sectors = [
      { name: "新能源", spellings: ["新能源", "new-energy"] },
      { name: "光伏", spellings: ["光伏", "PV"] },
    ];
    expect(didYouMean("新能量", sectors)).toBe(" — 是否指 '新能源'?");
    expect(nearestNames("光伏产业", sectors)).toEqual(["光伏"]);
    expect(didYouMean("完全无关", sectors)).toBe("");
  });

  test("among 10,000 projects a typo still finds its project", () => {
    const names = [...manyNames(10_000), "江苏芯盛智能科技研发中心"];
    expect(
      nearestNames(
        "江苏芯盛智能科技研发中",
        names.map((n) => ({ name: n, spellings: [n] })),
      ),
    ).toEqual(["江苏芯盛智能科技研发中心"]);
    // One character lost from a name whose every word is common to hundreds of others.
    const typo = names[1234]!.replace("1234", "124");
    expect(
      nearestNames(
        typo,
        names.map((n) => ({ name: n, spellings: [n] })),
      ),
    ).toContain(names[1234]);
  });

  test("on a large list, a suggestion after the first reads no candidate again: its cost does not grow with the list", () => {
    const { candidates, reads } = counted(manyNames(10_000));
    nearestNames("智能装备产业项目7号基", candidates); // builds the index once
    const afterIndex = reads.spellings;
    expect(afterIndex).toBeLessThanOrEqual(10_000);
    nearestNames("新材料光伏产业项目42号基地二期", candidates);
    nearestNames("x".repeat(500), candidates);
    expect(reads.spellings).toBe(afterIndex);
  });
});
