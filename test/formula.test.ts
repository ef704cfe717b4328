/**
 * `cz formula` as a black box: the formula an analyst would type, over a dataset file, answered with the
 * add-in's own function code as the cell would show it.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedDataset } from "./seedFixture";
import { tinyDataset } from "./fixtures/tinyDataset";

// Tests here start processes: seconds each, many more on a loaded machine than jest's default 5 s.
jest.setTimeout(120_000);

const CZ = join(__dirname, "../bin/cz.js");
const dir = mkdtempSync(join(tmpdir(), "cz-formula-"));
const SEED = join(dir, "seed.json");
const TINY = join(dir, "tiny.json");
writeFileSync(SEED, JSON.stringify(seedDataset()));
writeFileSync(TINY, JSON.stringify(tinyDataset()));

const formula = (text: string, dataset = SEED) => {
  const r = spawnSync(process.execPath, [CZ, "formula", text, "--dataset", dataset], {
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: r.status, stdout: r.stdout.trim(), stderr: r.stderr.trim() };
};

describe("cz formula", () => {
  test.each([
    ['=CZ.TOTAL("新能源","金坛")', "10"],
    ['=CZ.TOTAL("新能源","金坛",,"high")', "90"],
    ['=CZ.TOTAL("新能源","金坛",,"mid")', "50"],
    ['=CZ.COUNT("*",,"签约",2018)', "5"],
    ['=CZ.PROJECT("热电联产项目","district")', "金坛区"],
    ['=cz.total("*", "", "计划总投资", "high")', "185"],
  ])("%s → %s", (text, shown) => {
    const r = formula(text);
    expect(r).toMatchObject({ code: 0, stdout: shown });
  });

  test("a spilled array prints as tab-separated rows with its header", () => {
    const r = formula('=CZ.PROJECTS("新能源","金坛","name,investment")', TINY);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toEqual([
      "name\tinvestment",
      "华罗庚光伏项目\t10–90亿元 (数字残缺)",
      "金坛储能项目\t5亿元 (计划)",
    ]);
  });

  test("an Excel error prints its code and message, exit code 3", () => {
    expect(formula('=CZ.TOTAL("新能量")')).toMatchObject({
      code: 3,
      stdout: expect.stringMatching(/^#VALUE! 未知行业 '新能量' — 是否指 '新能源'\?/),
    });
    expect(formula('=CZ.TOTAL("集成电路",,,"high")')).toMatchObject({
      code: 3,
      stdout: expect.stringMatching(/^#N\/A 上限未知/),
    });
  });

  test("a formula that is not a CZ call, or has the wrong arity, is a usage error naming the problem", () => {
    expect(formula("=SUM(1,2)")).toMatchObject({ code: 2, stderr: expect.stringContaining("CZ function") });
    expect(formula("=CZ.TOTALS(1)")).toMatchObject({ code: 2, stderr: expect.stringContaining("CZ.TOTAL") });
    expect(formula("=CZ.TOTAL()")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("needs 1 argument"),
    });
    expect(formula('=CZ.TOTAL("a",1,2,3,4,5)')).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("at most 5"),
    });
    expect(formula("=CZ.TOTAL(A1)")).toMatchObject({
      code: 2,
      stderr: expect.stringContaining("not a literal"),
    });
  });

  test("a missing or invalid dataset file is bad input naming the file", () => {
    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify({ ...tinyDataset(), projects: "none" }));
    expect(formula("=CZ.VERSION()", join(dir, "nope.json"))).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("nope.json does not exist"),
    });
    expect(formula("=CZ.VERSION()", broken)).toMatchObject({
      code: 1,
      stderr: expect.stringContaining("projects"),
    });
  });
});
