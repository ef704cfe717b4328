/**
 * Simplified Chinese descriptions of the CZ functions. functions.json is generated from the JSDoc (English);
 * the build writes functions-zh-cn.json from it with these texts, and the manifest points Excel in Chinese at
 * that file. Ids and names stay ASCII in every language: a formula written as =CZ.TOTAL must work everywhere
 * (office-js #891).
 */
export interface FunctionText {
  description: string;
  parameters: Record<string, string>;
}

export const ZH_CN: Record<string, FunctionText> = {
  TOTAL: {
    description:
      '匹配项目某一度量的合计: 金额以亿元计, 其他度量按其自身单位(员工以万人计)。默认: 投资, 下限。只计项目自身的数字, 每个项目一个(最精确的); 批量与累计数字见 CZ.FIGURES。外币不换算: 用 "总投资[亿美元]"。',
    parameters: {
      sector: '行业名称或别名, 行业树的任一级, "*" 表示全部。例: "新能源"。',
      place: '区县或园区(区县包含其下园区), "*" 或留空表示全部。例: "金坛"。',
      measure:
        '留空表示投资; 或度量名称(也可用英文 "total investment"): "总投资", "年产值", "一期总投资"。金额以亿元计; 其他度量按其单位, 可在方括号中写明: "员工[万人]"。已知度量没有数字时合计为 0。',
      bound: '"low"(默认, 下限), "high"(上限) 或 "mid"(中值)。',
      period: '年份(2018)或区间("2015:2019"), 按项目日期匹配; 留空表示全部。',
    },
  },
  FIGURES: {
    description:
      "不属于单个项目、CZ.TOTAL 从不相加的数字: 批量合计(18个项目总投资80亿元)、规模档(超10亿元项目6个)、累计数与未归属的数字, 含项目个数、地点、日期与原文(溢出, 最新在前)。",
    parameters: {
      scope:
        "留空表示以上全部; 或 batch 批量、threshold 规模、aggregate 累计、unattached 未归属、project 项目, 可用逗号分隔多个。",
      place: '区县或园区(区县包含其下园区), "*" 或留空表示全部。',
      period: '年份(2018)或区间("2015:2019"), 按数字的日期匹配; 留空表示全部。',
    },
  },
  COUNT: {
    description: "匹配项目的个数。",
    parameters: {
      sector: '行业名称或别名, "*" 表示全部。例: "集成电路"。',
      place: '区县或园区, "*" 或留空表示全部。',
      stage: "拟建、签约、落户、开工、在建、验收、投产或运营; 留空表示全部。",
      period: '年份(2018)或区间("2015:2019"); 留空表示全部。',
    },
  },
  PROJECTS: {
    description: "匹配项目的列表, 含标题行, 按投资从大到小排列(溢出)。",
    parameters: {
      sector: '行业名称或别名, "*" 表示全部。',
      place: '区县或园区, "*" 或留空表示全部。',
      columns: '以逗号分隔的字段, 如 "name,stage,investment,quote"; 留空为默认字段。',
    },
  },
  PROJECT: {
    description: "按 id 或名称查找一个项目, 返回其一个字段。",
    parameters: {
      idOrName: "项目 id(prj-…)或项目名称。",
      field:
        "name, sector, place, district, park, stage, date, partners, investment, source, quote 等; 留空为概要。",
    },
  },
  SOURCE: {
    description: "项目或数字所出自的原文句子。",
    parameters: { idOrName: "项目 id 或名称, 或数字 id(amt-…)。" },
  },
  SECTORS: { description: "行业树: 名称、id、上级、层级和别名(溢出)。", parameters: {} },
  PLACES: { description: "常州的区县和园区: 名称、id、类型、所属区县和别名(溢出)。", parameters: {} },
  VERSION: { description: "数据集版本和构建时间, 用于审计。", parameters: {} },
};

interface Metadata {
  functions: { id: string; description?: string; parameters?: { name: string; description?: string }[] }[];
}

/**
 * The same metadata with Chinese descriptions. Throws if a function or parameter has no translation, so a new
 * function cannot ship half-translated.
 * @example localizeMetadata(functionsJson, ZH_CN).functions[0].description // "匹配项目某一度量的合计…"
 */
export function localizeMetadata<T extends Metadata>(metadata: T, table: Record<string, FunctionText>): T {
  return {
    ...metadata,
    functions: metadata.functions.map((fn) => {
      const text = table[fn.id];
      if (!text) throw new Error(`no Chinese description for CZ.${fn.id} in metadataZhCn.ts`);
      return {
        ...fn,
        description: text.description,
        parameters: fn.parameters?.map((p) => {
          const description = text.parameters[p.name];
          if (description === undefined)
            throw new Error(
              `no Chinese description for parameter ${p.name} of CZ.${fn.id} in metadataZhCn.ts`,
            );
          return { ...p, description };
        }),
      };
    }),
  };
}
