import iconv from "iconv-lite";
import { decodeArticle } from "../../cli/decode";
import { charsetOf, decodePage, metaCharset } from "./htmlCharset";

const PAGE =
  "<html><head><title>签约</title></head><body><p>今年5月，钟楼区与北自所签约，总投资5亿元。</p></body></html>";
const gbk = (meta: string) => iconv.encode(PAGE.replace("<head>", `<head>${meta}`), "gbk");

describe("decodePage", () => {
  it("reads GBK declared in <meta http-equiv> (gb2312 is read as GBK)", () => {
    const page = decodePage(
      gbk('<meta http-equiv="Content-Type" content="text/html; charset=gb2312">'),
      null,
      decodeArticle,
    );
    expect(page).toMatchObject({ ok: true, encoding: "gbk", note: null });
    expect(page.ok && page.text).toContain("钟楼区与北自所签约");
  });

  it("reads the charset of the server's Content-Type before the page's <meta>", () => {
    const bytes = gbk('<meta charset="utf-8">');
    expect(decodePage(bytes, "text/html; charset=GBK", decodeArticle)).toMatchObject({
      ok: true,
      encoding: "gbk",
    });
  });

  it("reads Big5 declared in <meta charset>", () => {
    const bytes = iconv.encode(`<meta charset="big5"><p>鐘樓區與北自所簽約，總投資5億元。</p>`, "big5");
    const page = decodePage(bytes, null, decodeArticle);
    expect(page).toMatchObject({ ok: true, encoding: "big5" });
    expect(page.ok && page.text).toContain("鐘樓區與北自所簽約");
  });

  it("sniffs a page that declares nothing: GBK bytes are read as GB18030", () => {
    expect(decodePage(gbk(""), null, decodeArticle)).toMatchObject({
      ok: true,
      encoding: "gb18030",
      note: null,
    });
  });

  it("reads a page that declares gb2312 but is UTF-8 as UTF-8, and says so", () => {
    const bytes = Buffer.from(PAGE.replace("<head>", '<head><meta charset="gb2312">'), "utf8");
    const page = decodePage(bytes, null, decodeArticle);
    expect(page).toMatchObject({
      ok: true,
      encoding: "utf-8",
      note: "declares the charset 'gb2312' but is not in it: read as utf-8",
    });
    expect(page.ok && page.text).toContain("钟楼区与北自所签约");
  });

  it("drops a UTF-8 byte-order mark", () => {
    const page = decodePage(
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(PAGE)]),
      null,
      decodeArticle,
    );
    expect(page.ok && page.text.startsWith("<html>")).toBe(true);
  });

  it("refuses bytes that are no text with the sniffer's reason", () => {
    expect(decodePage(new Uint8Array([0, 1, 2, 3, 0, 0]), null, decodeArticle)).toEqual({
      ok: false,
      message: "is a binary file, not an article's text",
    });
  });
});

describe("charset declarations", () => {
  it.each([
    ["text/html; charset=GBK", "gbk"],
    ['text/html;charset="utf-8"', "utf-8"],
    ["text/html", null],
    [null, null],
  ])("charsetOf(%s) is %s", (header, expected) => {
    expect(charsetOf(header)).toBe(expected);
  });

  it("finds <meta charset> only in the first 1024 bytes, where browsers look", () => {
    expect(metaCharset(Buffer.from('<meta charset="gbk">'))).toBe("gbk");
    expect(metaCharset(Buffer.from(`${" ".repeat(1100)}<meta charset="gbk">`))).toBeNull();
  });
});
