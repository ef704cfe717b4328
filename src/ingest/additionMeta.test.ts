/** The metadata of an added article: each bad field refused with code "metadata", naming the field. */
import { type AdditionMeta, checkAdditionMeta } from "./additionMeta";
import { additionRefusal } from "../../test/fixtures/additionRefusal";

const TODAY = "2026-12-03";
const good: AdditionMeta = {
  title: "金坛区签约新能源项目",
  publisher: "常州市金坛区人民政府",
  published: "2024-05-17",
  url: "https://example.invalid/news/1.html",
};

const refusal = (meta: Partial<AdditionMeta>) =>
  additionRefusal(() => checkAdditionMeta({ ...good, ...meta }, TODAY), "the metadata");

describe("checkAdditionMeta", () => {
  it("accepts good metadata, no date and no URL", () => {
    expect(() => checkAdditionMeta(good, TODAY)).not.toThrow();
    expect(() => checkAdditionMeta({ ...good, published: null, url: null }, TODAY)).not.toThrow();
    expect(() =>
      checkAdditionMeta({ ...good, published: TODAY, url: "http://a.invalid" }, TODAY),
    ).not.toThrow();
  });

  it.each([
    ["title", { title: "  " }],
    ["publisher", { publisher: "" }],
    ["published", { published: "2019-02-29" }],
    ["published", { published: "2024-5-17" }],
    ["published", { published: "2024" }],
    ["published", { published: "2026-12-04" }],
    ["url", { url: "ftp://example.invalid/a" }],
    ["url", { url: "example.invalid/a" }],
    ["url", { url: "javascript:alert(1)" }],
  ])("refuses a bad %s, naming it in both languages (%#)", (field, meta) => {
    const e = refusal(meta);
    expect(e.code).toBe("metadata");
    expect(e.zh.startsWith(`${field}：`)).toBe(true);
    expect(e.en.startsWith(`${field}: `)).toBe(true);
  });

  it("says why a date is refused: not a real day, or after today", () => {
    expect(refusal({ published: "2019-02-29" }).en).toContain("not a real date");
    expect(refusal({ published: "2026-12-04" }).en).toContain("after today (2026-12-03)");
  });
});
