/**
 * Trade names: the part of an organization's full name that reports use on its own. A company is named in full
 * once ("江苏恒立液压股份有限公司") and by its trade name elsewhere, most often at the head of its project's name
 * ("恒立液压系统项目", "新科人居智能舒适系统" of 新科环保科技有限公司). The trade name is what is left once the
 * places and countries it starts with and its legal and group endings are taken off.
 */
import { withoutPlace } from "./orgForms";

/** Countries and regions a foreign or Hong Kong company's name starts with: 德国博世马勒公司, 香港鸿钜控股有限公司. */
export const COUNTRY_HEAD =
  /^(?:中国|中华|德国|美国|日本|韩国|英国|法国|意大利|瑞士|瑞典|荷兰|比利时|奥地利|丹麦|芬兰|挪威|西班牙|葡萄牙|加拿大|澳大利亚|新加坡|以色列|俄罗斯|印度|泰国|马来西亚|香港|澳门|台湾|中国香港|中国台湾)/;

/** Legal and group endings, read off the end repeatedly: 集团股份有限公司, 控股有限公司, 株式会社. */
const LEGAL_END =
  /(?:股份有限公司|有限责任公司|有限公司|集团公司|总公司|公司|集团|控股|股份|株式会社|有限会社|\(集团\)|（集团）|\([^()]{2,6}\)|（[^（）]{2,6}）)$/;

/** Kinds of body that are not trade names on their own: 研究院, 大学 … keep their names whole. */
const NOT_A_COMPANY =
  /(?:研究总院|研究院|研究所|科学院|工程院|大学|学院|基金|中心|政府|管委会|委员会|[局厅部])$/;

/**
 * The trade name of a company's full name, or null when the name is not a company's or nothing distinctive
 * is left (中国中车股份有限公司 → 中车; 香港鸿钜控股有限公司 → 鸿钜; 中国科学院 → null).
 * @example tradeName("江苏恒立液压股份有限公司") // "恒立液压"
 */
export function tradeName(fullName: string): string | null {
  if (NOT_A_COMPANY.test(fullName)) return null;
  let core = fullName.replace(/\s+/g, "");
  for (let i = 0; i < 4 && LEGAL_END.test(core); i++) core = core.replace(LEGAL_END, "");
  for (let i = 0; i < 3; i++) {
    const next = withoutPlace(core.replace(COUNTRY_HEAD, ""));
    if (next === core) break;
    core = next;
  }
  return core.length >= 2 && core !== fullName ? core : null;
}

/**
 * How a name opens with an organization's trade name: the longest stretch of two or more characters that both
 * start with, so "新科人居智能舒适系统" opens with 新科 of 新科环保科技. Null when they share less than two characters
 * or the name merely opens with a place both start with.
 * @example sharedHead("恒立液压系统项目", "恒立液压") // "恒立液压"
 */
export function sharedHead(name: string, trade: string): string | null {
  const plain = withoutPlace(name.replace(COUNTRY_HEAD, ""));
  let n = 0;
  while (n < plain.length && n < trade.length && plain[n] === trade[n]) n++;
  return n >= 2 ? plain.slice(0, n) : null;
}
