import { sharedHead, tradeName } from "./tradeNames";

describe("tradeName", () => {
  it.each([
    ["江苏恒立液压股份有限公司", "恒立液压"],
    ["香港鸿钜控股有限公司", "鸿钜"],
    ["常州某某新材料科技有限公司", "某某新材料科技"],
    ["德国某某公司", "某某"],
    ["意大利某某集团", "某某"],
    ["中合基因科技(常州)有限公司", "中合基因科技"],
    // Institutes, universities and governments keep their names whole.
    ["中国科学院物理研究所", null],
    ["河海大学", null],
    ["溧阳市人民政府", null],
  ])("%s → %s", (full, trade) => {
    expect(tradeName(full)).toBe(trade);
  });
});

describe("sharedHead", () => {
  it.each([
    ["恒立液压系统项目", "恒立液压", "恒立液压"],
    ["新科人居智能舒适系统", "新科环保科技", "新科"],
    ["江苏甲乙电力高压电柜项目", "甲乙电力", "甲乙电力"],
    ["丙丁储能电站项目", "甲乙电力", null],
  ])("%s opens with %s → %s", (name, trade, head) => {
    expect(sharedHead(name, trade)).toBe(head);
  });
});
