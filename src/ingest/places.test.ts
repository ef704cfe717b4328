import { distinctPlaces, extractPlaces } from "./places";

describe("extractPlaces", () => {
  it.each([
    ["中车股份拟在常州经开区建设动车组检修基地", ["jingkai"]],
    ["今年该所与溧阳市政府在江苏中关村科技产业园合作", ["liyang", "zhongguancun"]],
    ["集团目前在金坛建设了天然气储气库", ["jintan"]],
    ["拟在武进绿建区投资运营长江经济带绿色发展科技园", ["wujin-green-building"]],
    ["已落户常州集成电路生态产业园", ["ic-park"]],
    ["江苏常州天宁经济开发区举行签约", ["tianning-econ"]],
    ["新北:总投资74亿元的24个重点项目集中开工", ["xinbei"]],
    ["常州市人民政府召开会议", []],
  ])("%s", (text, ids) => {
    expect(extractPlaces(text).map((m) => m.placeId)).toEqual(ids);
  });

  it("reads the longest name (金坛经济开发区, not 金坛)", () => {
    const [m] = extractPlaces("在金坛经济开发区开工");
    expect(m).toMatchObject({ placeId: "jintan-econ", text: "金坛经济开发区" });
  });

  it("positions each mention", () => {
    const text = "钟楼区与北自所签约";
    const [m] = extractPlaces(text);
    expect(text.slice(m!.start, m!.end)).toBe("钟楼区");
  });

  it("lists each place once, in order of first mention", () => {
    expect(distinctPlaces(extractPlaces("金坛、溧阳、金坛区")).map((p) => p.name)).toEqual([
      "金坛区",
      "溧阳市",
    ]);
  });

  it("a bare 经开区 in an article about another economic zone is that zone", () => {
    expect(extractPlaces("溧阳经开区企业繁忙。经开区第二个百亿企业诞生。").map((m) => m.placeId)).toEqual([
      "liyang-econ",
      "liyang-econ",
    ]);
    expect(extractPlaces("经开区党工委书记出席。").map((m) => m.placeId)).toEqual(["jingkai"]);
  });
});
