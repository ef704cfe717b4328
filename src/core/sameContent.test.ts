import { tinyDataset } from "../../test/fixtures/tinyDataset";
import { sameContent, sameJson } from "./sameContent";

describe("same content", () => {
  test("builtAt apart, a copy is the same; any other change is not", () => {
    const d = tinyDataset();
    expect(sameContent(d, { ...structuredClone(d), builtAt: "2030-01-01T00:00:00.000Z" })).toBe(true);
    const edited = structuredClone(d);
    edited.amounts[0]!.text += " ";
    expect(sameContent(d, edited)).toBe(false);
    expect(sameContent(d, { ...structuredClone(d), projects: d.projects.slice(1) })).toBe(false);
  });

  test("JSON values compare by value, and a missing key is not a null one", () => {
    expect(sameJson({ a: [1, { b: null }] }, { a: [1, { b: null }] })).toBe(true);
    expect(sameJson({ a: null }, { b: null })).toBe(false);
    expect(sameJson([1, 2], { 0: 1, 1: 2 })).toBe(false);
    expect(sameJson(1, "1")).toBe(false);
  });
});
