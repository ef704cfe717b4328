import { decodeArticle } from "./decode";

// 今年5月，鐘樓區與北自所簽約建設中機雲創工業互聯網，總投資5億元。 in Big5: GB18030 also "decodes" it, into さ5る牧加跋…
const BIG5 = Buffer.from(
  "a4b5a67e35a4eba141c4c1bcd3b0cfbb50a55fa6dba9d2c3b1acf9abd8b35da4a4bef7b6b3b3d0a475b77ea4acc170baf4a141c160a7ebb8ea35bbf5a4b8a143",
  "hex",
);
// 常州市政府與中國石化簽署合作協議，總投資50億元。 in Big5
const BIG5_SHORT = Buffer.from(
  "b160a67ba5abac46a9b2bb50a4a4b0eaa5dba4c6c3b1b870a658a740a8f3c4b3a141c160a7ebb8ea3530bbf5a4b8a143",
  "hex",
);
// 今年5月,钟楼区与北自所签约建设中机云创工业互联网。 in GBK
const GBK = Buffer.from(
  "bdf1c4ea35d4c22cd6d3c2a5c7f8d3ebb1b1d7d4cbf9c7a9d4bcbda8c9e8d6d0bbfad4c6b4b4b9a4d2b5bba5c1aacdf8a1a3",
  "hex",
);

describe("decodeArticle", () => {
  it("reads a Big5 (traditional Chinese) article as Big5, not as GB18030 gibberish", () => {
    expect(decodeArticle(BIG5)).toEqual({
      ok: true,
      encoding: "big5",
      text: "今年5月，鐘樓區與北自所簽約建設中機雲創工業互聯網，總投資5億元。",
    });
  });

  it("reads a short Big5 sentence as Big5", () => {
    expect(decodeArticle(BIG5_SHORT)).toMatchObject({
      ok: true,
      encoding: "big5",
      text: "常州市政府與中國石化簽署合作協議，總投資50億元。",
    });
  });

  it("still reads a GBK article as GB18030", () => {
    expect(decodeArticle(GBK)).toEqual({
      ok: true,
      encoding: "gb18030",
      text: "今年5月,钟楼区与北自所签约建设中机云创工业互联网。",
    });
  });

  it("reads UTF-8 as UTF-8, BOM dropped", () => {
    expect(decodeArticle(Buffer.from("\ufeff常州投资5亿元。"))).toEqual({
      ok: true,
      encoding: "utf-8",
      text: "常州投资5亿元。",
    });
  });

  it("refuses bytes that are no known encoding, saying which it tried", () => {
    const r = decodeArticle(Buffer.from([0x41, 0x80, 0xff, 0x80, 0x42, 0x0a]));
    expect(r).toMatchObject({ ok: false, message: expect.stringContaining("UTF-8, GB18030/GBK or Big5") });
  });
});
