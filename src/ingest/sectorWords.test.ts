import { findSectorWords } from "./sectorWords";

const words = (text: string) => findSectorWords(text).map((w) => w.word);

describe("findSectorWords", () => {
  it.each([
    // Leftmost-longest: the whole compound, never the shorter word inside it.
    ["建设氢燃料电池发动机生产线", ["氢燃料电池", "发动机"]],
    ["新能源汽车驱动电机", ["新能源汽车", "驱动电机"]],
    ["光伏组件和异质结电池", ["光伏组件", "异质结", "电池"]],
    // A non-sector phrase hides the word inside it or running on from it.
    ["中国科学院某研究所", []],
    ["推动产业健康发展", []],
    ["投资回收期约6年", []],
    ["全面强化工作落实", []],
    ["道路绿化工程", ["道路", "绿化"]],
    ["智能化工厂", ["智能化"]],
    // Latin words in any case and width, and only whole.
    ["年产5GWh电池pack", ["电池pack"]],
    ["ＯＬＥＤ面板和LED照明", ["ＯＬＥＤ", "LED", "照明"]],
    ["FILED PACKAGE", []],
    // No sector words at all.
    ["2亿千瓦时", []],
    ["召开全市大会", []],
  ])("%s → %j", (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it("gives each word's offset in the text as written", () => {
    const [w] = findSectorWords("项目：ｌｅｄ芯片");
    expect(w).toMatchObject({ word: "ｌｅｄ", start: 3, tier: "product" });
    expect(w!.sector.name).toBe("电子信息");
  });
});
