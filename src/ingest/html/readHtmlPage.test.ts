/**
 * The page reader on the government-shaped test pages (test/fixtures/govPages.ts), parsed by linkedom as `cz
 * fetch` parses them (the browser's DOMParser reads them in test/e2e/addArticle.e2e.test.ts): every paragraph
 * of each article and nothing else, and its title, publisher and date from wherever the page keeps them.
 */
import { parseHTML } from "linkedom";
import { GOV_PAGES } from "../../../test/fixtures/govPages";
import { readHtmlPage } from "./readHtmlPage";

const parse = (html: string) => parseHTML(html).document as unknown as Document;

describe("readHtmlPage on government-shaped pages", () => {
  it.each(GOV_PAGES.map((p) => [p.article.name, p] as const))(
    "%s: the article's paragraphs, no navigation, footer, related links or script text",
    (_, page) => {
      const reading = readHtmlPage(parse(page.html));
      expect(reading.text.split("\n")).toEqual(page.article.paragraphs);
      expect(reading.text).not.toMatch(/999亿元|当前位置|版权所有|相关新闻|打印本页|上一篇|网友评论/);
    },
  );

  it.each(GOV_PAGES.map((p) => [p.article.name, p] as const))(
    "%s: title, publisher and published date",
    (_, page) => {
      const { title, publisher, published } = readHtmlPage(parse(page.html));
      expect([title?.value, publisher?.value, published?.value]).toEqual([
        page.article.title,
        page.article.publisher,
        page.article.published,
      ]);
    },
  );

  it("says where each field was read", () => {
    const [trs, gbk] = GOV_PAGES;
    const a = readHtmlPage(parse(trs!.html));
    expect([a.title?.from, a.publisher?.from, a.published?.from]).toEqual([
      "meta ArticleTitle",
      "meta ContentSource",
      "meta PubDate",
    ]);
    const b = readHtmlPage(parse(gbk!.html));
    expect([b.title?.from, b.publisher?.from, b.published?.from]).toEqual([
      "the page's headline",
      "the 信息来源 line",
      "the 发布日期 line",
    ]);
  });

  it("keeps a short two-sentence report rather than the footer (Readability's 500-character default would not)", () => {
    const short = GOV_PAGES.find((p) => p.article.name === "xinbei")!;
    expect(readHtmlPage(parse(short.html)).text).toBe(short.article.paragraphs.join("\n"));
  });

  it("reads the address a browser noted when saving the page, else the canonical link", () => {
    const saved = `<!-- saved from url=(0045)https://www.example.gov.cn/art/2019/6/3/1.html -->\n<html><head><title>t</title></head><body><p>正文内容。</p></body></html>`;
    expect(readHtmlPage(parse(saved)).url).toEqual({
      value: "https://www.example.gov.cn/art/2019/6/3/1.html",
      from: "the 'saved from' note",
    });
    const canonical = `<html><head><link rel="canonical" href="https://news.example.cn/a/1.html"></head><body><p>正文。</p></body></html>`;
    expect(readHtmlPage(parse(canonical)).url?.value).toBe("https://news.example.cn/a/1.html");
  });

  it("takes a date from the page's address only when the page gives none, and says so", () => {
    const page = `<html><head><title>某项目签约</title></head><body><h1>某项目签约</h1><p>钟楼区与某公司签约，总投资5亿元。</p></body></html>`;
    expect(
      readHtmlPage(parse(page), { url: "https://www.example.gov.cn/art/2019/6/3/art_1.html" }).published,
    ).toEqual({
      value: "2019-06-03",
      from: "the page's address",
    });
    expect(readHtmlPage(parse(page)).published).toBeNull();
  });

  it("finds no article in a page without text, rather than inventing one", () => {
    const reading = readHtmlPage(
      parse("<html><head><title>空页</title></head><body><script>x()</script></body></html>"),
    );
    expect(reading.text).toBe("");
  });
});
