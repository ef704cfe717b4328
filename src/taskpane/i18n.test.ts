import { STRINGS, languageFor } from "./i18n";

describe("languageFor", () => {
  test.each([
    ["zh-CN", "zh"],
    ["zh-cn", "zh"],
    ["zh-TW", "zh"],
    ["zh", "zh"],
    ["en-US", "en"],
    ["de-DE", "en"],
    ["", "en"],
  ] as const)("%s → %s", (tag, language) => expect(languageFor(tag)).toBe(language));

  test("falls back to the browser's language when Office gives none", () =>
    expect(languageFor(null, "zh-CN")).toBe("zh"));
  test("Office's language wins over the browser's", () => expect(languageFor("en-US", "zh-CN")).toBe("en"));
});

describe("the string tables", () => {
  test("both languages have the same keys", () =>
    expect(Object.keys(STRINGS.zh).sort()).toEqual(Object.keys(STRINGS.en).sort()));
  test("no string is empty", () => {
    for (const table of Object.values(STRINGS))
      for (const [key, value] of Object.entries(table))
        if (typeof value === "string") expect(`${key}:${value.trim()}`).not.toBe(`${key}:`);
  });
  test("Chinese texts are Chinese", () => {
    expect(STRINGS.zh.title).toBe("常州项目");
    expect(STRINGS.zh.workbookRestored("CZ_Amounts")).toContain("CZ_Amounts");
    expect(STRINGS.zh.workbookRestored("CZ_Amounts")).toMatch(/恢复原样/);
  });
});
