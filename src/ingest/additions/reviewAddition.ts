/**
 * What the pane shows before anything is written: the added article's records as a build would make them,
 * with the cleaned text their quotes stand in. Pure and browser-safe: ingest runs in the task pane itself.
 */
import { checkAdditionText, AdditionError } from "../additionInput";
import { checkAdditionMeta } from "../additionMeta";
import { articleRecords } from "../buildDataset";
import { extractArticle } from "../extractArticle";
import { additionArticle } from "./additionArticle";
import { articleOrganizations } from "./articleOrganizations";
import type { AdditionDraft, AdditionReview } from "./types";

/**
 * Checks the draft (text, then metadata), extracts the article and returns its records for review.
 * @param today ISO date; a published date after it is refused
 * @throws AdditionError on bad input, or "nothingFound" when the text has neither a project nor a figure
 */
export function reviewAddition(draft: AdditionDraft, today: string): AdditionReview {
  checkAdditionText(draft.text);
  checkAdditionMeta(draft, today);
  const article = additionArticle(draft);
  const ex = extractArticle(article.text, article.published, {
    title: article.title,
    publisher: article.publisher,
  });
  const { organizations, orgId } = articleOrganizations([ex]);
  const records = articleRecords(article, ex, orgId);
  if (records.projects.length === 0 && records.amounts.length === 0)
    throw new AdditionError(
      "nothingFound",
      "文中没有找到项目或金额（如“总投资20亿元的……项目”）：没有可添加的内容。",
      "No project or figure was found in the text (such as 总投资20亿元的…项目): there is nothing to add.",
    );
  return {
    article,
    cleanText: ex.clean.text,
    ...records,
    organizations,
    notes: reviewNotes(article.published, records.amounts),
  };
}

function reviewNotes(published: string | null, amounts: AdditionReview["amounts"]): AdditionReview["notes"] {
  const notes: AdditionReview["notes"] = [];
  if (published === null)
    notes.push({
      zh: "没有发布日期：'今年5月'等相对日期无法确定",
      en: "no published date: relative dates such as 今年5月 stay unknown",
    });
  const garbled = amounts.filter((a) => a.qualifier === "garbled").length;
  if (garbled > 0)
    notes.push({
      zh: `${garbled} 个金额有缺失的数字（如“总投?0亿元”），只给出范围`,
      en: `${garbled} figure${garbled === 1 ? " has" : "s have"} a lost digit (such as 总投?0亿元) and only a range`,
    });
  const approximate = amounts.filter((a) => a.qualifier === "about").length;
  if (approximate > 0)
    notes.push({
      zh: `${approximate} 个金额为约数（“约”“近”等）`,
      en: `${approximate} figure${approximate === 1 ? " is" : "s are"} approximate (约, 近 …)`,
    });
  return notes;
}
