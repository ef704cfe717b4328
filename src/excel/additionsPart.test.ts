/// <reference types="office-js" />
import type { StandIn } from "../../test/excel-standin";
import {
  ADDITIONS_NAMESPACE,
  AdditionsPartError,
  additionsXml,
  deleteAdditionsPart,
  readAdditionsPart,
  writeAdditionsPart,
} from "./additionsPart";
import { fromBase64, toBase64 } from "./base64";
import { freshWorkbook } from "../../test/excelKit";

let standIn: StandIn;
beforeEach(() => {
  standIn = freshWorkbook();
});

const TRICKY = JSON.stringify({
  additions: [{ title: "常州市武进区2026年重大项目", quote: "投资 <50亿元> & 更多 ]]> 〔完〕", emoji: "🏭" }],
});
const ours = () => standIn.customXmlParts().filter((p) => p.namespaceUri === ADDITIONS_NAMESPACE);
const addPart = (xml: string) =>
  Excel.run(async (ctx) => {
    ctx.workbook.customXmlParts.add(xml);
    await ctx.sync();
  });

describe("base64 of UTF-8", () => {
  it("round-trips Chinese, astral characters and a long text", () => {
    for (const text of ["", "常州", "🏭", TRICKY, "长".repeat(100_000)])
      expect(fromBase64(toBase64(text))).toBe(text);
    expect(toBase64("常")).toBe("5bi4");
  });

  it.each(["5bi", "5b!4", "5bi4=", "/w=="])("%p is not base64 of UTF-8 text", (bad) => {
    expect(fromBase64(bad)).toBeNull();
  });
});

describe("the additions part", () => {
  it("is absent in a new workbook", async () => {
    expect(await readAdditionsPart()).toBeNull();
  });

  it("round-trips JSON with Chinese text, '<', '&' and ']]>' as one well-formed part in our namespace", async () => {
    await writeAdditionsPart(TRICKY);
    expect(await readAdditionsPart()).toBe(TRICKY);
    const [part] = ours();
    expect(part!.xml).toBe(additionsXml(TRICKY));
    expect(part!.xml).toMatch(
      /^<additions xmlns="urn:cz-projects:additions:1" format="1" encoding="base64">[A-Za-z0-9+/=]+<\/additions>$/,
    );
  });

  it("is overwritten in place: one part, same id, the new JSON", async () => {
    await writeAdditionsPart('{"n":1}');
    const [first] = ours();
    await writeAdditionsPart('{"n":2}');
    expect(ours()).toEqual([{ ...first, xml: additionsXml('{"n":2}') }]);
    expect(await readAdditionsPart()).toBe('{"n":2}');
  });

  it("is deleted, and other namespaces' parts are left alone", async () => {
    await addPart('<theirs xmlns="urn:someone:else"/>');
    await writeAdditionsPart("[]");
    await deleteAdditionsPart();
    expect(await readAdditionsPart()).toBeNull();
    expect(standIn.customXmlParts().map((p) => p.namespaceUri)).toEqual(["urn:someone:else"]);
    await deleteAdditionsPart(); // nothing to delete: no error
  });

  it("reads the same JSON in the reopened workbook", async () => {
    await writeAdditionsPart(TRICKY);
    standIn = freshWorkbook({ ...standIn.saved() });
    expect(await readAdditionsPart()).toBe(TRICKY);
  });

  // Excel on the web refuses requests over about 5 MB; base64 makes the JSON's UTF-8 a third larger.
  it("holds 3.6 MB of UTF-8 JSON (1.2 million Chinese characters); a larger write is refused before any sync and keeps the old part", async () => {
    const big = JSON.stringify({ text: "长".repeat(1_200_000) });
    await writeAdditionsPart(big);
    expect(await readAdditionsPart()).toBe(big);
    standIn.resetCounters();
    await expect(writeAdditionsPart(JSON.stringify({ text: "长".repeat(1_300_000) }))).rejects.toMatchObject({
      problem: "tooLarge",
      message: expect.stringContaining("export and remove some first"),
    });
    expect(standIn.syncCount).toBe(0);
    expect(await readAdditionsPart()).toBe(big);
  });

  it("refuses JSON that is not JSON before touching the workbook", async () => {
    await expect(writeAdditionsPart("{not json")).rejects.toThrow(SyntaxError);
    expect(standIn.syncCount).toBe(0);
  });
});

describe("a stored part that cannot be used", () => {
  it.each([
    ["not ours", `<notes xmlns="${ADDITIONS_NAMESPACE}"><a/></notes>`],
    ["bad base64", `<additions xmlns="${ADDITIONS_NAMESPACE}" format="1" encoding="base64">%%%</additions>`],
    ["a newer format", additionsXml("{}").replace('format="1"', 'format="2"')],
    [
      "base64 of non-JSON",
      `<additions xmlns="${ADDITIONS_NAMESPACE}" format="1" encoding="base64">${toBase64("x")}</additions>`,
    ],
  ])(
    "%s: reading fails with AdditionsPartError (Chinese and English), and writing does not overwrite it",
    async (_w, xml) => {
      await addPart(xml);
      const error = await readAdditionsPart().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AdditionsPartError);
      expect(error).toMatchObject({
        problem: "unreadable",
        message: expect.stringMatching(/无法读取.*left untouched/),
      });
      await expect(writeAdditionsPart("{}")).rejects.toMatchObject({ problem: "unreadable" });
      expect(ours().map((p) => p.xml)).toEqual([xml]);
    },
  );

  it("Excel's own rewriting of our XML (declaration, quotes, attribute order) still reads", async () => {
    const b64 = toBase64(TRICKY);
    await addPart(
      `<?xml version="1.0" encoding="utf-8"?>\n<additions encoding='base64' format='1' xmlns='${ADDITIONS_NAMESPACE}'>\n${b64}\n</additions>`,
    );
    expect(await readAdditionsPart()).toBe(TRICKY);
  });

  it("two parts (merged workbooks): reading and writing fail naming the count; delete clears both", async () => {
    await addPart(additionsXml('{"a":1}'));
    await addPart(additionsXml('{"b":2}'));
    const error = (await readAdditionsPart().catch((e: unknown) => e)) as AdditionsPartError;
    expect(error).toMatchObject({ problem: "several", count: 2 });
    expect(error.message).toMatch(/有 2 份.*holds 2 sets/);
    await expect(writeAdditionsPart("{}")).rejects.toMatchObject({ problem: "several", count: 2 });
    expect(ours()).toHaveLength(2);
    await deleteAdditionsPart();
    expect(ours()).toEqual([]);
  });

  it("a host without ExcelApi 1.5 is told so", async () => {
    standIn = freshWorkbook({ apiVersion: "1.4" });
    await expect(readAdditionsPart()).rejects.toMatchObject({
      problem: "unsupported",
      message: expect.stringContaining("ExcelApi 1.5"),
    });
    await expect(writeAdditionsPart("{}")).rejects.toMatchObject({ problem: "unsupported" });
  });
});

describe("a write whose sync fails", () => {
  it.each([1, 2, 3])("at sync %i leaves the previous part intact and readable", async (sync) => {
    await writeAdditionsPart('{"old":true}');
    const before = standIn.customXmlParts();
    standIn.resetCounters();
    standIn.failSyncAt(sync);
    await expect(writeAdditionsPart('{"new":true}')).rejects.toMatchObject({ code: "GeneralException" });
    expect(standIn.customXmlParts()).toEqual(before);
    expect(await readAdditionsPart()).toBe('{"old":true}');
  });

  // Excel keeps the commands of a failed batch that ran before the failure: whatever part of the rewrite ran,
  // the workbook holds one part with the old or the new JSON (a delete-then-add rewrite would fail this).
  it.each([0, 1, 2])(
    "with %i command(s) of the rewrite applied holds one part, old or new",
    async (applied) => {
      await writeAdditionsPart('{"old":true}');
      standIn.resetCounters();
      standIn.failSyncAt(3, { appliedCommands: applied });
      await expect(writeAdditionsPart('{"new":true}')).rejects.toMatchObject({ code: "GeneralException" });
      expect(ours()).toHaveLength(1);
      expect(['{"old":true}', '{"new":true}']).toContain(await readAdditionsPart());
    },
  );

  it("a write is three syncs: find the part, check it is ours, rewrite it (so the failures above cover each)", async () => {
    await writeAdditionsPart("{}");
    standIn.resetCounters();
    await writeAdditionsPart("[]");
    expect(standIn.syncCount).toBe(3);
  });

  it("the first write failing leaves no part", async () => {
    standIn.failSyncAt(2);
    await expect(writeAdditionsPart("{}")).rejects.toMatchObject({ code: "GeneralException" });
    expect(ours()).toEqual([]);
  });
});
