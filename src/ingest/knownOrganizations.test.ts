import { KNOWN_ORGANIZATIONS, knownNamesLongestFirst, lookupKnownOrganization } from "./knownOrganizations";
import { ORG_KINDS } from "../core/dataset";

describe("knownOrganizations", () => {
  it.each([
    ["中石化", "中国石油化工集团有限公司", "央企"],
    ["中车股份", "中国中车股份有限公司", "央企"],
    ["物理所", "中国科学院物理研究所", "科研院所"],
    ["北自所", "北京机械工业自动化研究所", "科研院所"],
    ["中节能", "中国节能环保集团有限公司", "央企"],
    ["大基金", "国家集成电路产业投资基金股份有限公司", "基金"],
    ["中科院", "中国科学院", "科研院所"],
    ["信通院", "中国信息通信研究院", "科研院所"],
    ["国机重工", "中国国机重工集团有限公司", "央企"],
    ["中国电子", "中国电子信息产业集团有限公司", "央企"],
    ["中航工业", "中国航空工业集团公司", "央企"],
    ["大唐", "中国大唐集团有限公司", "央企"],
    ["清华工研院", "北京清华工业开发研究院", "科研院所"],
    ["中航锂电(洛阳)有限公司", undefined, undefined],
  ])("%s → %s (%s)", (alias, name, kind) => {
    const org = lookupKnownOrganization(alias);
    expect(org?.name).toBe(name);
    expect(org?.kind).toBe(kind);
  });

  it("gives every entry a valid kind and a known parent", () => {
    for (const org of KNOWN_ORGANIZATIONS) {
      expect(ORG_KINDS).toContain(org.kind);
      if (org.parent) expect(lookupKnownOrganization(org.parent)?.name).toBe(org.parent);
    }
  });

  it("never gives one alias to two organizations", () => {
    const owner = new Map<string, string>();
    for (const org of KNOWN_ORGANIZATIONS) {
      for (const alias of [org.name, ...org.aliases]) {
        expect([undefined, org.name]).toContain(owner.get(alias));
        owner.set(alias, org.name);
      }
    }
  });

  it("lists names longest first", () => {
    const lengths = knownNamesLongestFirst().map((n) => n.text.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
  });
});
