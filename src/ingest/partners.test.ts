/**
 * Partners through the whole pipeline: each project gets the organizations of its own words, never those of a
 * neighbouring list item or of attendees.
 */
import { extractArticle } from "./extractArticle";

function partners(text: string): Record<string, string[]> {
  const ex = extractArticle(text, "2024-03-20");
  return Object.fromEntries(ex.projects.map((p) => [p.name, p.orgNames]));
}

describe("partners", () => {
  it("list items never share the companies of the sentence", () => {
    expect(
      partners(
        "江苏甲乙减速机股份有限公司、江苏丙丁液压股份有限公司负责人出席。甲乙高精密减速机和齿轮、丙丁液压系统项目、新辉人居舒适系统等项目相继开工。",
      ),
    ).toEqual({
      甲乙高精密减速机和齿轮: ["江苏甲乙减速机股份有限公司"],
      丙丁液压系统项目: ["江苏丙丁液压股份有限公司"],
      新辉人居舒适系统: [],
    });
  });

  it("the signer of its own signing", () => {
    expect(partners("3月18日,金坛区与某某能源科技有限公司签约新型储能产业园项目。")).toEqual({
      新型储能产业园项目: ["某某能源科技有限公司"],
    });
  });

  it("由X投资建设 names the builder", () => {
    expect(partners("新型储能电站项目今年开工,由常州瑞达能源有限公司投资建设。")).toEqual({
      新型储能电站项目: ["常州瑞达能源有限公司"],
    });
  });

  it("由X投资建设 in a later sentence about the project names its builder too", () => {
    expect(
      partners("江苏某某新材料有限公司碳纤维项目投产。该项目总投资20亿元,由某某建材集团有限公司投资建设。"),
    ).toEqual({ 江苏某某新材料有限公司碳纤维项目: ["江苏某某新材料有限公司", "某某建材集团有限公司"] });
    // Only the builder: a company the later sentence names in another role is not.
    expect(
      partners("江苏某某新材料有限公司碳纤维项目投产。该项目总投资20亿元,某某建材集团有限公司负责人出席。"),
    ).toEqual({ 江苏某某新材料有限公司碳纤维项目: ["江苏某某新材料有限公司"] });
  });

  it("a sentence opening on a company's own 集团 name refers back to no earlier company", () => {
    expect(
      partners(
        "甲乙能源集团有限公司与武进区签约综合能源服务项目。瑞士丙丁集团投资的机器人生产基地项目落户武进,总投资2亿美元。",
      ),
    ).toEqual({
      综合能源服务项目: ["甲乙能源集团有限公司"],
      机器人生产基地项目: ["瑞士丙丁集团"],
    });
  });

  it("with 分别, companies and the projects after them pair in order", () => {
    expect(
      partners(
        "签约仪式上,天宁区分别与北京捷运科技有限公司、上海芯源半导体有限公司签署了智慧物流项目、功率半导体封测项目投资协议。",
      ),
    ).toEqual({
      智慧物流项目: ["北京捷运科技有限公司"],
      功率半导体封测项目: ["上海芯源半导体有限公司"],
    });
    // As many companies as projects only: otherwise 分别 pairs nothing.
    expect(
      partners("天宁区分别与北京捷运科技有限公司签署了智慧物流项目、功率半导体封测项目投资协议。"),
    ).toEqual({ 智慧物流项目: ["北京捷运科技有限公司"], 功率半导体封测项目: [] });
  });

  it("a company in another clause beside other projects is not a partner", () => {
    const found = partners(
      "甲乙新能源电池项目开工,丙丁光伏组件项目签约,常州戊己科技有限公司董事长出席活动。",
    );
    // Each keeps only the company heading its own name.
    expect(found["甲乙新能源电池项目"]).toEqual(["甲乙新能源"]);
    expect(found["丙丁光伏组件项目"]).toEqual([]);
  });

  it("a trade name heading the name ties it to the full name elsewhere, and becomes an alias", () => {
    const ex = extractArticle(
      "江苏庚辛薄膜科技股份有限公司是行业龙头。庚辛新能源功能性聚酯薄膜项目今年开工。",
      "2024-03-20",
    );
    expect(ex.projects.map((p) => p.orgNames)).toEqual([["江苏庚辛薄膜科技股份有限公司"]]);
    expect(ex.organizations[0]!.aliases).toContain("庚辛");
  });
});
