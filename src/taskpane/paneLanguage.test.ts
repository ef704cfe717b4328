import { AdditionError } from "../ingest/additionInput";
import { errorInPaneLanguage, inPaneLanguage } from "./paneLanguage";

describe("lower layers' words in the pane's language only", () => {
  const both =
    "工作簿中保存的本地添加内容无法读取，已原样保留。 / The local additions stored in this workbook cannot be read.";

  test.each([
    [both, "zh", "工作簿中保存的本地添加内容无法读取，已原样保留。"],
    [both, "en", "The local additions stored in this workbook cannot be read."],
    // A URL before the slash is no English side: the spaced " / " is.
    [
      "无法下载数据集 https://x.org/a/b.json: 超时 / timed out",
      "zh",
      "无法下载数据集 https://x.org/a/b.json: 超时",
    ],
    ["无法下载数据集 https://x.org/a/b.json: 超时 / timed out", "en", "timed out"],
    // English only (Excel's errors, the table writer's): for the diagnostics, not the Chinese pane.
    ["CZ_Sources is incomplete: the refresh stopped while writing it", "zh", null],
    [
      "CZ_Sources is incomplete: the refresh stopped while writing it",
      "en",
      "CZ_Sources is incomplete: the refresh stopped while writing it",
    ],
    ["plain English / with a slash", "zh", null],
    // Chinese only: not for the English pane.
    ["总投资 / 亿元", "en", null],
    ["总投资 / 亿元", "zh", "总投资 / 亿元"],
  ] as const)("%s in %s → %p", (message, language, expected) => {
    expect(inPaneLanguage(message, language)).toBe(expected);
  });

  test("an AdditionError in its language; other errors from their bilingual text", () => {
    const refusal = new AdditionError("empty", "文本为空。", "The text is empty.");
    expect(errorInPaneLanguage(refusal, "zh")).toBe("文本为空。");
    expect(errorInPaneLanguage(refusal, "en")).toBe("The text is empty.");
    expect(errorInPaneLanguage(new Error("无法载入 / could not be loaded"), "en")).toBe(
      "could not be loaded",
    );
    expect(errorInPaneLanguage(new TypeError("x is undefined"), "zh")).toBeNull();
  });
});
