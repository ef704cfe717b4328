/// <reference types="office-js" />
/** The stand-in behaves like the Excel JavaScript API where code most often goes wrong: load, sync, refusal. */
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  ERROR_CODES,
  OfficeError,
  StandInUsageError,
  installStandIn,
  uninstallStandIn,
  type StandIn,
} from "./index";

let standIn: StandIn;
beforeEach(() => {
  standIn = installStandIn(globalThis);
});
afterAll(() => uninstallStandIn(globalThis));

const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Excel.run(batch);

describe("load before read", () => {
  it("reading a property that was not loaded throws PropertyNotLoaded", async () => {
    await run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      expect(() => range.values).toThrow(OfficeError);
      range.load("address");
      expect(() => range.address).toThrow(expect.objectContaining({ code: ERROR_CODES.propertyNotLoaded }));
      await ctx.sync();
      expect(range.address).toBe("Sheet1!A1:B2");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("errors are OfficeExtension.Error, with code and debugInfo", async () => {
    const error = await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Nope").load("name");
      await ctx.sync();
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OfficeExtension.Error);
    expect(error).toMatchObject({ code: "ItemNotFound", debugInfo: { code: "ItemNotFound" } });
  });

  it("load takes a list, an array, an object and a path through navigation and items", async () => {
    await run(async (ctx) => {
      const sheets = ctx.workbook.worksheets.load("items/name");
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("B3").load(["address", "rowIndex"]);
      const sheet = ctx.workbook.worksheets.getActiveWorksheet().load({ name: true });
      const fmt = ctx.workbook.getSelectedRange().load("worksheet/name, address");
      await ctx.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1"]);
      expect([range.address, range.rowIndex, sheet.name]).toEqual(["Sheet1!B3", 2, "Sheet1"]);
      expect(fmt.worksheet.name).toBe("Sheet1");
    });
  });

  it("collection items are not there until loaded", async () => {
    await run(async (ctx) => {
      expect(() => ctx.workbook.tables.items).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("a ClientResult's value is there only after sync", async () => {
    await run(async (ctx) => {
      const count = ctx.workbook.worksheets.getCount();
      expect(() => count.value).toThrow(expect.objectContaining({ code: "ValueNotLoaded" }));
      await ctx.sync();
      expect(count.value).toBe(1);
    });
  });
});

describe("queued writes", () => {
  it("are applied at sync, not before", async () => {
    await run(async (ctx) => {
      ctx.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["x"]];
      expect(standIn.read("Sheet1")).toEqual([]);
      await ctx.sync();
      expect(standIn.read("Sheet1", "A1")).toEqual([["x"]]);
    });
  });

  it("Excel.run syncs what the batch left queued, and its objects die with it", async () => {
    let kept: Excel.Range | undefined;
    await run(async (ctx) => {
      kept = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      kept.values = [[1]];
      return undefined;
    });
    expect(standIn.read("Sheet1", "A1")).toEqual([[1]]);
    expect(standIn.syncCount).toBe(1);
    expect(() => kept!.load("values")).toThrow(expect.objectContaining({ code: "InvalidRequestContext" }));
  });

  it("a new RequestContext works without Excel.run and syncs only when asked", async () => {
    const ctx = new Excel.RequestContext();
    ctx.workbook.worksheets.getItem("Sheet1").getRange("C1").values = [["y"]];
    expect(standIn.syncCount).toBe(0);
    await ctx.sync();
    expect(standIn.read("Sheet1", "C1")).toEqual([["y"]]);
  });

  it("a batch function that returns no promise is refused", async () => {
    const batch = (() => undefined) as unknown as (ctx: Excel.RequestContext) => Promise<void>;
    await expect(Excel.run(batch)).rejects.toMatchObject({ code: "RunMustReturnPromise" });
  });

  it("a failing command keeps the ones before it in the batch, like Excel", async () => {
    await expect(
      run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A2").values = [[1, 2]];
        sheet.getRange("A3").values = [[3]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(standIn.read("Sheet1", "A1:A3")).toEqual([[1], [""], [""]]);
  });

  it("null in values leaves the cell as it was; an empty string empties it", async () => {
    await run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:C1");
      r.values = [["a", "b", "c"]];
      await ctx.sync();
      r.values = [[null, "", "z"]];
    });
    expect(standIn.read("Sheet1", "A1:C1")).toEqual([["a", "", "z"]]);
  });
});

describe("refusing what Excel does not have", () => {
  it("a misspelled method or property throws at once", async () => {
    await run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      expect(() => (sheet as unknown as { getRnage: unknown }).getRnage).toThrow(StandInUsageError);
      const range = sheet.getRange("A1");
      expect(() => ((range as unknown as { valuse: unknown }).valuse = [[1]])).toThrow(
        /no property 'valuse'/,
      );
      expect(() => (ctx as unknown as { workbok: unknown }).workbok).toThrow(StandInUsageError);
      expect(() => (Excel as unknown as { runn: unknown }).runn).toThrow(StandInUsageError);
    });
  });

  it("read-only properties cannot be set", async () => {
    await run(async (ctx) => {
      const range = ctx.workbook.worksheets.getItem("Sheet1").getRange("A1");
      expect(() => ((range as unknown as { address: string }).address = "B2")).toThrow(/read-only/);
    });
  });

  it("awaiting a proxy does not trip the refusal (then is no member)", async () => {
    await run(async (ctx) => {
      const range = await Promise.resolve(ctx.workbook.worksheets.getItem("Sheet1").getRange("A1"));
      expect(range).toBeDefined();
    });
  });

  it("an API newer than the host fails at sync with ApiNotFound", async () => {
    standIn = installStandIn(globalThis, { apiVersion: "1.12" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    await expect(
      run(async (ctx) => {
        const t = ctx.workbook.tables.add("Sheet1!A1:B2", true);
        await ctx.sync();
        t.resize("Sheet1!A1:B5");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("OrNullObject", () => {
  it("isNullObject is known after sync, not before", async () => {
    await run(async (ctx) => {
      const missing = ctx.workbook.worksheets.getItemOrNullObject("Data");
      const present = ctx.workbook.worksheets.getItemOrNullObject("Sheet1");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await ctx.sync();
      expect([missing.isNullObject, present.isNullObject]).toEqual([true, false]);
    });
  });
});

describe("counting and failing syncs", () => {
  it("counts syncs and the bytes each one sends, without counting inspection", async () => {
    await run(async (ctx) => {
      const sheet = ctx.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:A2").values = [["小"], ["x"]];
      await ctx.sync();
      sheet.getRange("A1:A1000").values = Array.from({ length: 1000 }, () => ["常州科教城"]);
      await ctx.sync();
    });
    standIn.read("Sheet1");
    standIn.table("none");
    expect(standIn.syncCount).toBe(2);
    const [small, large] = standIn.syncs;
    expect(large!.requestBytes).toBeGreaterThan(1000 * 15);
    expect(small!.requestBytes).toBeLessThan(400);
    expect(standIn.largestRequestBytes()).toBe(large!.requestBytes);
  });

  it("refuses a request over the payload limit, applying nothing", async () => {
    standIn = installStandIn(globalThis, { payloadLimitBytes: 10_000 });
    await expect(
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem("Sheet1").getRange("A1:A1000").values = Array.from(
          { length: 1000 },
          () => ["0123456789"],
        );
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
    expect(standIn.read("Sheet1")).toEqual([]);
  });

  it("an injected failure applies nothing of its sync, and says so in the error", async () => {
    standIn.failSyncAt(2, { code: "GeneralException" });
    await expect(
      run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [[1]];
        await ctx.sync();
        sheet.getRange("A2").values = [[2]];
        sheet.getRange("A3").values = [[3]];
        await ctx.sync();
      }),
    ).rejects.toBeInstanceOf(OfficeExtension.Error);
    expect(standIn.read("Sheet1")).toEqual([[1]]);
    expect(standIn.syncs.map((s) => s.failed)).toEqual([null, "GeneralException"]);
  });

  it("an injected failure can apply the first commands of its batch", async () => {
    standIn.failSyncAt(1, { appliedCommands: 2 });
    await expect(
      run(async (ctx) => {
        const sheet = ctx.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [[1]];
        sheet.getRange("A2").values = [[2]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "GeneralException" });
    // Commands: get the sheet, get A1, write A1, get A2, write A2 — the first two ran, no write.
    expect(standIn.read("Sheet1")).toEqual([]);
  });

  it("a failure armed by what a sync's request holds strikes the first sync that matches, once", async () => {
    await run(async (ctx) => {
      ctx.workbook.worksheets.add("Other");
      await ctx.sync();
    });
    standIn.failSyncMatching('"Other"[\\s\\S]*"m":"values"');
    const write = (sheet: string, value: number) =>
      run(async (ctx) => {
        ctx.workbook.worksheets.getItem(sheet).getRange("A1").values = [[value]];
        await ctx.sync();
      });
    await write("Sheet1", 1);
    await expect(write("Other", 2)).rejects.toMatchObject({ code: "GeneralException" });
    await write("Other", 3);
    expect([standIn.read("Sheet1"), standIn.read("Other")]).toEqual([[[1]], [[3]]]);
  });
});

describe("Office", () => {
  it("is ready in Excel, knows the language and shares settings with the workbook", async () => {
    await expect(Office.onReady()).resolves.toMatchObject({ host: "Excel" });
    expect(Office.context.displayLanguage).toBe("zh-CN");
    Office.context.document.settings.set("k", { a: 1 });
    await run(async (ctx) => {
      const s = ctx.workbook.settings.getItem("k").load("value");
      await ctx.sync();
      expect(s.value).toEqual({ a: 1 });
    });
  });

  it("records the startup behaviour and associated actions", async () => {
    await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
    Office.actions.associate("show", () => undefined);
    expect(standIn.officeCalls.startupBehavior).toBe("Load");
    expect([...standIn.officeCalls.associated.keys()]).toEqual(["show"]);
  });
});

describe("the stand-in's own sources", () => {
  it("import no Node module, so they bundle for a browser page", () => {
    const files = readdirSync(__dirname).filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"));
    expect(files.length).toBeGreaterThan(5);
    for (const f of files) {
      const imports = [...readFileSync(join(__dirname, f), "utf8").matchAll(/from\s+"([^"]+)"/g)].map(
        (m) => m[1],
      );
      expect(imports.filter((i) => !i!.startsWith("./"))).toEqual([]);
    }
  });
});
