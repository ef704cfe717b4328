/**
 * The line a Chinese government or newspaper page prints under its headline:
 * `发布日期:2019-06-03  来源:发改委  浏览次数:  字号:〖大 中 小〗`, `信息来源:经信局 发布时间:2017-09-13`,
 * `时间:2018-09-28 19:06:14 来源:武进新闻 作者:阳湖网`. Each field is a label, a colon, and a value that runs to the
 * next label, a wide gap or a bar.
 *
 * A label counts only where a field can start (the line's start, after a gap, a bar or a bracket), so the
 * copyright notice `凡本网注明“来源：常州经济开发区”的…` is not read as a source.
 */
import { pageDate } from "./pageDate";

/** Labels of the published date, the most specific first. */
const DATE_LABELS = ["发布时间", "发布日期", "发稿时间", "发文日期", "日期", "时间"];
/** Labels of who published the article. */
const SOURCE_LABELS = [
  "信息来源",
  "文章来源",
  "稿件来源",
  "消息来源",
  "来源单位",
  "发布机构",
  "发布单位",
  "来源",
  "稿源",
];
/** Other labels of the same line: where a value ends. */
const OTHER_LABELS = [
  "作者",
  "编辑",
  "责任编辑",
  "浏览次数",
  "浏览量",
  "阅读次数",
  "访问量",
  "点击数",
  "点击量",
  "点击",
  "字号",
  "字体",
  "分享",
  "打印",
  "发布开发区",
  "人气",
  "分类",
  "索引号",
  "文号",
];

const ALL = [...DATE_LABELS, ...SOURCE_LABELS, ...OTHER_LABELS].sort((a, b) => b.length - a.length);
/**
 * Where a field may start: the line's start, a gap, a bar, a bracket, or right after the previous field's
 * digits (`<span>时间：2021-07-01 08:05</span><span>来源：常州日报</span>` reads as one run).
 */
const FIELD = new RegExp(`(?:^|[\\s\\u3000|丨｜/【\\[〖（(\\d])(${ALL.join("|")})\\s*[:：]\\s*`, "g");

/** A field's value and the label it was read under (发布日期, 信息来源 …). */
export interface Labelled {
  value: string;
  label: string;
}

export interface InfoFields {
  published: Labelled | null;
  publisher: Labelled | null;
}

/** What some sites write as the source when the page is their own: the publisher is then the site. */
const SELF = /^(本站|本网|本站原创|原创|本网原创|网站|本站编辑)$/;

/** A label with its colon anywhere: spans run together end a value there (`来源：常州日报作者：王晓明`). */
const NEXT_LABEL = new RegExp(`(${ALL.join("|")})\\s*[:：].*$`);

function cleanValue(value: string): string {
  return value
    .replace(NEXT_LABEL, "")
    .replace(/[\s\u3000]{2,}.*$/, "")
    .split(/[|丨｜【〖[]/)[0]!
    .replace(/[\s\u3000]+$/, "")
    .replace(/^[\s\u3000]+/, "")
    .replace(/[)）]+$/, (closes, _i, text: string) => {
      // `（来源：常州国家高新区(新北区)）`: keep the brackets the value opened, drop the line's own.
      const opened = (text.match(/[(（]/g) ?? []).length;
      const closedBefore = (text.slice(0, text.length - closes.length).match(/[)）]/g) ?? []).length;
      return closes.slice(0, Math.max(0, opened - closedBefore));
    });
}

/** The labelled fields of one line: label → value (the first of each label). */
export function lineFields(line: string): Map<string, string> {
  const fields = new Map<string, string>();
  const hits = [...line.matchAll(FIELD)];
  hits.forEach((hit, i) => {
    const start = (hit.index ?? 0) + hit[0].length;
    const end = hits[i + 1]?.index ?? line.length;
    const label = hit[1]!;
    if (!fields.has(label)) fields.set(label, cleanValue(line.slice(start, end)));
  });
  return fields;
}

/** Lines longer than this are prose, not an info line. */
const MAX_INFO_LINE = 160;

/**
 * Whether a line is only labelled fields (an info line, or a `来源：常州日报` line), not prose: it starts with a
 * label and has no sentence end.
 * @example isInfoLine("发布时间：2019-04-11 09:32  来源：常州日报  浏览次数：") // true
 */
export function isInfoLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > MAX_INFO_LINE || /[。！？]/.test(trimmed)) return false;
  const first = new RegExp(`^[【\\[〖（(]?(${ALL.join("|")})\\s*[:：]`).exec(trimmed);
  return first !== null;
}

/**
 * The published date and the source read from a page's lines (its text, one paragraph a line): the first line
 * that gives each. A source that names the site itself (本站, 原创) is no publisher.
 * @example infoFields(["当前位置：首页 > 正文", "发布日期:2019-06-03  来源:发改委  浏览次数:"]) // { published: { value: "2019-06-03", label: "发布日期" }, publisher: { value: "发改委", label: "来源" } }
 */
export function infoFields(lines: readonly string[]): InfoFields {
  let published: Labelled | null = null;
  let publisher: Labelled | null = null;
  for (const line of lines) {
    if (line.length > MAX_INFO_LINE) continue;
    const fields = lineFields(line);
    if (fields.size === 0) continue;
    if (published === null)
      for (const label of DATE_LABELS) {
        const value = fields.get(label);
        const date = value === undefined ? null : pageDate(value);
        if (date !== null) {
          published = { value: date, label };
          break;
        }
      }
    if (publisher === null)
      for (const label of SOURCE_LABELS) {
        const value = fields.get(label);
        if (value !== undefined && value !== "" && value.length <= 40 && !SELF.test(value)) {
          publisher = { value, label };
          break;
        }
      }
    if (published !== null && publisher !== null) break;
  }
  return { published, publisher };
}
