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
