import { dice, nameKey, preferredName, sameProject } from "./coreference";

describe("nameKey", () => {
  it.each([
    ["东方生命健康产业园一期项目", "东方生命健康产业园"],
    ["“中航锂离子动力电池项目”", "中航锂离子动力电池"],
    ["上汽时代和时代上汽先进动力电池产业化项目(二期)", "上汽时代和时代上汽先进动力电池产业化"],
  ])("%s → %s", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe("sameProject: the long and the short form of one name", () => {
  it.each([
    ["三菱车用发电机", "三菱车用发电机项目", true],
    ["光星精机", "光星精机新厂", true],
    ["锂离子动力电池项目", "中航锂离子动力电池项目", true],
    ["东方生命健康产业园", "东方生命健康产业园一期项目", true],
    // A product of three characters ends the full name it shortens, and does not begin it.
    ["碳纤维项目", "高性能碳纤维项目", true],
    ["碳纤维项目", "碳纤维复合材料项目", false],
    // A piece from the middle is not a short form; two systems are two projects.
    ["锂离子动力", "中航锂离子动力电池项目", false],
    ["恒立液压系统", "新科人居智能舒适系统", false],
  ])("%s / %s → %s", (a, b, same) => {
    expect(sameProject(a, b)).toBe(same);
    expect(sameProject(b, a)).toBe(same);
  });

  it("scores bigram overlap from 0 to 1", () => {
    expect(dice("光伏组件", "光伏组件")).toBe(1);
    expect(dice("光伏", "电池")).toBe(0);
  });
});

describe("preferredName", () => {
  it("keeps the first name unless a later one adds more than a phase or 项目", () => {
    expect(preferredName(["光星精机", "光星精机新厂"])).toBe("光星精机新厂");
    expect(preferredName(["东方生命健康产业园", "东方生命健康产业园一期项目"])).toBe("东方生命健康产业园");
    expect(preferredName(["中航锂离子动力电池项目", "锂离子动力电池项目"])).toBe("中航锂离子动力电池项目");
  });
});
