/**
 * The pane's layout: title and version, the Refresh button with its progress and errors (always in view), then
 * tabs. State lives in the hooks here and goes down as props; each tab has its own error boundary, so a fault
 * in one never takes the Refresh button with it.
 */
import { useMemo, useState } from "react";
import { Divider, Tab, TabList, makeStyles, tokens } from "@fluentui/react-components";
import { AddArticleTab } from "./AddArticleTab";
import { ADDITION_STRINGS } from "./additionStrings";
import { DataTab } from "./DataTab";
import { datasetView } from "./datasetView";
import { ErrorBoundary } from "./ErrorBoundary";
import { FunctionsTab } from "./FunctionsTab";
import { HelpTab } from "./HelpTab";
import type { Language, Strings } from "./i18n";
import { OutsideExcelBar } from "./OutsideExcelBar";
import { PaneHeader } from "./PaneHeader";
import { PivotBuilder } from "./PivotBuilder";
import { RefreshPanel } from "./RefreshPanel";
import { ReportsTab } from "./ReportsTab";
import { useAdditions } from "./useAdditions";
import { useAddSession } from "./useAddSession";
import { useDataSource } from "./useDataSource";
import { useDataset } from "./useDataset";
import { useLanguage } from "./useLanguage";
import { useRefresh } from "./useRefresh";
import { useWorkbookCondition } from "./useWorkbookCondition";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "640px",
    boxSizing: "border-box",
  },
  tabs: { marginInline: `calc(-1 * ${tokens.spacingHorizontalS})`, flexWrap: "wrap" },
  panel: { minWidth: 0 },
});

type TabId = "data" | "add" | "pivot" | "functions" | "reports" | "help";

const TABS: { id: TabId; label: (s: Strings, language: Language) => string }[] = [
  { id: "data", label: (s) => s.tabData },
  { id: "add", label: (_, language) => ADDITION_STRINGS[language].tabAdd },
  { id: "pivot", label: (s) => s.tabPivot },
  { id: "functions", label: (s) => s.tabFunctions },
  { id: "reports", label: (s) => s.tabReports },
  { id: "help", label: (s) => s.tabHelp },
];

export function Pane() {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const state = useDataset();
  const view = useMemo(() => datasetView(state), [state]);
  const source = useDataSource();
  const refresh = useRefresh(source.saved);
  // Held here, not in the tab: a look at another tab keeps the pasted article, and Refresh waits for an addition.
  const additions = useAdditions();
  const condition = useWorkbookCondition();
  const addSession = useAddSession();
  const [tab, setTab] = useState<TabId>("data");

  return (
    <div className={styles.root}>
      <PaneHeader view={view} publishedVersion={additions.state.published?.dataset.version ?? null} />
      <OutsideExcelBar />
      <RefreshPanel view={view} refresh={refresh} blocked={additions.busy} condition={condition} />
      <Divider />
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={(_, data) => setTab(data.value as TabId)}
      >
        {TABS.map(({ id, label }) => (
          <Tab key={id} value={id} data-testid={`tab-${id}`}>
            {label(strings, language)}
          </Tab>
        ))}
      </TabList>
      <div className={styles.panel} role="tabpanel" data-testid={`panel-${tab}`}>
        <ErrorBoundary key={tab} strings={strings}>
          {tab === "data" && <DataTab view={view} source={source} refresh={refresh} />}
          {tab === "add" && (
            <AddArticleTab
              session={addSession}
              additions={additions}
              dataset={view.dataset}
              refreshing={refresh.running}
            />
          )}
          {tab === "pivot" && <PivotBuilder hasDataset={view.dataset !== null} />}
          {tab === "functions" && <FunctionsTab dataset={view.dataset} />}
          {tab === "reports" && <ReportsTab dataset={view.dataset} />}
          {tab === "help" && <HelpTab view={view} refresh={refresh} />}
        </ErrorBoundary>
      </div>
    </div>
  );
}
