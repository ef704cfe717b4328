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
    ["天合光能储能项目、中创新航电池项目相继开工", ["天合光能储能项目", "中创新航电池项目"]],
    [
      "包括恒立液压系统、国茂减速机和新科人居智能舒适系统在内的3个项目在武进开工",
      ["恒立液压系统", "国茂减速机", "新科人居智能舒适系统"],
    ],
    [
      "重点推进的项目包括恒立液压系统、国茂减速机和新科人居智能舒适系统",
      ["恒立液压系统", "国茂减速机", "新科人居智能舒适系统"],
    ],
    ["主要建设内容为配套厂房,包括电极装配车间、化成车间、模组车间等", []],
    ["天合光能、中创新航和比亚迪等3个项目相继开工", ["天合光能", "中创新航", "比亚迪"]],
    ["协和电子多层高密度电路板项目一期投产", ["协和电子多层高密度电路板项目一期"]],
    ["3月5日，总投资20亿元的常州某某新能源电池项目在金坛开工", ["常州某某新能源电池项目"]],
    ["新建项目开工", []],
    ["这三个大项目分别落户", []],
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

describe("findProjectNames: structure", () => {
  const sized = (sentence: string, figure: string) => {
    const start = sentence.indexOf(figure);
    return findProjectNames(sentence, {
      breaks: [{ start, end: start + figure.length }],
      sized: [{ start, end: start + figure.length }],
    }).map((n) => n.name);
  };

  it("a project sized by its investment and 的 is named whatever noun it ends with", () => {
    expect(
      sized("计划投资30亿元的新辉人居智能舒适系统,是新辉环保投资开发的新项目", "计划投资30亿元"),
    ).toEqual(["新辉人居智能舒适系统"]);
  });

  it("a count right after the figure's 的 is a batch, not a name", () => {
    expect(sized("总投资74亿元的24个重点项目集中开工", "总投资74亿元")).toEqual([]);
  });

  it("a counted kind of projects labels the list after it, and the last item ends at 均", () => {
    const sentence = "本市3个在建道路项目东环快速路北段、西湖大桥南段、北城公路接线段均已完成年度任务";
    const at = sentence.indexOf("3个");
    expect(findProjectNames(sentence, { breaks: [{ start: at, end: at + 2 }] }).map((n) => n.name)).toEqual([
      "东环快速路北段",
      "西湖大桥南段",
      "北城公路接线段",
    ]);
  });

  it("a list after a verb phrase with 项目 is no list of projects", () => {
    expect(findProjectNames("要确保项目早建成、早见效").map((n) => n.name)).toEqual([]);
  });

  it("a dash ends what stands before a name", () => {
    expect(
      findProjectNames("它是本地的龙头代表——瑞丰能源总部及研发基地项目的一部分").map((n) => n.name),
    ).toEqual(["瑞丰能源总部及研发基地项目"]);
  });
});

describe("findProjectNames: known names and nominal verbs", () => {
  it("a name the article gave a project before is found as written, whatever it ends with", () => {
    expect(
      findProjectNames("西湖大桥南段已于28日通过交工验收", { known: ["西湖大桥南段"] }).map((n) => n.name),
    ).toEqual(["西湖大桥南段"]);
  });

  it("a building verb right before the noun is part of the name", () => {
    expect(findProjectNames("某某医院南院二期扩建工程位于科教城").map((n) => n.name)).toEqual([]);
    expect(findProjectNames("东城医院南院二期扩建工程位于科教城").map((n) => n.name)).toEqual([
      "东城医院南院二期扩建工程",
    ]);
  });
});

describe("findProjectNames: a list opens after 已有 and 比如", () => {
  it.each([
    [
      "首批已有瑞海阀门研发制造、中恒电力核心部件等多个项目签约入驻",
      ["瑞海阀门研发制造", "中恒电力核心部件"],
    ],
    ["比如瑞钜新能源锂电精密零部件项目前期工作正稳步推进", ["瑞钜新能源锂电精密零部件项目"]],
  ])("%s", (sentence, names) => {
    expect(findProjectNames(sentence).map((n) => n.name)).toEqual(names);
  });
});

describe("findProjectNames: quoted slogans and 项目是", () => {
  it.each([
    ["东城医院北院区以“区域医疗中心、区域急救中心、区域转化中心”为定位", ["东城医院北院区"]],
    ["这些项目是高新区做强特色产业、补齐发展短板的重要抓手", []],
  ])("%s", (sentence, names) => {
    expect(findProjectNames(sentence).map((n) => n.name)).toEqual(names);
  });
});

describe("findProjectNames: items named like projects, with no word that says a list", () => {
  const read = (sentence: string) => findProjectNames(sentence).map((n) => [n.name, n.list]);
  it("a stage after the last item closes a list of names that each end with a project noun", () => {
    expect(read("无人机研发制造项目、航空培训中心项目和飞机维修基地项目签约。")).toEqual([
      ["无人机研发制造项目", 1],
      ["航空培训中心项目", 1],
      ["飞机维修基地项目", 1],
    ]);
  });

  it("two names joined by 和 are two items of one list", () => {
    expect(read("无人机研发制造项目和飞机维修基地项目签约。")).toEqual([
      ["无人机研发制造项目", 1],
      ["飞机维修基地项目", 1],
    ]);
  });

  it("包括 after 项目 opens a list also with 还 and a colon", () => {
    expect(read("签约项目还包括：无人机研发制造项目、飞机维修基地项目。").map(([name]) => name)).toEqual([
      "无人机研发制造项目",
      "飞机维修基地项目",
    ]);
  });

  it("after 项目 even 及 joins two items; 的有 opens a list of names that end like projects", () => {
    expect(read("甲乙碳化硅外延片项目及丙丁合成生物制造基地项目同步开工。")).toEqual([
      ["甲乙碳化硅外延片项目", 1],
      ["丙丁合成生物制造基地项目", 1],
    ]);
    expect(read("集中开工的有精密减速器项目、碳纤维项目。").map(([name]) => name)).toEqual([
      "精密减速器项目",
      "碳纤维项目",
    ]);
    // 的 before 有机 still only cuts at 的.
    expect(read("年产5万吨的有机硅项目开工。").map(([name]) => name)).toEqual(["有机硅项目"]);
  });

  it("a size or capacity may open a name; a count may not", () => {
    expect(read("由甲乙半导体有限公司投资建设的12英寸功率半导体晶圆制造项目开工").map(([n]) => n)).toEqual([
      "12英寸功率半导体晶圆制造项目",
    ]);
    expect(read("3个项目开工")).toEqual([]);
  });

  it("an aside giving a short name breaks the name around it", () => {
    expect(read('甲乙储能科技有限公司(以下简称"甲乙储能")储能电池项目开工').map(([n]) => n)).toEqual([
      "储能电池项目",
    ]);
  });

  it("a creed with 项目 is no name", () => {
    expect(read("今年以来,钟楼区坚持项目为王,全力以赴抓招商。")).toEqual([]);
  });

  it("slogans joined by 、 stay no names", () => {
    expect(read("量质齐升招引项目、快马加鞭建设项目、高效便捷服务项目")).toEqual([]);
  });
});
