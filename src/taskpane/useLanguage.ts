/**
 * The pane's language and its strings: chosen once from Office's display language (zh-* → Chinese, else
 * English) and handed to every component through a context.
 */
import { createContext, useContext, useMemo } from "react";
import { displayLanguage } from "../excel/startup";
import { type Language, STRINGS, type Strings, languageFor } from "./i18n";

export interface LanguageValue {
  language: Language;
  strings: Strings;
}

export const LanguageContext = createContext<LanguageValue>({ language: "en", strings: STRINGS.en });

/** The language and strings of the pane, inside `<LanguageContext.Provider>`. */
export function useLanguage(): LanguageValue {
  return useContext(LanguageContext);
}

/** The language Office shows (or the browser's outside Office), and its strings; read once per pane. */
export function useOfficeLanguage(): LanguageValue {
  return useMemo(() => {
    const browser = typeof navigator === "undefined" ? null : navigator.language;
    const language = languageFor(displayLanguage(), browser);
    return { language, strings: STRINGS[language] };
  }, []);
}
