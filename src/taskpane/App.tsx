/**
 * The task pane's root: Fluent's light or dark theme following Office, the strings of Office's language, and
 * an error boundary so the pane is never blank.
 */
import { FluentProvider, makeStyles, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { ErrorBoundary } from "./ErrorBoundary";
import { Pane } from "./Pane";
import { LanguageContext, useOfficeLanguage } from "./useLanguage";
import { useThemeKind } from "./useThemeKind";

const useStyles = makeStyles({
  root: { minHeight: "100vh" },
});

export function App() {
  const styles = useStyles();
  const language = useOfficeLanguage();
  const theme = useThemeKind() === "dark" ? webDarkTheme : webLightTheme;
  return (
    <FluentProvider theme={theme} className={styles.root} lang={language.language === "zh" ? "zh-CN" : "en"}>
      <LanguageContext.Provider value={language}>
        <ErrorBoundary strings={language.strings}>
          <Pane />
        </ErrorBoundary>
      </LanguageContext.Provider>
    </FluentProvider>
  );
}
