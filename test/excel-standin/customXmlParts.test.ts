/// <reference types="office-js" />
/** Custom XML parts in the stand-in: added, found by namespace, rewritten, deleted, kept through "reopen". */
import { installStandIn, uninstallStandIn, type StandIn } from "./index";
import { readXmlRoot } from "./xmlText";

let standIn: StandIn;
beforeEach(() => {
  standIn = installStandIn(globalThis);
});
afterAll(() => uninstallStandIn(globalThis));

const run = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Excel.run(batch);
const NS = "urn:test:a";
const doc = (body: string, ns = NS) => `<?xml version="1.0"?><root xmlns="${ns}" v='1'>${body}</root>`;

describe("well-formed XML", () => {
  it.each([
    ["<a/>", ""],
    ['<x:a xmlns:x="urn:p"><x:b>t &amp; &#169;</x:b></x:a>', "urn:p"],
    ["<!-- c --><a xmlns='urn:q'><![CDATA[<not> & a tag]]></a>\n", "urn:q"],
    ["<a><b/><c>常州</c></a>", ""],
  ])("%s is accepted, namespace %p", (xml, ns) => {
    expect(readXmlRoot(xml)).toMatchObject({ namespaceUri: ns });
  });

  it.each([
    ["", "no root element"],
    ["just text", "text outside"],
    ["<a>", "never closed"],
    ["<a></b>", "closes no open"],
    ["<a><b></a></b>", "closes no open"],
    ["<a/><b/>", "more than one root"],
    ["<a>x & y</a>", "bare '&'"],
    ["<a b=1/>", "bad attributes"],
    ['<a b="1" b="2"/>', "bad attribute b"],
    ["<a><!-- open</a>", "never closed"],
  ])("%p is refused: %s", (xml, reason) => {
    expect(readXmlRoot(xml)).toEqual({ error: expect.stringContaining(reason) });
  });
});

describe("CustomXmlPartCollection", () => {
  it("add files a part under its root's xmlns; getByNamespace finds it; getXml returns the text", async () => {
    const xml = doc("<v>常州 &lt;</v>");
    const { id, count, onlyXml, ns } = await run(async (ctx) => {
      const part = ctx.workbook.customXmlParts.add(xml).load("id,namespaceUri");
      ctx.workbook.customXmlParts.add(doc("", "urn:other"));
      const scoped = ctx.workbook.customXmlParts.getByNamespace(NS);
      const count = scoped.getCount();
      const onlyXml = scoped.getOnlyItem().getXml();
      await ctx.sync();
      return { id: part.id, count: count.value, onlyXml: onlyXml.value, ns: part.namespaceUri };
    });
    expect({ count, onlyXml, ns }).toEqual({ count: 1, onlyXml: xml, ns: NS });
    expect(standIn.customXmlParts()).toEqual([
      { id, namespaceUri: NS, xml },
      { id: expect.any(String), namespaceUri: "urn:other", xml: doc("", "urn:other") },
    ]);
    expect(standIn.customXmlParts()[1]!.id).not.toBe(id);
  });

  it("add refuses XML that is not well-formed, at sync, with InvalidArgument, and stores nothing", async () => {
    await expect(
      run(async (ctx) => {
        ctx.workbook.customXmlParts.add("<root xmlns='urn:x'><open></root>");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(standIn.customXmlParts()).toEqual([]);
  });

  it("getItem by id, getItemOrNullObject, items and getCount", async () => {
    const seen = await run(async (ctx) => {
      const parts = ctx.workbook.customXmlParts;
      const a = parts.add(doc("a")).load("id");
      await ctx.sync();
      const found = parts.getItem(a.id).getXml();
      const missing = parts.getItemOrNullObject("{nope}");
      const all = parts.load("items/id");
      const count = parts.getCount();
      await ctx.sync();
      return {
        xml: found.value,
        missing: missing.isNullObject,
        ids: all.items.map((p) => p.id),
        n: count.value,
      };
    });
    expect(seen).toEqual({ xml: doc("a"), missing: true, ids: [standIn.customXmlParts()[0]!.id], n: 1 });
    await expect(
      run(async (ctx) => {
        ctx.workbook.customXmlParts.getItem("{nope}").load("id");
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("needs ExcelApi 1.5", async () => {
    standIn = installStandIn(globalThis, { apiVersion: "1.4" });
    await expect(
      run(async (ctx) => {
        ctx.workbook.customXmlParts.add(doc(""));
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });
  });
});

describe("CustomXmlPartScopedCollection.getOnlyItem", () => {
  const only = (orNull: boolean) =>
    run(async (ctx) => {
      const scoped = ctx.workbook.customXmlParts.getByNamespace(NS);
      const part = orNull ? scoped.getOnlyItemOrNullObject() : scoped.getOnlyItem();
      part.load("id");
      await ctx.sync();
      return orNull && part.isNullObject ? null : part.id;
    });
  const add = (n: number) =>
    run(async (ctx) => {
      for (let i = 0; i < n; i++) ctx.workbook.customXmlParts.add(doc(String(i)));
      await ctx.sync();
    });

  it("fails with none (ItemNotFound) and with two (InvalidOperation); the OrNullObject form is null", async () => {
    await expect(only(false)).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(await only(true)).toBeNull();
    await add(2);
    await expect(only(false)).rejects.toMatchObject({ code: "InvalidOperation" });
    expect(await only(true)).toBeNull();
  });

  it("returns the one part", async () => {
    await add(1);
    expect(await only(false)).toBe(standIn.customXmlParts()[0]!.id);
  });
});

describe("CustomXmlPart", () => {
  it("setXml rewrites in place (same id; the namespace follows the new root); bad XML is refused", async () => {
    await run(async (ctx) => void ctx.workbook.customXmlParts.add(doc("old")));
    const [before] = standIn.customXmlParts();
    await run(async (ctx) => ctx.workbook.customXmlParts.getItem(before!.id).setXml(doc("new", "urn:b")));
    expect(standIn.customXmlParts()).toEqual([
      { id: before!.id, namespaceUri: "urn:b", xml: doc("new", "urn:b") },
    ]);
    await expect(
      run(async (ctx) => ctx.workbook.customXmlParts.getItem(before!.id).setXml("<a>")),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    expect(standIn.customXmlParts()[0]!.xml).toBe(doc("new", "urn:b"));
  });

  it("delete removes it; the deleted part's proxy fails afterwards", async () => {
    await expect(
      run(async (ctx) => {
        const part = ctx.workbook.customXmlParts.add(doc(""));
        await ctx.sync();
        part.delete();
        await ctx.sync();
        expect(standIn.customXmlParts()).toEqual([]);
        part.getXml();
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("reopening a workbook", () => {
  it("a stand-in given the first one's saved() has the same parts (same ids) and settings", async () => {
    await run(async (ctx) => {
      ctx.workbook.customXmlParts.add(doc("kept"));
      ctx.workbook.settings.add("k", { a: [1] });
      await ctx.sync();
    });
    const first = standIn;
    const reopened = installStandIn(globalThis, { ...first.saved() });
    expect(reopened.customXmlParts()).toEqual(first.customXmlParts());
    expect(reopened.settings()).toEqual({ k: { a: [1] } });
    const xml = await run(async (ctx) => {
      const r = ctx.workbook.customXmlParts.getByNamespace(NS).getOnlyItem().getXml();
      ctx.workbook.customXmlParts.add(doc("second", "urn:z"));
      await ctx.sync();
      return r.value;
    });
    expect(xml).toBe(doc("kept"));
    // A part added after reopening gets an id of its own, not one the file brought.
    const ids = reopened.customXmlParts().map((p) => p.id);
    expect(new Set(ids).size).toBe(2);
  });

  it("refuses parts that are not well-formed, as a file that would not open", () => {
    expect(() => installStandIn(globalThis, { customXmlParts: [{ xml: "<a>" }] })).toThrow(/not well-formed/);
  });

  it("parts are in snapshot(), so 'nothing changed' checks see them", async () => {
    const before = standIn.snapshot();
    await run(async (ctx) => void ctx.workbook.customXmlParts.add(doc("")));
    expect(standIn.snapshot()).not.toEqual(before);
  });
});
