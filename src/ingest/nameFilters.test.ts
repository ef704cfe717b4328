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
    // Verb phrases and function words are no names (选址…, 纳入…, 促进…, 比如…, 对…).
    ["选址华罗庚科技产业园", false],
    ["纳入省市重大项目", false],
    ["入选常州市重点项目", false],
    ["促进项目", false],
    ["狠抓重大项目", false],
    ["比如新能源电池项目", false],
    ["进一步提升创新产业园", false],
    ["集团大中华区总部", false],
    // Numbered plans and parts of one undertaking.
    ["一核三区四中心", false],
    ["五平台", false],
    ["三大中心", false],
    ["总部+基地", false],
    ["整体项目", false],
    ["主体工程", false],
    ["房建工程", false],
    ["所有生产线", false],
    ["商务中心", false],
    // People with their titles.
    ["区委书记王某某", false],
    // A numeral that is part of a brand stays a name.
    ["三菱车用发电机项目", true],
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
