import { readFileSync } from "fs";
import { join } from "path";
import { cleanArticle } from "./clean";
import { extractOrganizations } from "./organizations";
import { companiesByRole } from "./orgRoles";

const names = (text: string) => extractOrganizations(text).map((o) => o.name);
const byName = (text: string, name: string) => extractOrganizations(text).find((o) => o.name === name);

describe("extractOrganizations on the seed article", () => {
  const text = cleanArticle(
    readFileSync(join(__dirname, "../../data/sources/seed-article.txt"), "utf8"),
  ).text;
  const orgs = extractOrganizations(text);
  const find = (name: string) => orgs.find((o) => o.name === name || o.aliases.includes(name));

  it.each([
    ["中国石油化工集团有限公司", "央企"],
    ["中国中车股份有限公司", "央企"],
    ["中国科学院物理研究所", "科研院所"],
    ["机械科学研究总院集团有限公司", "央企"],
    ["国家集成电路产业投资基金股份有限公司", "基金"],
    ["江苏芯盛智能科技有限公司", "企业"],
    ["同方威视技术股份有限公司", "企业"],
    ["中国科学院空天信息研究院", "科研院所"],
    ["北京机械工业自动化研究所", "科研院所"],
    ["中国信息通信研究院", "科研院所"],
    ["中国节能环保集团有限公司", "央企"],
    ["中国国机重工集团有限公司", "央企"],
    ["北京中关村亿华通科技股份有限公司", "企业"],
    ["中国大唐集团有限公司", "央企"],
    ["中国电子信息产业集团", "央企"],
    ["中电通商融资租赁有限公司", "企业"],
    ["中美绿色投资管理有限公司", "企业"],
  ])("names %s (%s)", (name, kind) => {
    expect(find(name)?.kind).toBe(kind);
  });

  it("names each organization once", () => {
    const all = orgs.map((o) => o.name);
    expect(new Set(all).size).toBe(all.length);
  });

  it("merges 机械科技研究总院… into the known spelling", () => {
    const org = find("机械科学研究总院集团有限公司");
    expect(org?.aliases).toContain("机械科技研究总院集团有限公司");
    expect(org?.mentions.map((m) => m.text)).toEqual([
      "机械科技研究总院集团有限公司",
      "机械科学研究总院集团有限公司",
    ]);
  });

  it("links 中石化, 北自所 and 中节能 to their full names", () => {
    expect(find("中石化")?.name).toBe("中国石油化工集团有限公司");
    expect(find("北自所")?.mentions.length).toBe(5);
    expect(find("中节能")?.name).toBe("中国节能环保集团有限公司");
  });

  it("gives every mention the exact text of its span", () => {
    for (const o of orgs) for (const m of o.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it("does not read 中车 inside 中车戚墅堰机车有限公司 as a mention of 中车", () => {
    expect(find("中车戚墅堰机车有限公司")?.parent).toBe("中国中车股份有限公司");
    expect(find("中车")?.mentions.map((m) => m.text)).not.toContain("中车");
  });

  it("finds the parent of 中电通商 from 中国电子信息集团下属的", () => {
    expect(find("中电通商融资租赁有限公司")?.parent).toBe("中国电子信息产业集团有限公司");
  });
});

describe("extractOrganizations: names by form and their left boundary", () => {
  it.each([
    ["汪泉一行拜访了中国石油化工集团有限公司高层", "中国石油化工集团有限公司"],
    ["钟楼区与中国电子信息集团下属的中电通商融资租赁有限公司签约", "中电通商融资租赁有限公司"],
    ["2010年在常州科教城成立了江苏分院有限公司", "江苏分院有限公司"],
    ["副市长会见了常州星辰新材料有限公司董事长", "常州星辰新材料有限公司"],
    ["项目由江苏云帆动力科技股份有限公司投资建设", "江苏云帆动力科技股份有限公司"],
    ["在金坛投资的同方威视科技江苏有限公司成为基地", "同方威视科技江苏有限公司"],
    ["金坛区政府与中航锂电(洛阳)有限公司正式签署合作协议", "中航锂电(洛阳)有限公司"],
    ["签约仪式上江苏天远科技股份有限公司与园区签约", "江苏天远科技股份有限公司"],
    ["曹佳中一行还拜访了中国大唐集团有限公司和中国电子信息产业集团", "中国电子信息产业集团有限公司"],
    ["河海大学金坛华罗庚技术转移中心揭牌", "河海大学金坛华罗庚技术转移中心"],
    ["常州市新能源产业基金同步成立", "常州市新能源产业基金"],
    ["常州市与东吴大学签署协议,共建东吴大学常州研究院", "东吴大学常州研究院"],
    // One character of the brand before 和/与/及 keeps it inside the name.
    ["江苏恒和新材料有限公司碳纤维项目开工", "江苏恒和新材料有限公司"],
    ["日本东和电子株式会社投资的项目签约", "日本东和电子株式会社"],
    ["常州瑞和生物制药有限公司与中国药科大学签约", "常州瑞和生物制药有限公司"],
    ["金坛区与甲乙锂电(洛阳)有限公司正式签署合作协议", "甲乙锂电(洛阳)有限公司"],
    // Full-width parentheses, as pages write them.
    ["华储能源科技（江苏）有限公司的储能项目签约", "华储能源科技（江苏）有限公司"],
  ])("%s → %s", (text, name) => {
    expect(names(text)).toContain(name);
  });

  it.each([
    ["中国中车现有全资及控股子公司多家", "子公司"],
    ["该公司专注于氢燃料电池", "该公司"],
    ["持续深化与央企、大学大院大所的合作", "大学"],
    ["建设科技创新馆、人工智能应用研究院等设施", "人工智能应用研究院"],
    ["洽谈推进绿色发展基金等合作事宜", "绿色发展基金"],
    ["联合厂房正在施工,客户体验中心完成基础施工", "客户体验中心"],
    ["常州大学城位于武进", "常州大学"],
    ["共同推进航空装备、绿色电源、通用航空等重点产业", "绿色电源"],
    ["版权所有 江苏某某传媒有限公司 苏ICP备10000000号", "江苏某某传媒有限公司"],
    // A list of fields closed by 等…企业 says what kinds of firm, not which.
    ["产业园将引进风电装备、智能电网等上下游企业20家以上", "风电装备"],
    ["重点引进新能源汽车、生物医药等企业", "生物医药"],
    // The builders stand before 共建, the new body after it.
    ["常州市与东吴大学签署协议,共建东吴大学常州研究院", "共建东吴大学常州研究院"],
    ["常州与东吴大学共建研究院", "东吴大学共建研究院"],
    ["开工项目有常州瑞达精工科技有限公司精密减速器项目", "开工项目有常州瑞达精工科技有限公司"],
  ])("%s does not name %s", (text, fragment) => {
    expect(extractOrganizations(text).flatMap((o) => [o.name, ...o.aliases])).not.toContain(fragment);
  });
});

describe("extractOrganizations: known short names", () => {
  it.each([
    ["中石化和中车股份作为大型央企", "中石化", "中国石油化工集团有限公司", "央企"],
    ["中科院物理所共有在研项目568项", "中科院物理所", "中国科学院物理研究所", "科研院所"],
    ["该基金即大基金,投资芯片", "大基金", "国家集成电路产业投资基金股份有限公司", "基金"],
    ["希望中国信通院发挥技术优势", "中国信通院", "中国信息通信研究院", "科研院所"],
    ["中航绿色电源科技园奠基", "中航", "中国航空工业集团公司", "央企"],
    ["宁德时代与上汽集团合资建设电池项目", "上汽集团", "上海汽车集团股份有限公司", "企业"],
  ])("%s reads %s as %s (%s)", (text, alias, name, kind) => {
    const org = byName(text, name);
    expect(org?.kind).toBe(kind);
    expect(org?.mentions.map((m) => m.text)).toContain(alias);
  });

  it.each([
    ["其中车辆检修由园区负责", "中国中车股份有限公司"],
    ["集中航运资源", "中国航空工业集团公司"],
  ])("%s does not mention %s", (text, name) => {
    expect(names(text)).not.toContain(name);
  });
});

describe("extractOrganizations: short names listed with known organizations", () => {
  it.each([
    ["坤泰、哈焊所、欣盛等一批省重点项目落户", ["坤泰", "欣盛"]],
    ["旗下子公司与常宝钢管、武进不锈股份等企业合作", ["常宝钢管", "武进不锈股份"]],
  ])("%s names %j", (text, expected) => {
    expect(names(text)).toEqual(expect.arrayContaining(expected));
  });

  it.each([["大力发展光伏、轨道交通、碳材料等新兴产业"], ["市、区领导白云萍、韩九云、周斌参加活动"]])(
    "%s names nothing",
    (text) => {
      expect(names(text)).toEqual([]);
    },
  );
});

describe("extractOrganizations: spelling variants and kinds", () => {
  it.each([
    ["上午考察了常州远景智造研究院有限公司。下午与常州远景制造研究院有限公司座谈", 1],
    ["中国科学院物理研究所、中国科学院化学研究所共同参与", 2],
    ["上午考察了常州甲乙新材料有限公司。下午与常州丙丁新材料有限公司座谈", 2],
  ])("%s has %i organization(s)", (text, count) => {
    expect(extractOrganizations(text)).toHaveLength(count);
  });

  it.each([
    ["拜访了南京某某大学", "南京某某大学", "高校"],
    ["拜访了江苏省某某研究院", "江苏省某某研究院", "科研院所"],
    ["拜访了常州某某科技有限公司", "常州某某科技有限公司", "企业"],
  ])("%s: %s is %s", (text, name, kind) => {
    expect(byName(text, name)?.kind).toBe(kind);
  });

  it.each([
    ["今年该所与溧阳市政府合作", false, []],
    ["今年该所与溧阳市政府合作", true, ["溧阳市政府"]],
  ])("%s with government=%s names %j", (text, government, expected) => {
    expect(extractOrganizations(text, { government }).map((o) => o.name)).toEqual(expected);
  });
});

describe("extractOrganizations: organizations from context", () => {
  it.each([
    // Foreign forms with a bare 公司 or 株式会社.
    ["我市金坛区与德国瑞森马克公司签订合作协议。", ["德国瑞森马克公司"]],
    // Members of a list closed by 等…企业 / 机构 / 基金, Latin brands too.
    ["西门斯、博拉、ABX等230家德资企业落户常州。", ["西门斯", "博拉", "ABX"]],
    ["与深瑞投、为远资本等知名投资机构合作。", ["深瑞投", "为远资本"]],
    // A short name in a company's role: subject of a plan, party of a signing.
    ["派安生物计划在西太湖设立研发基地。", ["派安生物"]],
    // A country gives an institute its head, and a stop character right after it begins the brand.
    ["与日本国立水环境研究所合作。", ["日本国立水环境研究所"]],
    ["德国和瑞、日本JRL等企业先后落户。", ["德国和瑞", "日本JRL"]],
    ["光远环保结合厂区布局建设科普馆。", ["光远环保"]],
  ])("%s", (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it.each([
    // Kinds of makers, places and fields are no companies.
    "招引制氢、氢储运、燃料电池等相关核心零部件制造企业。",
    "来自北京、深圳、杭州等地的合成生物企业纷纷落户。",
    // A verb before a bare 公司, and a bureau's chief.
    "他察看公司的研发中心。",
    "管委会招商局局长表示。",
  ])("nothing in %s", (text) => {
    expect(names(text)).toEqual([]);
  });

  it("one company with and without its country or city is one, and its short form an alias", () => {
    const orgs = extractOrganizations(
      "意大利瑞达集团投资建设总部。瑞达集团是行业龙头。深圳赛远医疗科技有限公司项目签约,赛远医疗专注于测序。",
    );
    expect(orgs.map((o) => [o.name, o.aliases])).toEqual([
      ["意大利瑞达集团", ["瑞达集团"]],
      ["深圳赛远医疗科技有限公司", ["赛远医疗"]],
    ]);
  });
});

describe("extractOrganizations: numbered bureaus of the central builders", () => {
  it.each([
    ["中建三局与武进区签约城市更新项目", "中建三局", "中国建筑集团有限公司"],
    ["由中交二航局承建的大桥项目开工", "中交二航局", "中国交通建设集团有限公司"],
    // 中铁's numbered bureaus belong to two groups: the short form does not say which.
    ["由中铁十局承建的道路项目开工", "中铁十局", null],
  ])("%s names the company %s of %s", (text, name, parent) => {
    expect(extractOrganizations(text)).toEqual([expect.objectContaining({ name, kind: "央企", parent })]);
  });

  it("a bureau of the government stays a government body", () => {
    expect(extractOrganizations("常州市商务局与企业签约")).toEqual([]);
  });
});

describe("companiesByRole", () => {
  it.each([
    ["派安生物计划在西太湖设立研发基地", ["派安生物"]],
    ["金坛区与瑞达科技签约", ["瑞达科技"]],
    ["新能源汽车计划年内投产", []],
    ["储能电池将成为主流", []],
    // A two-character brand is judged whole: the 大 of 瑞大 is no generic word there.
    ["瑞大环保结合厂区布局,建设科普馆", ["瑞大环保"]],
  ])("%s → %s", (text, expected) => {
    expect(companiesByRole(text).map((r) => r.name)).toEqual(expected);
  });
});
