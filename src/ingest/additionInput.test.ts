/** The pane's refusals of a pasted text: each a typed error with its code and a message in both languages. */
import { utf8Length } from "../core/utf8";
import { MAX_ADDITION_BYTES, checkAdditionText } from "./additionInput";
import { additionRefusal } from "../../test/fixtures/additionRefusal";

/** Written for this test: a short report in traditional characters. */
const TRADITIONAL =
  "這個項目總投資為十億元，由區政府與企業簽約建設。開發區將擴建產業園，預計明年開工。" +
  "會議認為，該項目對當地經濟發展具有積極意義。";

/** Written for this test: the same kind of report in simplified characters. */
const SIMPLIFIED =
  "这个项目总投资为十亿元，由区政府与企业签约建设。开发区将扩建产业园，预计明年开工。" +
  "会议认为，该项目对当地经济发展具有积极意义。";

const refusal = (text: string) => additionRefusal(() => checkAdditionText(text), "the text");

describe("checkAdditionText", () => {
  it.each([
    ["empty", "", "empty"],
    ["whitespace", " \n\t　\r\n", "empty"],
    ["a NUL", `${SIMPLIFIED}\u0000${SIMPLIFIED}`, "binary"],
    ["control characters over 1 %", "\u0001\u0002" + "字".repeat(100), "binary"],
    ["U+FFFD over 1 %", "\ufffd\ufffd" + "字".repeat(100), "binary"],
    ["traditional characters", TRADITIONAL, "traditional"],
  ])("refuses %s with code %s and both messages", (_what, text, code) => {
    const e = refusal(text);
    expect(e.code).toBe(code);
    expect(e.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(e.en).toMatch(/^[\x20-\x7e]+$/);
    expect(e.message).toBe(`${e.zh} / ${e.en}`);
  });

  it("refuses a 5 MB paste, and anything over the 2 MB limit, saying its size and the limit", () => {
    const e = refusal("a".repeat(5 * 1024 * 1024));
    expect(e.code).toBe("tooLarge");
    expect(e.en).toContain("5.0 MB; the limit is 2 MB");
    expect(e.zh).toContain("上限为 2 MB");
    expect(refusal("a".repeat(MAX_ADDITION_BYTES + 1)).code).toBe("tooLarge");
    // Exactly at the limit it is the content, not the size, that decides.
    expect(() => checkAdditionText("a".repeat(MAX_ADDITION_BYTES))).not.toThrow();
  });

  it("measures UTF-8: a Han character is 3 bytes, an astral one 4", () => {
    expect(utf8Length("a字😀")).toBe(1 + 3 + 4);
    expect(utf8Length(SIMPLIFIED)).toBe(new TextEncoder().encode(SIMPLIFIED).length);
  });

  it("passes a normal simplified text, a few control characters and a quoted traditional name", () => {
    expect(() => checkAdditionText(SIMPLIFIED)).not.toThrow();
    expect(() => checkAdditionText(`\u0001${SIMPLIFIED.repeat(3)}`)).not.toThrow();
    expect(() => checkAdditionText(`${SIMPLIFIED}据《台灣經濟》报道。`)).not.toThrow();
  });
});
