import { checkSourceUrl } from "./sourceUrl";

describe("checkSourceUrl", () => {
  test("empty means the default dataset", () =>
    expect(checkSourceUrl("  ")).toEqual({ ok: true, url: null }));
  test("an https URL is accepted as written", () =>
    expect(checkSourceUrl(" https://data.example.org/cz/dataset.json ")).toEqual({
      ok: true,
      url: "https://data.example.org/cz/dataset.json",
    }));
  test("plain http is refused", () =>
    expect(checkSourceUrl("http://data.example.org/d.json")).toEqual({ ok: false, problem: "notHttps" }));
  test("http://localhost is allowed for development", () =>
    expect(checkSourceUrl("http://localhost:3000/dataset.json").ok).toBe(true));
  test("text that is no URL is refused", () =>
    expect(checkSourceUrl("dataset.json")).toEqual({ ok: false, problem: "notUrl" }));
  test("another scheme is refused", () =>
    expect(checkSourceUrl("ftp://example.org/d.json")).toEqual({ ok: false, problem: "notUrl" }));
  test("a javascript: URL is refused", () => expect(checkSourceUrl("javascript:alert(1)").ok).toBe(false));
  test.each([
    ["http://127.0.0.1:3000/dataset.json", "privateHost"],
    ["http://localhost:80@evil.example/", "credentials"],
    ["https://user:secret@data.example.org/d.json", "credentials"],
    ["http://[", "notUrl"],
  ])("refuses %s as the loader does (%s)", (text, problem) =>
    expect(checkSourceUrl(text)).toEqual({ ok: false, problem }),
  );
});
