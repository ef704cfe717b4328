/**
 * Project records as CZ.TOTAL and the tables see them, built from articles written for the test: a phase is an
 * amount of its project and never added beside the project's total, items of a list never share partners, a
 * batch total is no project, and a generic name never joins two reports.
 */
import { createQueryEngine } from "../src/core/query/engine";
import { buildDataset, type ArticleInput } from "../src/ingest/buildDataset";
import { EMPTY_CURATION } from "../src/ingest/curation";

const AT = "2026-12-01T00:00:00.000Z";

function article(id: string, text: string, published = "2024-03-20"): ArticleInput {
  return {
    id,
    title: "测试",
    publisher: "常州市金坛区人民政府",
    published,
    url: null,
    sha256: "0".repeat(64),
    text,
  };
}

const build = (...articles: ArticleInput[]) => buildDataset(articles, EMPTY_CURATION, AT);

describe("project records", () => {
  it("a phase is an amount of its project, never a project, never added beside the total", () => {
    const dataset = build(
      article(
        "a",
        "3月18日,金坛区与瑞能新能源科技有限公司签约新型储能产业园项目。该项目选址金坛华罗庚科技产业园,总投资30亿元,主要建设储能电池生产线,其中一期总投资12亿元,计划明年投产。",
      ),
    );
    expect(dataset.projects.map((p) => p.name)).toEqual(["新型储能产业园项目"]);
    const [project] = dataset.projects;
    expect(project!.placeId).toBe("hualuogeng");
    expect(dataset.amounts.filter((a) => a.projectId === project!.id).map((a) => a.measure)).toEqual([
      "总投资",
      "一期总投资",
    ]);
    const engine = createQueryEngine(dataset);
    expect(engine.total("*", "金坛")).toBe(30);
  });

  it("items of a list never share partners", () => {
    const dataset = build(
      article(
        "b",
        "江苏甲乙减速机股份有限公司、江苏丙丁液压股份有限公司负责人出席。甲乙高精密减速机和齿轮、丙丁液压系统项目、新辉人居舒适系统等项目相继开工。",
      ),
    );
    const orgName = new Map(dataset.organizations.map((o) => [o.id, o.name] as const));
    expect(
      Object.fromEntries(dataset.projects.map((p) => [p.name, p.orgIds.map((id) => orgName.get(id))])),
    ).toEqual({
      甲乙高精密减速机和齿轮: ["江苏甲乙减速机股份有限公司"],
      丙丁液压系统项目: ["江苏丙丁液压股份有限公司"],
      新辉人居舒适系统: [],
    });
  });

  it("a batch total under any wording is no project and adds nothing to CZ.TOTAL", () => {
    const dataset = build(
      article(
        "c",
        "今年金坛区共有28个项目入选常州市重点项目,总投资941.7亿元。瑞能储能电站项目开工,总投资5亿元。",
      ),
    );
    expect(dataset.projects.map((p) => p.name)).toEqual(["瑞能储能电站项目"]);
    expect(dataset.amounts.find((a) => a.text === "总投资941.7亿元")).toMatchObject({
      projectId: null,
      scope: "batch",
    });
    expect(createQueryEngine(dataset).total("*")).toBe(5);
  });

  it("a generic name never joins two reports; a specific one does", () => {
    const dataset = build(
      article("d", "5月8日,瑞能储能电站项目在金坛开工。区政府表示总部基地项目将加快建设。", "2024-05-10"),
      article("e", "6月2日,北辰医疗总部基地项目在武进签约。瑞能储能电站项目总投资5亿元。", "2024-06-05"),
    );
    const names = dataset.projects.map((p) => [p.name, p.sourceIds.length]);
    expect(names).toContainEqual(["瑞能储能电站项目", 2]);
    expect(
      dataset.projects.filter((p) => p.name.includes("总部基地")).every((p) => p.sourceIds.length === 1),
    ).toBe(true);
  });
});
