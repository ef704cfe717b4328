import { findProjectNames } from "./projectNames";

describe("findProjectNames", () => {
  it.each([
    ["目前,中车股份拟在常州经开区建设动车组检修基地等项目,达产后", ["动车组检修基地"]],
    ["在京期间,钟楼区与北自所签约建设中机云创工业互联网。", ["中机云创工业互联网"]],
    ["北自所常州基地一期总投?.38亿元,经过一年多建设已进入验收阶段", ["北自所常州基地一期"]],
    ["大唐国?016年在金坛投资热电联产项目,计划总投?0亿元", ["热电联产项目"]],
    ["钟楼区与中电通商签约,共建常州健康医疗大数据中心运营平台。", ["常州健康医疗大数据中心运营平台"]],
    [
      "就武进高新区产业化基地和钟楼区智能制造基地、特种焊接材料等项目达成合作协议",
      ["武进高新区产业化基地", "钟楼区智能制造基地", "特种焊接材料"],
    ],
    // A list that says it lists projects names each by its company ("坤泰、欣盛等一批省重点项目").
    ["坤泰、欣盛等一批省重点项目落户", ["坤泰", "欣盛"]],
    ["先后在上海、深圳等地建设运营近30个园区项目", []],
    ["包括江苏德春电力高压电柜项目在内的24个项目集中开工", ["江苏德春电力高压电柜项目"]],
    // Slogans and generic words are not projects.
    ["推动常州重大项目建设迈上新台阶", []],
    ["大力建设工业明星城市", []],
    ["一期工程于2017年开工建设", []],
    ["常州钟楼区重大产业项目集中开工", []],
    ["其中超50亿元项目4个", []],
  ])("%s", (sentence, names) => {
    expect(findProjectNames(sentence).map((n) => n.name)).toEqual(names);
  });

  it("positions the name in the sentence", () => {
    const s = "钟楼区与北自所签约建设中机云创工业互联网。";
    const [n] = findProjectNames(s);
    expect(s.slice(n!.start, n!.end)).toBe("中机云创工业互联网");
  });
});
