import { seedDataset } from "../../../test/seedFixture";
import { generateDataset } from "../../../test/fixtures/generateDataset";
import { tinyDataset } from "../../../test/fixtures/tinyDataset";
import type { Dataset } from "../dataset";
import { createQueryEngine } from "./engine";
import { countedFigures } from "./precision";
import { QueryError } from "./queryError";

function errorOf(run: () => unknown): QueryError {
  try {
    run();
  } catch (error) {
    if (error instanceof QueryError) return error;
    throw error;
  }
  throw new Error("expected a QueryError");
}

describe("a total never shows Infinity", () => {
  test("two 1e308 figures in a dataset that skipped validation answer #N/A, not Infinity", () => {
    const d = tinyDataset();
    const [first] = d.amounts.filter((a) => a.measure === "总投资" && a.unit === "亿元");
    const huge = { ...first!, low: 1e308, high: 1e308 };
    // On two projects: of one project's figures of a measure only the most precise counts.
    const [p1, p2] = d.projects;
    d.amounts.push(
      { ...huge, id: "huge-1", projectId: p1!.id },
      { ...huge, id: "huge-2", projectId: p2!.id },
    );
    const error = errorOf(() => createQueryEngine(d).total("*", "", "总投资"));
    expect(error.code).toBe("notAvailable");
    expect(error.message).toContain("overflows");
  });
});

describe("CZ.TOTAL over the tiny dataset", () => {
  const engine = createQueryEngine(tinyDataset());

  test("a sector covers its descendants: 新能源 = 光伏 10 + 储能 5 + its own 20", () => {
    expect(engine.total("新能源")).toBe(35);
    expect(engine.total("光伏")).toBe(10);
    expect(engine.total("储能与电池")).toBe(5);
  });

  test("a district covers its parks: 金坛 includes the project in 华罗庚科技产业园", () => {
    expect(engine.total("新能源", "金坛")).toBe(15);
    expect(engine.total("新能源", "金坛区", "", "high")).toBe(95);
    expect(engine.total("新能源", "金坛", "", "mid")).toBe(55);
    expect(engine.total("新能源", "华罗庚科技产业园")).toBe(10);
  });

  test("a garbled figure makes low and high differ", () => {
    expect(engine.total("光伏", "", "", "low")).toBe(10);
    expect(engine.total("光伏", "", "", "high")).toBe(90);
  });

  test("an over figure answers high with #N/A naming the project", () => {
    const error = errorOf(() => engine.total("新能源", "", "", "high"));
    expect(error.code).toBe("notAvailable");
    expect(error.message).toContain("新能源总部");
  });

  test("investment rule: a phase-only project counts its phase as a floor; a total beats its phase", () => {
    // 芯片一期项目 (phase 3) + 芯片全项目 (total 100, its phase 40 not added again).
    expect(engine.total("集成电路")).toBe(103);
    const error = errorOf(() => engine.total("集成电路", "", "", "high"));
    expect(error.code).toBe("notAvailable");
    expect(error.message).toContain("芯片一期项目");
    expect(engine.total("集成电路", "", "一期总投资")).toBe(43);
  });

  test("a plan (计划总投资) counts as the project's investment", () => {
    expect(engine.total("储能与电池", "", "投资", "high")).toBe(5);
  });

  test("money in 亿元 is the default unit; foreign money is asked for by unit and never mixed", () => {
    expect(engine.total("*", "", "总投资")).toBe(130);
    expect(engine.total("*", "", "总投资[亿美元]")).toBe(2);
  });

  test("a measure in several non-money units must name its unit", () => {
    const error = errorOf(() => engine.total("*", "", "数量"));
    expect(error.code).toBe("invalidValue");
    expect(error.message).toContain("数量[家]");
    expect(engine.total("*", "", "数量[家]")).toBe(3);
  });

  test("figures of no project are never added, even over everything, and CZ.FIGURES lists them", () => {
    expect(engine.total("*", "", "已完成投资")).toBe(0);
    const rows = engine.figures();
    expect(rows.slice(1).map((r) => [r[1], r[2], r[6]])).toContainEqual(["已完成投资", 50, "unattached"]);
  });

  test("period: a year or a span, matched on the project's date; undated projects drop out", () => {
    expect(engine.total("*", "", "", "low", 2018)).toBe(3);
    expect(engine.total("*", "", "", "low", "2016:2017")).toBe(110);
    expect(engine.total("*", "", "", "low", "2016：2017")).toBe(110);
  });

  test("arguments are forgiving about case, spaces, aliases and '*'", () => {
    expect(engine.total(" PV ")).toBe(10);
    expect(engine.total("new energy", "*")).toBe(35);
    expect(engine.total("*")).toBe(engine.total(""));
    expect(engine.total(null)).toBe(engine.total("*"));
  });

  test.each([
    [() => engine.total("新能量"), "invalidValue", "是否指 '新能源'"],
    [() => engine.total("新能源", "金潭"), "invalidValue", "是否指 '金坛区'"],
    [() => engine.total("新能源", "", "天气"), "invalidValue", "可用: 投资"],
    [() => engine.total("新能源", "", "", "max"), "invalidValue", '"high"'],
    [() => engine.total("新能源", "", "", "", "2019:2015"), "invalidValue", "晚于"],
    [() => engine.total("新能源", "", "", "", "18"), "invalidValue", "2015:2019"],
  ])("a wrong argument answers #VALUE! with the allowed values (%#)", (run, code, hint) => {
    const error = errorOf(run);
    expect(error.code).toBe(code);
    expect(error.message).toContain(hint);
  });
});

describe("CZ.COUNT, CZ.PROJECTS, CZ.PROJECT, CZ.SOURCE over the tiny dataset", () => {
  const engine = createQueryEngine(tinyDataset());

  test("counts by sector, place, stage and period", () => {
    expect(engine.count("*")).toBe(6);
    expect(engine.count("新能源")).toBe(3);
    expect(engine.count("*", "金坛")).toBe(2);
    expect(engine.count("*", "", "开工")).toBe(1);
    expect(engine.count("*", "", "started")).toBe(1);
    expect(engine.count("*", "", "", 2018)).toBe(2);
    expect(errorOf(() => engine.count("*", "", "finished")).message).toContain("签约");
  });

  test("PROJECTS spills a header and the projects, largest investment first", () => {
    const rows = engine.projects("新能源", "", "name, investmentLow, 投资上限");
    expect(rows).toEqual([
      ["name", "investmentLow", "investmentHigh"],
      ["新能源总部", 20, ""],
      ["华罗庚光伏项目", 10, 90],
      ["金坛储能项目", 5, 5],
    ]);
  });

  test("PROJECT finds by id or name and reads one field; SOURCE gives the quote of a project or figure", () => {
    expect(engine.project("p-solar-park", "district")).toBe("金坛区");
    expect(engine.project("华罗庚光伏项目", "park")).toBe("金坛华罗庚科技产业园");
    expect(engine.project("华罗庚光伏项目", "sectorL1")).toBe("新能源");
    expect(engine.project("芯片一期项目", "investment")).toBe("≥3亿元 (仅分期投资, 全项目不低于此)");
    expect(engine.source("a7")).toBe("测试句子。");
    expect(errorOf(() => engine.project("华罗庚光伏", "name")).message).toContain("是否指 '华罗庚光伏项目'");
    expect(errorOf(() => engine.project("华罗庚光伏项目", "colour")).message).toContain("investment");
  });

  test("SECTORS and PLACES spill the taxonomies; VERSION names the dataset", () => {
    const sectors = engine.sectors();
    expect(sectors[0]).toEqual(["name", "id", "parent", "level", "aliases"]);
    expect(sectors.find((row) => row[0] === "光伏")?.slice(0, 4)).toEqual(["光伏", "solar", "新能源", 2]);
    expect(engine.places().find((row) => row[0] === "金坛华罗庚科技产业园")?.[3]).toBe("金坛区");
    expect(engine.version()).toBe("tiny-1 (2026-01-01T00:00:00.000Z)");
  });
});

/** The properties the issue asks for, on a real built dataset. */
function checkProperties(name: string, dataset: Dataset) {
  describe(`query properties on ${name}`, () => {
    const engine = createQueryEngine(dataset);

    test("TOTAL('*', , m, b) equals the sum of the b ends of measure m over the counted figures, for every measure and bound", () => {
      const pairs = new Set(dataset.amounts.map((a) => `${a.measure}[${a.unit}]`));
      expect(pairs.size).toBeGreaterThan(0);
      const counted = countedFigures(dataset);
      for (const key of pairs) {
        const figures = counted.filter((a) => `${a.measure}[${a.unit}]` === key);
        const low = figures.reduce((s, a) => s + (a.low ?? 0), 0);
        expect(engine.total("*", "", key, "low")).toBeCloseTo(low, 9);
        if (figures.every((a) => a.high !== null)) {
          const high = figures.reduce((s, a) => s + a.high!, 0);
          expect(engine.total("*", "", key, "high")).toBeCloseTo(high, 9);
          expect(engine.total("*", "", key, "mid")).toBeCloseTo((low + high) / 2, 9);
        } else {
          expect(errorOf(() => engine.total("*", "", key, "high")).code).toBe("notAvailable");
          expect(errorOf(() => engine.total("*", "", key, "mid")).code).toBe("notAvailable");
        }
      }
    });

    test("COUNT agrees with the rows of PROJECTS for every sector and place", () => {
      for (const sector of ["*", ...dataset.sectors.map((s) => s.name)])
        for (const place of ["*", ...dataset.places.map((p) => p.name)])
          expect(engine.count(sector, place)).toBe(engine.projects(sector, place).length - 1);
    });

    test("a sector's total is the sum over its children plus its own projects (no double counting)", () => {
      for (const sector of dataset.sectors) {
        const children = dataset.sectors.filter((s) => s.parentId === sector.id);
        const direct = dataset.projects.filter((p) => p.sectorId === sector.id).map((p) => p.id);
        const own = createQueryEngine({
          ...dataset,
          projects: dataset.projects.filter((p) => direct.includes(p.id)),
          amounts: dataset.amounts.filter((a) => a.projectId !== null && direct.includes(a.projectId)),
        }).total("*");
        const sum = children.reduce((s, c) => s + engine.total(c.id), own);
        expect(engine.total(sector.id)).toBeCloseTo(sum, 9);
        expect(engine.count(sector.id)).toBe(
          children.reduce((s, c) => s + engine.count(c.id), direct.length),
        );
      }
    });

    test("a district's total is the sum over its parks plus its own projects", () => {
      for (const district of dataset.places.filter((p) => p.kind !== "park")) {
        const parks = dataset.places.filter((p) => p.parentId === district.id);
        const ownCount = dataset.projects.filter((p) => p.placeId === district.id).length;
        expect(engine.count("*", district.name)).toBe(
          parks.reduce((s, park) => s + engine.count("*", park.name), ownCount),
        );
      }
    });
  });
}

checkProperties("the seed dataset", seedDataset());
checkProperties("the tiny dataset", tinyDataset());
checkProperties("a generated dataset of 400 projects", generateDataset({ projects: 400, seed: 7 }));

describe("the seed dataset answers the card's questions", () => {
  const engine = createQueryEngine(seedDataset());

  test("CZ.TOTAL('新能源','金坛') is the 大唐 热电联产 plan, garbled: 10 to 90 亿元", () => {
    expect(engine.total("新能源", "金坛")).toBe(10);
    expect(engine.total("新能源", "金坛", "", "high")).toBe(90);
  });

  test("CZ.TOTAL('集成电路') is neither 0 nor overstated: 芯盛's first phase is a floor, high is #N/A", () => {
    expect(engine.total("集成电路")).toBe(10);
    expect(errorOf(() => engine.total("集成电路", "", "", "high")).message).toContain(
      "江苏芯盛智能科技有限公司项目",
    );
  });

  test("the garbled figures keep low and high apart in every total that includes them", () => {
    expect(engine.total("*", "", "计划总投资", "low")).toBe(25);
    expect(engine.total("*", "", "计划总投资", "high")).toBe(185);
  });
});

describe("totals carry no binary noise", () => {
  /** The tiny dataset's projects with 总投资 figures that a double cannot hold exactly. */
  function decimalFigures(values: [number, number][]): Dataset {
    const d = tinyDataset();
    const template = d.amounts.find((a) => a.id === "a5")!;
    d.amounts = d.projects.map((p, i) => ({
      ...template,
      id: `d${i}`,
      projectId: p.id,
      low: values[i % values.length]![0],
      high: values[i % values.length]![1],
      qualifier: "range" as const,
    }));
    return d;
  }

  test("0.1 + 0.2 + 0.01 … adds to the decimal a person would type, at every bound", () => {
    const engine = createQueryEngine(
      decimalFigures([
        [0.1, 0.2],
        [0.2, 0.3],
        [0.01, 0.11],
      ]),
    );
    // Six projects: 0.1, 0.2, 0.01, twice; plain addition gives 0.6200000000000001.
    expect([0.1, 0.2, 0.01, 0.1, 0.2, 0.01].reduce((s, v) => s + v, 0)).not.toBe(0.62);
    expect(engine.total("*")).toBe(0.62);
    expect(engine.total("*", "", "", "high")).toBe(1.22);
    expect(engine.total("*", "", "", "mid")).toBe(0.92);
    expect(engine.total("*", "", "总投资")).toBe(0.62);
  });

  test("the phases of a project add up exactly too (一期 0.1 + 二期 0.2 亿元)", () => {
    const d = tinyDataset();
    const template = d.amounts.find((a) => a.id === "a4")!;
    d.amounts = [
      { ...template, id: "ph1", measure: "一期总投资", low: 0.1, high: 0.1 },
      { ...template, id: "ph2", measure: "二期总投资", low: 0.2, high: 0.2 },
    ];
    expect(createQueryEngine(d).total("集成电路")).toBe(0.3);
  });
});
