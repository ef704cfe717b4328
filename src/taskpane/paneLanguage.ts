/**
 * Lower layers' words in the pane: the pane speaks one language, so of a message written "中文 / English" (how
 * the loader, the workbook store and the pipeline word theirs) it shows the side in its language, and a message
 * in the other language only (Excel's own errors, the table writer's) is not shown at all — it goes to the
 * diagnostics (Help › Copy diagnostics), where every failure is recorded whole.
 */
import { AdditionError } from "../ingest/additionInput";
import { errorMessage } from "./errorLog";
import type { Language } from "./i18n";

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

/** The two sides of a "中文 / English" message, or null when it is not one. */
function sides(message: string): { zh: string; en: string } | null {
  // The first " / " with Chinese before it and only English (a letter first) after: a URL has no spaced slash.
  for (let at = message.indexOf(" / "); at >= 0; at = message.indexOf(" / ", at + 1)) {
    const zh = message.slice(0, at);
    const en = message.slice(at + 3);
    if (CJK.test(zh) && /^[A-Za-z]/.test(en) && !CJK.test(en)) return { zh: zh.trim(), en: en.trim() };
  }
  return null;
}

/**
 * The message in the pane's language, or null when it has no words in it.
 * @example inPaneLanguage("无法读取 / Cannot be read", "en") // "Cannot be read"
 * @example inPaneLanguage("The refresh stopped (sync failed)", "zh") // null: for the diagnostics only
 */
export function inPaneLanguage(message: string, language: Language): string | null {
  const both = sides(message);
  if (both) return both[language];
  const chinese = CJK.test(message);
  return (language === "zh") === chinese ? message : null;
}

/** An error's words in the pane's language (an AdditionError carries both), or null. */
export function errorInPaneLanguage(error: unknown, language: Language): string | null {
  if (error instanceof AdditionError) return language === "zh" ? error.zh : error.en;
  return inPaneLanguage(errorMessage(error), language);
}
