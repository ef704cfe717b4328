import { parseHTML } from "linkedom";
import { elementText } from "./elementText";

const text = (html: string) =>
  elementText(parseHTML(`<html><body>${html}</body></html>`).document.body as never);

describe("elementText", () => {
  it("ends a line at each paragraph and <br>, not at inline elements", () => {
    expect(text("<div><p>第一段<b>加粗</b>文字</p><p>第二段<br>第三行</p></div>")).toBe(
      "第一段加粗文字\n第二段\n第三行",
    );
  });

  it("leaves out scripts, styles and templates", () => {
    expect(
      text(
        '<p>正文</p><script>document.write("总投资999亿元")</script><style>p{}</style><template><p>x</p></template>',
      ),
    ).toBe("正文");
  });

  it("folds white space and &nbsp; inside a line and trims full-width indents", () => {
    expect(text("<p>\n  \u3000\u3000总投资&nbsp;&nbsp;30亿元，\n  建成投产。</p>")).toBe(
      "总投资 30亿元， 建成投产。",
    );
  });

  it("keeps a table's row on one line with its cells apart", () => {
    expect(
      text("<table><tr><th>项目名称</th><th>总投资</th></tr><tr><td>储能项目</td><td>30</td></tr></table>"),
    ).toBe("项目名称 总投资\n储能项目 30");
  });

  it("keeps the lines of <pre>", () => {
    expect(text("<pre>第一行\n第二行</pre>")).toBe("第一行\n第二行");
  });
});
