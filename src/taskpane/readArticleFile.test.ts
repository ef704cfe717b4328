import { decodeArticleBytes, looksLikeHtmlPage, readArticleFile } from "./readArticleFile";

const SENTENCE = "常州市与中国中车签约，总投资50亿元。";

function fileOf(name: string, bytes: Uint8Array) {
  return { name, size: bytes.length, arrayBuffer: async () => bytes.slice().buffer as ArrayBuffer };
}

describe("reading an article file in the pane", () => {
  test("UTF-8, with or without a byte-order mark", () => {
    const utf8 = new TextEncoder().encode(SENTENCE);
    expect(decodeArticleBytes(utf8)).toEqual({ text: SENTENCE, encoding: "utf-8" });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeArticleBytes(bom).text).toBe(SENTENCE);
  });

  test("GBK bytes are read as GB18030", () => {
    // 常州 in GBK: B3A3 D6DD
    const gbk = new Uint8Array([0xb3, 0xa3, 0xd6, 0xdd]);
    expect(decodeArticleBytes(gbk)).toEqual({ text: "常州", encoding: "gb18030" });
  });

  test("a file that is not .txt or .html is refused by name", async () => {
    expect(await readArticleFile(fileOf("report.pdf", new Uint8Array([1, 2])))).toEqual({
      ok: false,
      problem: { kind: "type", name: "report.pdf" },
    });
  });

  test("a file over 5 MB is refused before it is decoded", async () => {
    const big = {
      name: "big.txt",
      size: 6 * 1024 * 1024,
      arrayBuffer: async () => {
        throw new Error("read");
      },
    };
    expect(await readArticleFile(big)).toEqual({
      ok: false,
      problem: { kind: "tooLarge", name: "big.txt", mb: "6.0" },
    });
  });

  test("a good .html file comes back as its text", async () => {
    const result = await readArticleFile(fileOf("a.HTML", new TextEncoder().encode(`<p>${SENTENCE}</p>`)));
    expect(result).toEqual({
      ok: true,
      name: "a.HTML",
      text: `<p>${SENTENCE}</p>`,
      encoding: "utf-8",
      html: true,
    });
  });

  test("a .html file is read in the charset its <meta> declares", async () => {
    // <meta charset="gbk"><p>常州</p> in GBK
    const page = new Uint8Array([
      ...new TextEncoder().encode('<meta charset="gbk"><p>'),
      0xb3,
      0xa3,
      0xd6,
      0xdd,
      ...new TextEncoder().encode("</p>"),
    ]);
    expect(await readArticleFile(fileOf("page.htm", page))).toEqual({
      ok: true,
      name: "page.htm",
      text: '<meta charset="gbk"><p>常州</p>',
      encoding: "gbk",
      html: true,
    });
  });

  test("a .txt file is not read as a page", async () => {
    const result = await readArticleFile(fileOf("a.txt", new TextEncoder().encode(SENTENCE)));
    expect(result).toMatchObject({ ok: true, html: false });
  });

  test.each([
    ["<!DOCTYPE html><html><body><p>正文</p></body></html>", true],
    ["  <html lang=zh><p>正文</p></html>", true],
    ["<!-- saved from url=(0040)https://example.gov.cn/a.html -->\n<html>", true],
    ["常州市与中国中车签约。<p>", false],
    ["<p>常州市与中国中车签约。</p>", false],
  ])("looksLikeHtmlPage(%j) is %s", (text, expected) => {
    expect(looksLikeHtmlPage(text)).toBe(expected);
  });
});
