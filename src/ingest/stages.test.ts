import { maskSpans, stageOf } from "./stages";

describe("stageOf", () => {
  it.each([
    ["中车股份拟在常州经开区建设动车组检修基地等项目", "拟建"],
    ["同方威视下属的辐照事业部和拉曼事业部,拟在西太湖科技产业园建设项目。", "拟建"],
    ["钟楼区与北自所签约建设中机云创工业互联网。", "签约"],
    // Signed, then a plan: the signing is the fact.
    ["中节能与常州签署战略合作协议,拟在武进绿建区投资运营长江经济带绿色发展科技园", "签约"],
    ["北自所常州基地经过一年多建设已进入验收阶段", "验收"],
    ["一期工程于2017年开工建设,建成投产后全年可发电14.7亿千瓦时", "开工"],
    ["江苏芯盛智能科技有限公司已落户常州集成电路生态产业园", "落户"],
    ["项目计划总投资105亿元", null],
    ["达产后预计年产值150亿元", null],
    ["该项目将于明年投产", "拟建"],
    // A stage in the future is not reached: 预计, 力争, 年内将.
    ["一期厂房建设加快推进,预计今年6月份投产", "在建"],
    ["项目临近建设尾声,年内将投产", "在建"],
    ["长三角某某产业创新园开园", "运营"],
    ["2023年9月底完成竣工验收", "投产"],
    // 计划总投资 is a measure, not a plan: what follows it still happened.
    ["计划总投资65亿元的甲乙光伏组件项目一期项目奠基", "开工"],
    // 前期工作 is the work before building (approvals, design): pushing it forward is still a plan.
    ["甲乙精密零部件项目前期工作正稳步推进", "拟建"],
    // 续建 is the planners' word for a project carried on from last year: it is being built.
    ["今年续建的甲乙物流园项目", "在建"],
    ["在现有园区基础上,继续建设科创馆和人才社区", "在建"],
    // "规划建设厂房X平方米" gives what the project holds, not when it is built.
    ["该项目一期用地170亩,规划建设厂房及配套用房10万平方米", null],
    // Milestones of building: topping out, a bridge closing, equipment tested, investment done.
    ["甲乙院区项目主体结构顺利封顶", "在建"],
    ["甲乙大桥主体合龙", "在建"],
    ["甲乙储能项目正在加紧设备调试", "在建"],
    ["截至3月底,甲乙碳纤维项目已完成投资8亿元", "在建"],
    ["甲乙储能电池项目首批产品下线", "运营"],
    // A time still to come puts the stage after it in the future, as 预计 does.
    ["甲乙项目正在进行主体施工,明年投产", "在建"],
    // A clause opening on a time goes on with the plan before it.
    ["甲乙项目签约落户,计划于2024年3月开工,2025年底建成投产", "落户"],
    ["甲乙项目于2024年3月开工,2025年底建成投产", "投产"],
  ])("%s → %s", (sentence, stage) => {
    expect(stageOf(sentence)).toBe(stage);
  });

  it("ignores stage words inside a masked project name (…运营平台)", () => {
    const sentence = "钟楼区与中电通商签约,共建常州健康医疗大数据中心运营平台。";
    const at = sentence.indexOf("常州健康");
    expect(stageOf(maskSpans(sentence, [{ start: at, end: at + 15 }]))).toBe("签约");
  });
});
