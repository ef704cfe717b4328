import { ZH_CN } from "../functions/metadataZhCn";
import { buildFormula } from "./formula";
import { GALLERY_FUNCTIONS, findGalleryFunction, signature } from "./functionCatalog";

describe("the function gallery", () => {
  test("lists every CZ function of metadataZhCn, in its order", () =>
    expect(GALLERY_FUNCTIONS.map((f) => f.id)).toEqual(Object.keys(ZH_CN)));

  test.each(GALLERY_FUNCTIONS.map((f) => [f.id, f] as const))(
    "CZ.%s has the parameters the Chinese metadata describes",
    (id, fn) => expect(fn.parameters.map((p) => p.name)).toEqual(Object.keys(ZH_CN[id]!.parameters)),
  );

  test("Chinese descriptions come from metadataZhCn", () =>
    expect(findGalleryFunction("TOTAL")?.zh).toBe(ZH_CN.TOTAL!.description));

  test("required parameters come before optional ones", () => {
    for (const fn of GALLERY_FUNCTIONS) {
      const firstOptional = fn.parameters.findIndex((p) => p.optional);
      if (firstOptional >= 0) expect(fn.parameters.slice(firstOptional).every((p) => p.optional)).toBe(true);
    }
  });

  test('the TOTAL example is =CZ.TOTAL("新能源","金坛")', () =>
    expect(buildFormula("TOTAL", findGalleryFunction("TOTAL")!.example)).toBe('=CZ.TOTAL("新能源","金坛")'));

  test("examples never pass more arguments than the function has", () => {
    for (const fn of GALLERY_FUNCTIONS) expect(fn.example.length).toBeLessThanOrEqual(fn.parameters.length);
  });

  test("signature brackets optional parameters", () =>
    expect(signature(findGalleryFunction("TOTAL")!)).toBe(
      "CZ.TOTAL(sector, [place], [measure], [bound], [period])",
    ));
});

describe("the gallery agrees with the functions Excel registers", () => {
  // The gallery keeps its own short English texts; names, order and optional flags must be the metadata's, and
  // every example must evaluate without a #VALUE! on the seed dataset.
  test("same ids, parameter names and optional flags as functions.json", async () => {
    const { loadRegistry } = await import("../cli/functionRegistry");
    const registry = await loadRegistry();
    expect(GALLERY_FUNCTIONS.map((f) => f.id).sort()).toEqual(registry.metadata.map((m) => m.id).sort());
    for (const meta of registry.metadata) {
      const fn = GALLERY_FUNCTIONS.find((f) => f.id === meta.id)!;
      expect(fn.parameters.map((p) => [p.name, p.optional])).toEqual(
        meta.parameters.map((p) => [p.name, p.optional ?? false]),
      );
    }
  });

  test("every example answers on the seed dataset", async () => {
    const { loadRegistry } = await import("../cli/functionRegistry");
    const { evaluateFormula } = await import("../cli/evaluateFormula");
    const { sharedDataset } = await import("../runtime/sharedDataset");
    const { seedDataset } = await import("../../test/seedFixture");
    sharedDataset.setDataset(seedDataset(), "file");
    const registry = await loadRegistry();
    for (const fn of GALLERY_FUNCTIONS) {
      const result = evaluateFormula(registry, buildFormula(fn.id, fn.example));
      expect([fn.id, result.kind === "error" ? result.code : "ok"]).not.toEqual([fn.id, "#VALUE!"]);
    }
  });
});
