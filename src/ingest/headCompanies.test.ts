import { addHeadCompanies, headCompany } from "./headCompanies";

describe("headCompany", () => {
  it.each([
    ["瑞和电子多层高密度电路板项目一期", "瑞和电子"],
    ["翰林电机高速电主轴扩能项目", "翰林电机"],
    ["江苏德泰电力高压电柜项目", "德泰电力"],
    ["卓越精密电子通讯设备", "卓越精密"],
    // Fields and kinds of product are no companies.
    ["高端汽车生态材料", null],
    ["金坛合成生物产业园", null],
    ["新能源汽车动力总成项目", null],
    ["特种膜材料项目", null],
    ["新型电池材料项目", null],
    // A name that is only the company says nothing more.
    ["瑞和电子", null],
  ])("%s → %s", (name, head) => {
    expect(headCompany(name)).toBe(head);
  });
});

describe("addHeadCompanies", () => {
  const sentence = { start: 10, end: 40, text: "竣工项目分别是瑞和电子多层电路板项目一期。" };

  it("a project without a partner gets its head company, a new organization with its brand as alias", () => {
    const { organizations, partners } = addHeadCompanies(
      [],
      [{ name: "瑞和电子多层电路板项目一期", orgNames: [], sentence }],
    );
    expect(partners).toEqual([["瑞和电子"]]);
    expect(organizations).toEqual([
      {
        name: "瑞和电子",
        aliases: ["瑞和"],
        kind: "企业",
        parent: null,
        mentions: [{ start: 17, end: 21, text: "瑞和电子" }],
      },
    ]);
  });

  it("a project with a partner keeps it", () => {
    const { organizations, partners } = addHeadCompanies(
      [],
      [{ name: "瑞和电子多层电路板项目一期", orgNames: ["某集团有限公司"], sentence }],
    );
    expect([organizations, partners]).toEqual([[], [["某集团有限公司"]]]);
  });
});
