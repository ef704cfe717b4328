import { AdditionError } from "../ingest/additionInput";
import { ADDITION_STRINGS } from "./additionStrings";
import { failureText, inLanguage, pickLanguage } from "./useAddSession";

describe("messages in the pane's language", () => {
  test("one side of a bilingual message, or the message as it is", () => {
    const both =
      "工作簿中保存的本地添加内容无法读取，已原样保留。 / The local additions stored in this workbook cannot be read.";
    expect(pickLanguage(both, "zh")).toBe("工作簿中保存的本地添加内容无法读取，已原样保留。");
    expect(pickLanguage(both, "en")).toBe("The local additions stored in this workbook cannot be read.");
    expect(pickLanguage("plain English / with a slash", "zh")).toBe("plain English / with a slash");
    expect(pickLanguage("总投资 / 亿元", "en")).toBe("总投资 / 亿元");
  });

  test("an AdditionError in its language; other errors picked from their bilingual text", () => {
    const refusal = new AdditionError("empty", "文本为空。", "The text is empty.");
    expect(inLanguage(refusal, "zh")).toBe("文本为空。");
    expect(inLanguage(refusal, "en")).toBe("The text is empty.");
    expect(inLanguage(new Error("无法载入 / could not be loaded"), "en")).toBe("could not be loaded");
  });

  test("an unreadable store says it once, in one language", () => {
    const message = "无法读取，已原样保留。 / Cannot be read; left untouched.";
    const en = failureText(ADDITION_STRINGS.en, { step: "unreadable", table: null, message }, "en");
    expect(en).toBe("Cannot be read; left untouched.");
    const zh = failureText(ADDITION_STRINGS.zh, { step: "layer", table: null, message }, "zh");
    expect(zh).toBe(ADDITION_STRINGS.zh.failedLayer("无法读取，已原样保留。"));
  });
});
