import { luminance, themeKindFor } from "./themeChoice";

describe("luminance", () => {
  test("white is 1", () => expect(luminance("#FFFFFF")).toBeCloseTo(1));
  test("black is 0", () => expect(luminance("#000")).toBeCloseTo(0));
  test("not a colour is null", () => expect(luminance("white")).toBeNull());
});

describe("themeKindFor", () => {
  const none = { isDark: null, bodyBackgroundColor: null };
  test("Office's isDarkTheme wins", () =>
    expect(themeKindFor({ isDark: true, bodyBackgroundColor: "#FFFFFF" }, false)).toBe("dark"));
  test("a dark Office background means dark", () =>
    expect(themeKindFor({ isDark: null, bodyBackgroundColor: "#262626" }, false)).toBe("dark"));
  test("a light Office background means light even when the system is dark", () =>
    expect(themeKindFor({ isDark: null, bodyBackgroundColor: "#F3F2F1" }, true)).toBe("light"));
  test("without Office the system's preference decides", () => {
    expect(themeKindFor(none, true)).toBe("dark");
    expect(themeKindFor(none, false)).toBe("light");
  });
});
