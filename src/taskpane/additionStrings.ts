/**
 * The strings of the "Add article" tab, in English and Simplified Chinese, apart from the pane's main table so
 * that this feature's words stay together. Texts with values are functions, so word order can differ.
 */
import type { Language } from "./i18n";
import { useLanguage } from "./useLanguage";

/** "1 project", "2 projects". */
const n = (count: number, word: string) => `${count} ${word}${count === 1 ? "" : "s"}`;

const en = {
  tabAdd: "Add article",
  intro:
    "Paste a report (or drop a .txt or .html file), check the records found, and add them to this workbook. Nothing leaves this computer.",
  textLabel: "Report text",
  textPlaceholder: "Paste the report here, or drop a .txt / .html file",
  dropHint: "Drop a .txt or .html file here",
  chooseFile: "Open a file…",
  fileRead: (name: string, chars: number) => `Read ${name} (${chars.toLocaleString("en")} characters)`,
  titleLabel: "Title",
  publisherLabel: "Publisher",
  publishedLabel: "Published (YYYY-MM-DD)",
  publishedHint: "Needed for dates such as 今年5月 or 上月: without it they stay unknown.",
  urlLabel: "Web address (optional)",
  extract: "Extract",
  extracting: "Extracting…",
  extractFailed: "Extract did not work; the details are in the diagnostics (Help tab).",
  extractAgain:
    "The text or its details changed since Extract: press Extract again to review what will be added.",
  clear: "Start again",
  found: (projects: number, figures: number, ms: number) =>
    `Found ${n(projects, "project")} and ${n(figures, "figure")} (${ms} ms). Untick what is wrong, correct a field, then Add.`,
  projectsHeading: "Projects",
  figuresHeading: "Figures",
  noneFound: "None found.",
  partner: "Partner",
  place: "Place",
  sector: "Sector",
  stage: "Stage",
  date: "Date",
  unknown: "unknown",
  quote: "Quote",
  include: "Include",
  correct: "Correct…",
  keep: "as extracted",
  reasonLabel: "Reason (kept with the correction)",
  stageDate: "A date is YYYY, YYYY-MM or YYYY-MM-DD (empty keeps the extracted one).",
  settleTitle: "Settle this figure from another source",
  settleLow: "Low",
  settleHigh: "High",
  settleSource: "Where the value is written (URL)",
  settleQuote: "The words there that state it",
  settleUndo: "Keep as extracted",
  settleBounds: "Give at least one bound, a number (0 or more) in the figure's unit.",
  settleOrder: "Low must not be above high.",
  settleEvidence: "Say where the value is written and quote it: a figure is never guessed.",
  reasonNeeded: "Say why: every correction and every untick is kept with its reason.",
  showText: "Show the text with the quotes marked",
  hideText: "Hide the text",
  add: "Add to workbook",
  adding: "Adding…",
  added: (projects: number, figures: number) =>
    `Added ${n(projects, "project")} and ${n(figures, "figure")}. The CZ tables and formulas are updated.`,
  merged: (count: number) =>
    `${count === 1 ? "One of them" : `${count} of them`} joined a project already in the dataset (counted once).`,
  listHeading: "Additions in this workbook",
  listEmpty: "No local additions. Articles you add are stored in this workbook.",
  listItem: (projects: number, figures: number) => `${n(projects, "project")} · ${n(figures, "figure")}`,
  remove: "Remove",
  removing: "Removing…",
  removeConfirm: "Remove it and its review decisions",
  cancel: "Cancel",
  saveFile: "Save",
  clearStored: "Discard the stored additions…",
  clearConfirm: "Discard them: they cannot be recovered from this workbook",
  cleared: "The stored additions were discarded. The CZ tables and formulas show the published dataset.",
  removed: (title: string) => `Removed “${title}”. The CZ tables and formulas are updated.`,
  exportFiles: "Export as source files",
  exportHint: (names: string) =>
    `Give these files to whoever builds the published dataset: dropped into data/sources, cz build reads them as they are. ${names}`,
  alreadyPublished: "Now in the published dataset: this addition is no longer layered.",
  version: (published: string, local: string) => `Published ${published} + local ${local}`,
  unreadable: "The additions stored in this workbook cannot be read; they were left untouched.",
  layerProblem: "The additions stored in this workbook could not be layered over this dataset.",
  failedLayer: (why: string | null) =>
    `Nothing was changed: ${why ?? "the additions could not be layered over this dataset."}`,
  failedUnchanged: "Nothing in the workbook changed: it could not be written. Try again.",
  failedChanging:
    "Nothing was changed: another author changed this workbook's additions at the same time. Check the list and try again.",
  failedRestored: (table: string | null) =>
    `Nothing was changed: writing ${table ?? "the workbook"} failed, so the pane put the workbook back as it was (tables, stored additions, PivotTables and formulas agree) — try again.`,
  failedIncomplete: (table: string | null) =>
    `The CZ tables are incomplete: writing ${table ?? "them"} failed and so did putting them back — press Refresh, or close and reopen the workbook, which repairs them before any formula answers.`,
  failedNoDataset: "Load the dataset first (press Refresh), then add the article.",
  failedBusy: "Another change of the additions is being written: try again when it is done.",
  othersKept: (added: string[], removed: string[]) =>
    `Another author's changes to this workbook's additions were kept${added.length ? ` (added: ${added.join(", ")})` : ""}${removed.length ? ` (removed: ${removed.join(", ")})` : ""}.`,
  fileTooLarge: (mb: string) => `The file is too large (${mb} MB; the limit is 5 MB).`,
  fileType: (name: string) => `${name} is not a .txt or .html file.`,
  fileUnreadable: (name: string, why: string) => `${name} could not be read: ${why}`,
  pageRead: (name: string, chars: number, missing: string[]) =>
    `Read the article of ${name} (${chars.toLocaleString("en")} characters); its details are filled in from the page.` +
    (missing.length > 0 ? ` Not on the page: ${missing.join(", ")} — fill them in.` : ""),
  pastedPage: "the pasted page",
  pageEmpty: (name: string) => `No article text was found in ${name}.`,
  pageReaderUnavailable:
    "The page reader (page.js) could not be loaded: check the connection to the add-in's server and try again.",
};

export type AdditionStrings = { [K in keyof typeof en]: (typeof en)[K] };

const zh: AdditionStrings = {
  tabAdd: "添加文章",
  intro: "粘贴一篇报道(或拖入 .txt / .html 文件),核对识别出的记录,然后添加到本工作簿。所有处理都在本机完成。",
  textLabel: "报道正文",
  textPlaceholder: "在此粘贴报道正文,或拖入 .txt / .html 文件",
  dropHint: "将 .txt 或 .html 文件拖到这里",
  chooseFile: "打开文件…",
  fileRead: (name, chars) => `已读取 ${name}(${chars.toLocaleString("zh")} 字)`,
  titleLabel: "标题",
  publisherLabel: "发布单位",
  publishedLabel: "发布日期(YYYY-MM-DD)",
  publishedHint: "“今年5月”“上月”等相对日期需要发布日期,否则无法确定。",
  urlLabel: "网址(可选)",
  extract: "提取",
  extracting: "正在提取…",
  extractFailed: "提取未成功;详细信息见诊断信息(“帮助”选项卡)。",
  extractAgain: "提取之后正文或信息已更改:请重新按“提取”,核对将要添加的内容。",
  clear: "重新开始",
  found: (projects, figures, ms) =>
    `找到 ${projects} 个项目、${figures} 个数字(${ms} 毫秒)。取消勾选有误的记录、更正字段,然后添加。`,
  projectsHeading: "项目",
  figuresHeading: "数字",
  noneFound: "未找到。",
  partner: "合作方",
  place: "地点",
  sector: "产业",
  stage: "阶段",
  date: "日期",
  unknown: "未知",
  quote: "原文",
  include: "包含",
  correct: "更正…",
  keep: "按提取结果",
  reasonLabel: "理由(随更正一并保存)",
  stageDate: "日期格式为 YYYY、YYYY-MM 或 YYYY-MM-DD(留空则保留提取结果)。",
  settleTitle: "依据其他来源核定此数字",
  settleLow: "下限",
  settleHigh: "上限",
  settleSource: "数值出处(网址)",
  settleQuote: "出处中说明该数值的原文",
  settleUndo: "按提取结果",
  settleBounds: "请至少填写一个界限:以该数字的单位计、不小于 0 的数。",
  settleOrder: "下限不能高于上限。",
  settleEvidence: "请注明数值出处并引用原文:数字从不猜测。",
  reasonNeeded: "请说明理由:每项更正和取消勾选都会连同理由保存。",
  showText: "显示原文并标出引文",
  hideText: "隐藏原文",
  add: "添加到工作簿",
  adding: "正在添加…",
  added: (projects, figures) => `已添加 ${projects} 个项目、${figures} 个数字。CZ 表格和公式已更新。`,
  merged: (n) => `其中 ${n} 个与数据集中已有的项目合并(只计一次)。`,
  listHeading: "本工作簿的添加",
  listEmpty: "没有本地添加。添加的文章保存在本工作簿中。",
  listItem: (projects, figures) => `${projects} 个项目 · ${figures} 个数字`,
  remove: "移除",
  removing: "正在移除…",
  removeConfirm: "移除它及其审核决定",
  cancel: "取消",
  saveFile: "保存",
  clearStored: "丢弃保存的添加…",
  clearConfirm: "丢弃:无法再从本工作簿恢复",
  cleared: "已丢弃保存的添加。CZ 表格和公式显示发布的数据集。",
  removed: (title) => `已移除“${title}”。CZ 表格和公式已更新。`,
  exportFiles: "导出为来源文件",
  exportHint: (names) =>
    `请将这些文件交给发布数据集的同事:放入 data/sources 后,cz build 即可直接读取。${names}`,
  alreadyPublished: "已收录于发布的数据集:此添加不再叠加。",
  version: (published, local) => `发布版 ${published} + 本地 ${local}`,
  unreadable: "本工作簿保存的添加无法读取,已保留未改动。",
  layerProblem: "本工作簿保存的添加无法叠加到此数据集上。",
  failedLayer: (why) => `未作任何更改:${why ?? "这些添加无法叠加到此数据集上。"}`,
  failedUnchanged: "工作簿未作任何更改:无法写入工作簿。请再试一次。",
  failedChanging: "未作任何更改:另一位作者同时修改了本工作簿的添加。请查看列表后再试。",
  failedRestored: (table) =>
    `未作任何更改:写入 ${table ?? "工作簿"} 失败,已将工作簿恢复原样(表格、保存的添加、数据透视表和公式一致),请再试一次。`,
  failedIncomplete: (table) =>
    `CZ 表格不完整:写入 ${table ?? "表格"} 失败,恢复也未成功,请按“刷新”,或关闭后重新打开工作簿(打开时会在任何公式给出结果之前修复表格)。`,
  failedNoDataset: "请先加载数据集(按“刷新”),再添加文章。",
  failedBusy: "另一项添加或移除正在写入:完成后请再试。",
  othersKept: (added, removed) =>
    `已保留另一位作者对本工作簿添加的更改${added.length ? `(新增:${added.join("、")})` : ""}${removed.length ? `(移除:${removed.join("、")})` : ""}。`,
  fileTooLarge: (mb) => `文件过大(${mb} MB,上限 5 MB)。`,
  fileType: (name) => `${name} 不是 .txt 或 .html 文件。`,
  // `why` comes in the pane's language only (ArticleForm filters the reader's words), or empty.
  fileUnreadable: (name, why) => (why ? `无法读取 ${name}:${why}` : `无法读取 ${name}。`),
  pageRead: (name, chars, missing) =>
    `已读取 ${name} 的正文(${chars.toLocaleString("zh")} 字),并按网页填写了各项信息。` +
    (missing.length > 0 ? `网页上没有:${missing.join("、")},请补填。` : ""),
  pastedPage: "粘贴的网页",
  pageEmpty: (name) => `${name} 中未找到正文。`,
  pageReaderUnavailable: "网页读取程序(page.js)无法载入:请检查与加载项服务器的连接后重试。",
};

export const ADDITION_STRINGS: Record<Language, AdditionStrings> = { en, zh };

/** The tab's strings in the pane's language. */
export function useAdditionStrings(): AdditionStrings {
  return ADDITION_STRINGS[useLanguage().language];
}
