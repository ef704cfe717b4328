/**
 * Document-level assembly, driven through extractArticle: the article is the unit, so a figure, place or stage
 * in a later sentence reaches the project it speaks of.
 */
import { extractArticle } from "./extractArticle";

const PUBLISHED = "2024-03-06";

function projectsOf(text: string, meta = {}) {
  const ex = extractArticle(text, PUBLISHED, meta);
  return ex.projects.map((p) => ({
    name: p.name,
    aliases: p.aliases,
    place: p.placeId,
    placeFrom: p.placeFrom,
    sector: p.sectorId,
    stage: p.stage,
    date: p.date,
    figures: p.amounts.map((a) => a.text),
  }));
}

function figuresOf(text: string, meta = {}) {
  const ex = extractArticle(text, PUBLISHED, meta);
  return ex.amounts.map((a, i) => ({
    text: a.text,
    scope: ex.figures[i]!.scope,
    projectCount: ex.figures[i]!.projectCount,
    project: ex.projects[ex.figures[i]!.project]?.name ?? null,
  }));
}

describe("assembleProjects", () => {
  it("a figure before the name is the project's, with the sentence's date, place and stage", () => {
    expect(projectsOf("3月5日，总投资20亿元的常州某某新能源电池项目在金坛开工。")).toEqual([
      {
        name: "常州某某新能源电池项目",
        aliases: [],
        place: "jintan",
        placeFrom: "sentence",
        sector: "batteries",
        stage: "开工",
        date: "2024-03-05",
        figures: ["总投资20亿元"],
      },
    ]);
  });

  it("该项目…, 其中一期…, 项目建成后… in later sentences belong to the project they refer to", () => {
    const [p] = projectsOf(
      "3月5日，常州某某新能源电池项目在金坛开工。该项目总投资20亿元，其中一期投资8亿元。项目建成后年产值50亿元。",
    );
    expect(p!.figures).toEqual(["总投资20亿元", "一期投资8亿元", "年产值50亿元"]);
  });

  it("each item of a list is its own project sharing the sentence's stage and place", () => {
    const projects = projectsOf(
      "包括恒立液压系统、国茂减速机和新科人居智能舒适系统在内的3个项目在武进开工。",
    );
    expect(projects.map((p) => [p.name, p.stage, p.place])).toEqual([
      ["恒立液压系统", "开工", "wujin"],
      ["国茂减速机", "开工", "wujin"],
      ["新科人居智能舒适系统", "开工", "wujin"],
    ]);
  });

  it("a project named in long and short form is one record", () => {
    const projects = projectsOf("东方生命健康产业园一期项目开工。东方生命健康产业园总投资30亿元。");
    expect(projects).toHaveLength(1);
    expect(projects[0]).toMatchObject({ aliases: ["东方生命健康产业园"], figures: ["总投资30亿元"] });
  });

  it("a batch is no project: its total stays a figure of the batch, with its count", () => {
    const text = "18个重大项目集中开工，总投资80亿元。其中，江苏万达精密轴承项目总投资5亿元。";
    expect(projectsOf(text).map((p) => [p.name, p.figures])).toEqual([
      ["江苏万达精密轴承项目", ["总投资5亿元"]],
    ]);
    expect(figuresOf(text)).toContainEqual({
      text: "总投资80亿元",
      scope: "batch",
      projectCount: 18,
      project: null,
    });
  });

  it.each([
    ["超10亿元项目6个", "threshold"],
    ["今年以来全区累计完成投资266.7亿元", "aggregate"],
    ["协议投资总额225.4亿元", "aggregate"],
  ])("%s is a %s figure, never a project's", (text, scope) => {
    expect(projectsOf(`${text}。`)).toEqual([]);
    expect(figuresOf(`${text}。`)[0]).toMatchObject({ scope, project: null });
  });

  it("takes the headline's place when the sentence names none, and says so", () => {
    const [p] = projectsOf("江苏万达精密轴承项目开工。", { title: "常州高新区18个重大项目集中开工" });
    expect(p).toMatchObject({ place: "changzhou-hi-tech", placeFrom: "article" });
  });

  it("a headline that shortens the body's name to its product names the same project", () => {
    const text = "碳纤维项目投产\n江苏某某新材料有限公司年产5万吨高性能碳纤维项目正式投产，总投资约20亿元。";
    expect(projectsOf(text).map((p) => [p.name, p.figures])).toEqual([
      ["高性能碳纤维项目", ["年产5万吨", "总投资约20亿元"]],
    ]);
  });

  it("what a clause of only a building verb builds is a part of the project before it", () => {
    const text = "常州智能装备研发中心项目总投资12亿元，将建设轨道交通装备研发平台，2026年建成。";
    expect(projectsOf(text).map((p) => [p.name, p.figures])).toEqual([
      ["常州智能装备研发中心项目", ["总投资12亿元"]],
    ]);
    // A clause with a subject of its own is no part: the company builds a project of its own.
    const other = "常州智能装备研发中心项目总投资12亿元，常州某某科技有限公司将建设精密轴承生产基地。";
    expect(projectsOf(other).map((p) => p.name)).toEqual(["常州智能装备研发中心项目", "精密轴承生产基地"]);
  });

  it("an undated first line of a stage gives way to the body's dated one", () => {
    const text = "东城医院北院区项目开工\n12月26日，东城医院北院区项目举行开工仪式。";
    expect(projectsOf(text).map((p) => [p.name, p.stage, p.date])).toEqual([
      ["东城医院北院区项目", "开工", "2023-12-26"],
    ]);
  });

  it("a sentence naming two districts places none of its projects, and the article does not either", () => {
    const text =
      "10月15日，市领导先后来到天宁区、钟楼区，察看甲乙精密轴承项目、丙丁数字产业园二期等项目现场。";
    expect(projectsOf(text, { publisher: "常州市天宁区人民政府" }).map((p) => [p.name, p.place])).toEqual([
      ["甲乙精密轴承项目", null],
      ["丙丁数字产业园二期", null],
    ]);
  });

  it("a later name opening with the company's trade name and ending as the project's name is that project", () => {
    const text =
      "市长来到常州博涵智能装备有限公司新能源汽车电驱系统项目现场。博涵电驱系统项目总投资18亿元。江苏泓源光电科技有限公司背光模组项目开工。泓源项目计划总投资10.5亿元。";
    expect(projectsOf(text).map((p) => [p.name, p.figures])).toEqual([
      ["常州博涵智能装备有限公司新能源汽车电驱系统项目", ["总投资18亿元"]],
      ["江苏泓源光电科技有限公司背光模组项目", ["计划总投资10.5亿元"]],
    ]);
  });

  it("what a project builds, a capacity before it, is a part of it; so before any project is named", () => {
    const text =
      "甲乙新能源材料有限公司锂电池负极材料项目签约落户。项目总投资80亿元,其中一期投资35亿元,建设年产12万吨负极材料生产线;二期投资45亿元。";
    expect(projectsOf(text).map((p) => [p.name, p.stage, p.figures])).toEqual([
      [
        "甲乙新能源材料有限公司锂电池负极材料项目",
        "落户",
        ["总投资80亿元", "一期投资35亿元", "年产12万吨", "二期投资45亿元"],
      ],
    ]);
    // The body opens on 项目 and names only what is built: it is no project, and no figure goes to it.
    const body =
      "9月26日,横林镇的这一重大项目开工。项目由甲乙家居科技有限公司投资建设,总投资12亿元,主要建设智能家居柔性生产线及研发中心。";
    expect(projectsOf(body)).toEqual([]);
  });

  it("a semicolon goes on with the stage before it; a date in another project's clause is not this one's", () => {
    const listed =
      "3月5日,开工项目中,甲乙光电有限公司显示模组项目总投资20亿元;丙丁汽车科技有限公司电驱项目总投资12亿元。";
    expect(projectsOf(listed).map((p) => [p.stage, p.date])).toEqual([
      ["开工", "2024-03-05"],
      ["开工", "2024-03-05"],
    ]);
    const two = "甲乙科技有限公司电池项目于2月建成投产,丙丁物流有限公司仓储项目完成主体施工。";
    expect(projectsOf(two).map((p) => [p.stage, p.date])).toEqual([
      ["投产", "2024-02"],
      ["在建", null],
    ]);
  });

  it("an item's figure in brackets is its own and ends it: the next item is a project with its own figure", () => {
    const text = "开工项目为：甲乙光电显示模组项目（总投资18亿元）、丙丁高端轴承项目（总投资6亿元）。";
    expect(projectsOf(text).map((p) => [p.name, p.figures])).toEqual([
      ["甲乙光电显示模组项目", ["总投资18亿元"]],
      ["丙丁高端轴承项目", ["总投资6亿元"]],
    ]);
  });

  it("a headline's figure standing alone is the figure of the project its next part names", () => {
    const title = "总投资40亿元!常州甲乙微电子有限公司8英寸晶圆项目签约";
    const text = `${title}\n2月28日，常州甲乙微电子有限公司8英寸晶圆项目在钟楼经济开发区签约。`;
    expect(projectsOf(text, { title }).map((p) => [p.name, p.figures])).toEqual([
      ["常州甲乙微电子有限公司8英寸晶圆项目", ["总投资40亿元"]],
    ]);
  });

  it("a park that signs with a company is a party, not a project", () => {
    const text = "西太湖科技产业园与苏州甲乙医疗器械有限公司签约高端介入器械项目。";
    expect(projectsOf(text).map((p) => p.name)).toEqual(["高端介入器械项目"]);
  });

  it("takes the publisher's district last", () => {
    const [p] = projectsOf("江苏万达精密轴承项目开工。", { publisher: "常州市天宁区人民政府" });
    expect(p).toMatchObject({ place: "tianning", placeFrom: "publisher" });
  });

  it("keeps a dollar figure in 亿美元", () => {
    const ex = extractArticle("蜂巢能源总部基地及研发生产项目落户金坛，总投资3419万美元。", PUBLISHED);
    expect(ex.projects[0]!.amounts.map((a) => [a.unit, a.low])).toEqual([["亿美元", 0.3419]]);
  });

  it("reads a peer's sector words as the peer's: a project with none stays unclassified", () => {
    // (电路板 would be the first project's own word: 电子信息.)
    const projects = projectsOf("协和多层高密度项目一期投产，东方生命健康产业园一期项目开工。");
    expect(projects.map((p) => [p.name, p.sector])).toEqual([
      ["协和多层高密度项目一期", null],
      ["东方生命健康产业园一期项目", "health"],
    ]);
  });
});

describe("assembleProjects: structure", () => {
  it("a name the next sentence refers back to is reported by it and owns its figures", () => {
    const projects = projectsOf(
      "近日,东城医院北院区一期工程施工总承包招标公告发布。项目位于新北区,总投资约25亿元,规划床位1200张。",
    );
    expect(projects.map((p) => [p.name, p.stage, p.place, p.figures])).toEqual([
      ["东城医院北院区一期工程", "拟建", "xinbei", ["总投资约25亿元"]],
    ]);
  });

  it("a stage later in the sentence counts until another organization's clause", () => {
    expect(
      projectsOf("湟里镇今年引进了瑞丰纺织智能化改造项目,总投资3亿元,目前设备已进场安装。")[0]!.stage,
    ).toBe("在建");
    expect(projectsOf("瑞丰光伏组件项目奠基,河海大学金坛技术转移中心揭牌。")[0]!.stage).toBe("开工");
  });

  it("the projects a sentence lists after 项目有 are each a project", () => {
    expect(
      projectsOf("本次签约的项目有瑞达半导体封测项目、东辰医疗器械研发总部、远航飞机维修基地。").map(
        (p) => p.name,
      ),
    ).toEqual(["瑞达半导体封测项目", "东辰医疗器械研发总部", "远航飞机维修基地"]);
  });

  it("a sentence whose subject is the company behind the project in focus gives that project its figures", () => {
    const [p] = projectsOf(
      "区领导来到瑞航医疗器械部件项目现场。作为一家高新技术企业,江苏瑞航精密五金有限公司在湖塘规划建设厂房3万平方米,总投资1.19亿元。",
    );
    expect(p!.figures).toEqual(["3万平方米", "总投资1.19亿元"]);
  });

  it("projects placed by no sentence of theirs take the place every placed project of the article shares", () => {
    const projects = projectsOf(
      "8月19日,瑞湾创新社区项目集中开工。该项目位于常州西太湖科技产业园。首批已有瑞海阀门研发制造、中恒电力核心部件等多个项目签约入驻。",
    );
    expect(projects.map((p) => [p.name, p.place, p.placeFrom])).toEqual([
      ["瑞湾创新社区项目", "xitaihu", "sentence"],
      ["瑞海阀门研发制造", "xitaihu", "article"],
      ["中恒电力核心部件", "xitaihu", "article"],
    ]);
  });

  it("a park's name inside a longer name is no place of the project", () => {
    const [p] = projectsOf("东方生命健康产业园项目正在加快建设。", { publisher: "常州经开区管委会" });
    expect([p!.place, p!.placeFrom]).toEqual(["jingkai", "publisher"]);
  });

  it("a sentence opening on the investment done, with no subject, is of the project the sentence before named", () => {
    const projects = projectsOf(
      "甲乙快速路南段工程于8月取得施工许可。目前,完成本年度投资12.5亿元,占年度计划的90%。",
    );
    expect(projects.map((p) => [p.name, p.figures])).toEqual([["甲乙快速路南段工程", ["投资12.5亿元"]]]);
  });

  it("a class of projects is no project, even with money in its sentence", () => {
    const names = projectsOf(
      "甲乙锂电项目总投资50亿元,建成后将形成200亿元以上销售规模,成为国内规模最大的动力电池生产基地之一。以锂电为代表的绿色电源项目,是节能减排的重大工程。",
    ).map((p) => p.name);
    expect(names).toEqual(["甲乙锂电项目"]);
  });

  it("a list item of generic words only (配套, 产业提升) is no project; its named neighbours are", () => {
    const names = projectsOf(
      "一行人了解了瑞丰农民安置区建设、瑞丰生态廊道工程、社会事业配套及产业提升等项目情况。",
    ).map((p) => p.name);
    expect(names).not.toContain("社会事业配套及产业提升");
    expect(names).toContain("瑞丰生态廊道工程");
  });

  it("a name never opens with the verb 集聚", () => {
    const names = projectsOf(
      "瑞丰数字港位于钟楼经济开发区。在现有基础上,继续建设科技创新馆、人才社区等基础设施,集聚数据科技企业总部,共筑产业新生态。",
    ).map((p) => p.name);
    expect(names.filter((n) => n.startsWith("集聚"))).toEqual([]);
  });

  it("a clause opened by 作为 gives the next project's titles, not projects of their own", () => {
    const names = projectsOf(
      "一行来到瑞丰智能终端零部件产业基地,作为全区首个“工业上楼”项目和瑞丰经开区“零地增效”示范项目,该项目计划招引一批零部件企业入驻。",
    ).map((p) => p.name);
    expect(names).toEqual(["瑞丰智能终端零部件产业基地"]);
  });
});
