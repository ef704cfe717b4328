/**
 * Checks on the metadata an analyst fills in beside an added article, so a bad title, date or URL is refused
 * in the pane with a message naming the field, never written to the workbook or met later by `cz build`
 * (whose sources' metadata must pass the same rules).
 */
import { isCalendarDate } from "../core/dataset";
import { AdditionError } from "./additionInput";

export interface AdditionMeta {
  title: string;
  publisher: string;
  published: string | null;
  url: string | null;
}

const bad = (field: string, zh: string, en: string) =>
  new AdditionError("metadata", `${field}：${zh}`, `${field}: ${en}`);

/**
 * Throws the first field that is wrong: title and publisher non-empty, published a real YYYY-MM-DD not after
 * `today` (ISO date), url null or http(s).
 */
export function checkAdditionMeta(meta: AdditionMeta, today: string): void {
  if (meta.title.trim() === "") throw bad("title", "标题不能为空。", "the title is required.");
  if (meta.publisher.trim() === "")
    throw bad("publisher", "发布机构不能为空。", "the publisher is required.");
  const published = meta.published;
  if (published !== null) {
    if (!/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(published) || !isCalendarDate(published))
      throw bad(
        "published",
        `“${published}”不是有效日期（格式 YYYY-MM-DD）。`,
        `'${published}' is not a real date (YYYY-MM-DD).`,
      );
    if (published > today)
      throw bad(
        "published",
        `发布日期 ${published} 晚于今天（${today}）。`,
        `the published date ${published} is after today (${today}).`,
      );
  }
  if (meta.url !== null && !isHttpUrl(meta.url))
    throw bad("url", `“${meta.url}”不是 http(s) 网址。`, `'${meta.url}' is not an http(s) URL.`);
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "";
  } catch {
    return false;
  }
}
