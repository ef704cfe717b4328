/// <reference types="office-js" />
/** The workbook behind the stand-in: typed input, tables, PivotTables, names, settings, spills. */
import { installStandIn, uninstallStandIn, type StandIn } from "./index";

let standIn: StandIn;
beforeEach(() => {
  standIn = installStandIn(globalThis);
});
afterAll(() => uninstallStandIn(globalThis));

const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Excel.run(batch);
const sheet1 = (ctx: Excel.RequestContext) => ctx.workbook.worksheets.getItem("Sheet1");

describe("strings written through values are read like typed input", () => {
  it.each([
    ["=1+1", "=1+1", 2],
    ["+86", 86, 86],
    ["-5", -5, -5],
    ["-x", "=-x", "#NAME?"],
    ["@foo", "=foo", "#NAME?"],
    ["0012", 12, 12],
    ["2018-05", 43221, 43221],
    ["TRUE", true, true],
    ["常州", "常州", "常州"],
  ])("%s in a General cell: formula %p, value %p", async (input, formula, value) => {
    await run(async (ctx) => {
      sheet1(ctx).getRange("A1").values = [[input]];
    });
    expect(standIn.cell("Sheet1", "A1")).toMatchObject({ formula, value });
  });

  it.each(["=1+1", "+86", "-x", "@foo", "0012", "2018-05"])(
    "%s in a text (@) cell stays text",
    async (input) => {
      await run(async (ctx) => {
        const r = sheet1(ctx).getRange("A1");
        r.numberFormat = [["@"]];
        r.values = [[input]];
      });
      expect(standIn.cell("Sheet1", "A1")).toMatchObject({ formula: input, value: input, text: input });
    },
  );

  it("a formula written through formulas into a text cell is text too", async () => {
    await run(async (ctx) => {
      const r = sheet1(ctx).getRange("A1");
      r.numberFormat = [["@"]];
      r.formulas = [["=1+1"]];
    });
    expect(standIn.cell("Sheet1", "A1").value).toBe("=1+1");
  });

  it("shows numbers and dates through their format", async () => {
    await run(async (ctx) => {
      const r = sheet1(ctx).getRange("A1:C1");
      r.values = [[1234.5, 0.00012, 43221]];
      r.numberFormat = [["#,##0.00##", "#,##0.00##", "yyyy-mm-dd"]];
    });
    expect(standIn.read("Sheet1", "A1:C1", "text")).toEqual([["1,234.50", "0.0001", "2018-05-01"]]);
  });

  it("a range must get a grid of its own size", async () => {
    await expect(
      run(async (ctx) => {
        sheet1(ctx).getRange("A1:B2").values = [[1, 2]];
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("range navigation", () => {
  it("getCell, getResizedRange, getOffsetRange, getRow, getColumn and getAbsoluteResizedRange give the cells Excel would", async () => {
    await run(async (ctx) => {
      const r = sheet1(ctx).getRange("B2:D4");
      const parts = [
        r.getCell(1, 1),
        r.getResizedRange(1, -1),
        r.getOffsetRange(2, 1),
        r.getRow(2),
        r.getColumn(0),
        r.getCell(0, 0).getAbsoluteResizedRange(2, 5),
        r.getLastRow(),
      ].map((p) => p.load("address, rowCount, columnCount"));
      await ctx.sync();
      expect(parts.map((p) => p.address)).toEqual([
        "Sheet1!C3",
        "Sheet1!B2:C5",
        "Sheet1!C4:E6",
        "Sheet1!B4:D4",
        "Sheet1!B2:B4",
        "Sheet1!B2:F3",
        "Sheet1!B4:D4",
      ]);
    });
  });

  it("clear empties contents and formats; Contents keeps the formats; autofit is recorded", async () => {
    await run(async (ctx) => {
      const r = sheet1(ctx).getRange("A1:B1");
      r.numberFormat = [["0.00", "@"]];
      r.values = [[1, "x"]];
      await ctx.sync();
      sheet1(ctx).getRange("A1").clear("Contents");
      sheet1(ctx).getRange("B1").clear();
      r.format.autofitColumns();
    });
    expect(standIn.read("Sheet1", "A1:B1", "numberFormat")).toEqual([["0.00", "General"]]);
    expect(standIn.read("Sheet1", "A1:B1")).toEqual([["", ""]]);
    expect(standIn.calls.autofit).toBe(1);
  });

  it("a cell outside the sheet is refused", async () => {
    await expect(
      run(async (ctx) => {
        sheet1(ctx).getRange("A1").getOffsetRange(-1, 0).load("address");
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("tables", () => {
  it("a header-only range gets one empty body row; headers are unique text", async () => {
    await run(async (ctx) => {
      sheet1(ctx).getRange("A1:C1").values = [["ID", "ID", ""]];
      const t = ctx.workbook.tables.add("Sheet1!A1:C1", true);
      t.name = "T";
    });
    expect(standIn.table("T")).toMatchObject({ address: "Sheet1!A1:C2", headers: ["ID", "ID2", "Column3"] });
    expect(standIn.table("T")!.values).toEqual([["", "", ""]]);
  });

  it("resize keeps the header row and moves no cell; rows.add inserts and shifts cells below", async () => {
    await run(async (ctx) => {
      const s = sheet1(ctx);
      s.getRange("A1:B3").values = [
        ["k", "v"],
        ["a", 1],
        ["b", 2],
      ];
      s.getRange("A6").values = [["below"]];
      const t = ctx.workbook.tables.add("Sheet1!A1:B3", true);
      t.name = "T";
      t.resize("A1:B4");
      await ctx.sync();
      t.rows.add(0, [["z", 0]]);
    });
    expect(standIn.table("T")).toMatchObject({
      address: "Sheet1!A1:B5",
      values: [
        ["z", 0],
        ["a", 1],
        ["b", 2],
        ["", ""],
      ],
    });
    expect(standIn.read("Sheet1", "A7")).toEqual([["below"]]);
  });

  it("deleting whole table rows through a range shrinks the table; cutting a table is refused", async () => {
    await run(async (ctx) => {
      sheet1(ctx).getRange("A1:B4").values = [
        ["k", "v"],
        ["a", 1],
        ["b", 2],
        ["c", 3],
      ];
      ctx.workbook.tables.add("Sheet1!A1:B4", true).name = "T";
      sheet1(ctx).getRange("A2:B3").delete("Up");
    });
    expect(standIn.table("T")).toMatchObject({ address: "Sheet1!A1:B2", values: [["c", 3]] });
    await expect(
      run(async (ctx) => {
        sheet1(ctx).getRange("A2").delete("Up");
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("columns.add takes the header and the body; getItemOrNullObject finds by name", async () => {
    await run(async (ctx) => {
      sheet1(ctx).getRange("A1:A3").values = [["k"], ["a"], ["b"]];
      const t = ctx.workbook.tables.add("Sheet1!A1:A3", true);
      t.name = "T";
      t.columns.add(null as unknown as number, [["Note"], ["x"], ["y"]]);
      const missing = t.columns.getItemOrNullObject("Nope");
      const note = t.columns.getItemOrNullObject("note").load("index");
      await ctx.sync();
      expect([missing.isNullObject, note.index]).toEqual([true, 1]);
    });
    expect(standIn.table("T")).toMatchObject({
      headers: ["k", "Note"],
      values: [
        ["a", "x"],
        ["b", "y"],
      ],
    });
  });

  it("tables cannot overlap", async () => {
    await expect(
      run(async (ctx) => {
        ctx.workbook.tables.add("Sheet1!A1:B3", true);
        ctx.workbook.tables.add("Sheet1!B2:C4", true);
      }),
    ).rejects.toMatchObject({ code: "InvalidOperation" });
  });

  it("deleting a table takes its cells", async () => {
    await run(async (ctx) => {
      sheet1(ctx).getRange("A1:A2").values = [["k"], ["a"]];
      const t = ctx.workbook.tables.add("Sheet1!A1:A2", true);
      await ctx.sync();
      t.delete();
    });
    expect([standIn.tableNames(), standIn.read("Sheet1")]).toEqual([[], []]);
  });
});

describe("PivotTables", () => {
  async function seedTable() {
    await run(async (ctx) => {
      sheet1(ctx).getRange("A1:C4").values = [
        ["Sector", "District", "Low"],
        ["新能源", "金坛区", 10],
        ["新能源", "武进区", 5],
        ["集成电路", "武进区", 7],
      ];
      ctx.workbook.tables.add("Sheet1!A1:C4", true).name = "T";
    });
  }

  it("builds from a table, sums a numeric field and follows the table when refreshed", async () => {
    await seedTable();
    await run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.add("P");
      const pt = sheet.pivotTables.add("PT", ctx.workbook.tables.getItem("T"), sheet.getRange("A3"));
      pt.rowHierarchies.add(pt.hierarchies.getItem("Sector"));
      pt.dataHierarchies.add(pt.hierarchies.getItem("Low"));
      const source = pt.getDataSourceString();
      await ctx.sync();
      expect(source.value).toBe("T");
    });
    expect(standIn.pivots()[0]).toMatchObject({
      name: "PT",
      sheet: "P",
      rows: ["Sector"],
      values: [{ name: "Sum of Low", summarizeBy: "Sum" }],
      shown: { sourceRows: 3, totals: { "新能源 |  | Sum of Low": 15, "集成电路 |  | Sum of Low": 7 } },
    });
    await run(async (ctx) => {
      const t = ctx.workbook.tables.getItem("T");
      t.rows.add(undefined, [["集成电路", "新北区", 1]]);
      ctx.workbook.pivotTables.refreshAll();
    });
    expect(standIn.pivots()[0]).toMatchObject({ refreshCount: 1, shown: { sourceRows: 4 } });
    expect(standIn.pivots()[0]!.shown!.totals["集成电路 |  | Sum of Low"]).toBe(8);
  });

  it("summarizeBy Count counts, and a PivotTable whose table is gone cannot refresh", async () => {
    await seedTable();
    await run(async (ctx) => {
      const pt = ctx.workbook.pivotTables.add("PT", "T", "Sheet1!F1");
      pt.columnHierarchies.add(pt.hierarchies.getItem("District"));
      const d = pt.dataHierarchies.add(pt.hierarchies.getItem("Sector"));
      d.summarizeBy = "Count";
    });
    expect(standIn.pivots()[0]!.shown!.totals[" | 武进区 | Count of Sector"]).toBe(2);
    await expect(
      run(async (ctx) => {
        ctx.workbook.tables.getItem("T").delete();
        await ctx.sync();
        ctx.workbook.pivotTables.getItem("PT").refresh();
      }),
    ).rejects.toMatchObject({ code: "InvalidReference" });
  });

  it("refuses an unknown field", async () => {
    await seedTable();
    await expect(
      run(async (ctx) => {
        const pt = ctx.workbook.pivotTables.add("PT", "T", "Sheet1!F1");
        pt.rowHierarchies.add(pt.hierarchies.getItem("Sectr"));
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("names, settings, comments", () => {
  it("a name can hold a string constant and be rewritten", async () => {
    await run(async (ctx) => {
      ctx.workbook.names.add("CZ_Last", '="2026 | ""v1"""');
      await ctx.sync();
      const n = ctx.workbook.names.getItem("CZ_Last").load("type, value");
      await ctx.sync();
      expect([n.type, n.value]).toEqual(["String", '2026 | "v1"']);
      n.formula = '="later"';
    });
    expect(standIn.names()).toEqual([
      { name: "CZ_Last", formula: '="later"', type: "String", value: "later" },
    ]);
  });

  it("a name that exists cannot be added again", async () => {
    await expect(
      run(async (ctx) => {
        ctx.workbook.names.add("X", "=1");
        ctx.workbook.names.add("x", "=2");
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("settings hold JSON copies", async () => {
    await run(async (ctx) => {
      ctx.workbook.settings.add("a", { b: [1] });
      const missing = ctx.workbook.settings.getItemOrNullObject("z");
      await ctx.sync();
      expect(missing.isNullObject).toBe(true);
    });
    expect(standIn.settings()).toEqual({ a: { b: [1] } });
  });

  it("a comment goes on one cell", async () => {
    await run(async (ctx) => {
      ctx.workbook.comments.add("Sheet1!B2", "from v1");
    });
    expect(standIn.comments()).toEqual([{ address: "Sheet1!B2", content: "from v1" }]);
  });
});

describe("worksheets and selection", () => {
  it("adds, activates, selects, freezes and refuses a duplicate name", async () => {
    await run(async (ctx) => {
      const s = ctx.workbook.worksheets.add("Data");
      s.freezePanes.freezeRows(1);
      s.getRange("B2:C3").select();
    });
    expect([standIn.activeSheet(), standIn.selection(), standIn.frozenRows("Data")]).toEqual([
      "Data",
      "Data!B2:C3",
      1,
    ]);
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.add("data");
      }),
    ).rejects.toMatchObject({ code: "ItemAlreadyExists" });
  });

  it("an empty sheet's used range is A1, or a null object", async () => {
    await run(async (ctx) => {
      const used = sheet1(ctx).getUsedRange().load("address");
      const orNull = sheet1(ctx).getUsedRangeOrNullObject(true);
      await ctx.sync();
      expect([used.address, orNull.isNullObject]).toEqual(["Sheet1!A1", true]);
    });
  });
});

describe("formulas and spills", () => {
  it("uses the test's evaluator, spills arrays and says where they went", async () => {
    standIn.setEvaluator((f) =>
      f === "=CZ.PROJECTS()"
        ? [
            ["a", 1],
            ["b", 2],
          ]
        : f === "=CZ.TOTAL()"
          ? 42
          : undefined,
    );
    await run(async (ctx) => {
      sheet1(ctx).getRange("A1:A2").formulas = [["=CZ.TOTAL()"], ["=CZ.PROJECTS()"]];
      const spill = sheet1(ctx).getRange("A2").getSpillingToRangeOrNullObject().load("address");
      const none = sheet1(ctx).getRange("A1").getSpillingToRangeOrNullObject();
      await ctx.sync();
      expect([spill.address, none.isNullObject]).toEqual(["Sheet1!A2:B3", true]);
    });
    expect(standIn.read("Sheet1", "A1:B3")).toEqual([
      [42, ""],
      ["a", 1],
      ["b", 2],
    ]);
    expect(standIn.read("Sheet1", "A1:B3", "formulas")).toEqual([
      ["=CZ.TOTAL()", ""],
      ["=CZ.PROJECTS()", 1],
      ["b", 2],
    ]);
  });

  it("a blocked spill is #SPILL!", async () => {
    standIn.setEvaluator(() => [[1], [2]]);
    await run(async (ctx) => {
      sheet1(ctx).getRange("A2").values = [["x"]];
      sheet1(ctx).getRange("A1").formulas = [["=SEQ()"]];
    });
    expect(standIn.cell("Sheet1", "A1").value).toBe("#SPILL!");
  });
});

describe("discardCells (the bench's stand-in, for measuring the code under test's memory alone)", () => {
  it("checks, counts and sizes every write, keeps the first row and drops the cells below it", async () => {
    const sink = installStandIn(globalThis, { discardCells: true });
    await run(async (ctx) => {
      sheet1(ctx).getRange("A1:B3").values = [
        ["ID", "Name"],
        ["a", "常州"],
        ["b", "金坛"],
      ];
    });
    expect(sink.syncs[0]!.requestBytes).toBeGreaterThan(40);
    expect(sink.cell("Sheet1", "A1")).toMatchObject({ value: "ID" });
    expect(sink.cell("Sheet1", "B2")).toMatchObject({ value: "" });
    // A write of the wrong shape is still refused.
    await expect(
      run(async (ctx) => {
        sheet1(ctx).getRange("A2:B2").values = [["only one"]];
      }),
    ).rejects.toThrow();
  });
});
