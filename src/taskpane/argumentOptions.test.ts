import { STAGES } from "../core/dataset";
import { parseStage } from "../core/query/arguments";
import { measureCatalog } from "../core/query/measures";
import { seedDataset } from "../../test/seedFixture";
import { tinyDataset } from "../../test/fixtures/tinyDataset";
import { STAGE_ENGLISH, argumentOptions, measureOptions, searchOptions } from "./argumentOptions";

const seed = seedDataset();
const options = argumentOptions(seed);

describe("argument options", () => {
  test("sectors start with * (all) and list every sector of the dataset", () => {
    expect(options.sector[0]?.value).toBe("*");
    expect(options.sector.slice(1).map((o) => o.value)).toEqual(seed.sectors.map((s) => s.name));
  });

  test("without a dataset only the fixed lists remain", () => {
    const none = argumentOptions(null);
    expect(none.sector.map((o) => o.value)).toEqual(["*"]);
    expect(none.measure).toEqual([]);
    expect(none.stage.map((o) => o.value)).toEqual([...STAGES]);
  });

  test.each(Object.entries(STAGE_ENGLISH))("stage %s: its English word %s parses to it", (stage, english) =>
    expect(parseStage(english)).toBe(stage),
  );

  test("measures start with 投资, the investment rule", () =>
    expect(measureOptions(seed.amounts)[0]?.value).toBe("投资"));

  test.each([
    ["the seed", seed],
    ["the tiny dataset (foreign money, a measure in two units)", tinyDataset()],
  ])("every measure option of %s is a value CZ.TOTAL accepts", (_name, dataset) => {
    const catalog = measureCatalog(dataset.amounts);
    for (const option of measureOptions(dataset.amounts))
      expect(() => catalog.resolve(option.value)).not.toThrow();
  });

  test("every measure of the dataset is offered", () => {
    const offered = new Set(measureOptions(seed.amounts).map((o) => o.value.replace(/\[.*\]$/, "")));
    for (const m of measureCatalog(seed.amounts).measures) expect(offered.has(m.measure)).toBe(true);
  });
});

describe("searchOptions", () => {
  test('"pv" finds 光伏 by its English alias', () =>
    expect(searchOptions(options.sector, "pv")[0]?.value).toBe("光伏"));
  test('"金坛" finds 金坛区 first', () =>
    expect(searchOptions(options.place, "金坛")[0]?.value).toBe("金坛区"));
  test('"signed" finds 签约', () => expect(searchOptions(options.stage, "signed")[0]?.value).toBe("签约"));
  test("case and spaces are ignored", () =>
    expect(searchOptions(options.stage, "In Production")[0]?.value).toBe("投产"));
  test("an exact spelling ranks above a longer one containing it", () => {
    const found = searchOptions(options.sector, "新能源").map((o) => o.value);
    expect(found[0]).toBe("新能源");
  });
  test("empty text lists everything up to the limit", () =>
    expect(searchOptions(options.place, "", 5)).toHaveLength(5));
  test("a text nothing has finds nothing", () => expect(searchOptions(options.sector, "zzzz")).toEqual([]));
});
