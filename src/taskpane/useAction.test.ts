import { WriteFailedError } from "../excel/undoPending";
import { STRINGS } from "./i18n";
import { actionFailureText } from "./useAction";

describe("what the pane says when an action fails", () => {
  test.each(["en", "zh"] as const)(
    "a write put back as it was, or left for the start-up (%s)",
    (language) => {
      const s = STRINGS[language];
      expect(
        actionFailureText(new WriteFailedError(new Error("sync"), true), s.actionFailed, s, language),
      ).toBe(s.actionUndone);
      expect(
        actionFailureText(new WriteFailedError(new Error("sync"), false), s.actionFailed, s, language),
      ).toBe(s.actionIncomplete);
    },
  );

  test("a reason in the pane's language is given; Excel's English stays in the diagnostics", () => {
    const zh = STRINGS.zh;
    const bilingual = new Error(
      "CZ_Amounts 尚未写入本工作簿:请先刷新数据。 / CZ_Amounts is not in this workbook yet",
    );
    expect(actionFailureText(bilingual, zh.actionFailed, zh, "zh")).toBe(
      "操作未成功: CZ_Amounts 尚未写入本工作簿:请先刷新数据。",
    );
    expect(
      actionFailureText(new Error("GeneralException: the request failed"), zh.actionFailed, zh, "zh"),
    ).toBe(zh.actionFailed(zh.seeDiagnostics));
    const en = STRINGS.en;
    expect(actionFailureText(new Error("The request failed"), en.actionFailed, en, "en")).toBe(
      "That did not work: The request failed",
    );
  });
});
