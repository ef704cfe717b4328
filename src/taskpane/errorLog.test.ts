import { createErrorLog, errorMessage } from "./errorLog";

describe("createErrorLog", () => {
  test("keeps the newest entries up to its limit, newest last", () => {
    const log = createErrorLog(2, () => new Date("2026-01-01T00:00:00Z"));
    for (const m of ["a", "b", "c"]) log.record(m);
    expect(log.entries().map((e) => e.message)).toEqual(["b", "c"]);
    expect(log.entries()[0]?.time).toBe("2026-01-01T00:00:00.000Z");
  });
});

describe("errorMessage", () => {
  test("an Error gives its message", () => expect(errorMessage(new Error("boom"))).toBe("boom"));
  test("a string is itself", () => expect(errorMessage("x")).toBe("x"));
  test("anything else as JSON", () => expect(errorMessage({ code: 1 })).toBe('{"code":1}'));
  test("undefined reads undefined", () => expect(errorMessage(undefined)).toBe("undefined"));
});
