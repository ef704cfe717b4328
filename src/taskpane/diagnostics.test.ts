import { type DiagnosticsInfo, diagnosticsText } from "./diagnostics";

const info: DiagnosticsInfo = {
  addinVersion: "0.1.0",
  datasetVersion: "50fe6bebef6c7d4a",
  builtAt: "2026-11-29T03:45:56.529Z",
  origin: "network",
  loadedAt: "2026-11-29T04:00:00.000Z",
  status: "ready",
  datasetUrl: "https://localhost:3000/dataset.json",
  counts: { projects: 15, amounts: 16 },
  office: { host: "Excel", platform: "OfficeOnline", version: "16.0.1" },
  localAdditions: { ids: [], readError: null, layerError: null },
  liveFormulas: 3,
  lastRefresh: null,
  language: "zh",
  userAgent: null,
  errors: [{ time: "2026-11-29T04:01:00.000Z", message: "CZ_Amounts incomplete\nsecond line" }],
  now: "2026-11-29T04:02:00.000Z",
};

describe("diagnosticsText", () => {
  const text = diagnosticsText(info);
  test("starts with a title and the time", () =>
    expect(text.split("\n")[0]).toBe("CZ Projects diagnostics 2026-11-29T04:02:00.000Z"));
  test("names the versions, the source and origin", () => {
    expect(text).toContain("add-in version: 0.1.0");
    expect(text).toContain("dataset: 50fe6bebef6c7d4a built 2026-11-29T03:45:56.529Z (origin network");
    expect(text).toContain("dataset URL: https://localhost:3000/dataset.json");
  });
  test("counts live formulas", () => expect(text).toContain("live CZ formulas: 3"));
  test("says whether the CZ tables are whole", () =>
    expect(diagnosticsText({ ...info, tables: "incomplete at CZ_Events: sync failed" })).toContain(
      "CZ tables: incomplete at CZ_Events: sync failed",
    ));
  test("names the local additions by source id and says why they are unreadable or not layered", () => {
    expect(text).toContain("local additions: 0");
    const withAdditions = diagnosticsText({
      ...info,
      localAdditions: { ids: ["local-0123456789ab"], readError: "two parts", layerError: null },
    });
    expect(withAdditions).toContain("local additions: 1 (local-0123456789ab); unreadable: two parts");
  });
  test("Office host, platform and version", () =>
    expect(text).toContain("Office: host Excel, platform OfficeOnline, version 16.0.1"));
  test("unknown values show as -", () => expect(text).toContain("last refresh: -"));
  test("each error on one line", () =>
    expect(text).toContain("  2026-11-29T04:01:00.000Z CZ_Amounts incomplete second line"));
  test("no errors reads none", () =>
    expect(diagnosticsText({ ...info, errors: [] })).toContain("recent errors: none"));
});
