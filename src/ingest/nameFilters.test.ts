import { isProjectName, tidyName } from "./nameFilters";

describe("isProjectName", () => {
  it.each([
    // Names as the news writes them.
    ["江苏星源新材料有限公司超级涂覆工厂项目", true],
    ["协和电子多层高密度电路板项目一期", true],
    ["东方生命健康产业园一期项目", true],
    ["中航锂离子动力电池项目", true],
    ["动车组检修基地", true],
    // Batch and generic phrases.
    ["新建项目", false],
    ["本次项目", false],
    ["这三个大项目", false],
    ["高新区重大项目", false],
    ["“122”重特大项目", false],
    ["又一项目", false],
    ["高新技术成果和重大项目", false],
    // Spans that open with a verb, a number, a demonstrative or a year.
    ["签约重大项目", false],
    ["开工建设的新能源项目", false],
    ["18个重大项目", false],
    ["该项目", false],
    ["2023年重点项目", false],
  ])("%s → %s", (name, expected) => {
    expect(isProjectName(name)).toBe(expected);
  });
});

describe("tidyName", () => {
  it("drops a label before the name and keeps the name as written", () => {
    expect(tidyName("市重点项目三菱车用发电机")).toBe("三菱车用发电机");
    expect(tidyName("中航锂离子动力电池项目")).toBe("中航锂离子动力电池项目");
  });
});
