/**
 * The Refresh button with its progress (one label per step: download, check, each table, pivots), the status
 * line, and the outcome: a short success note or the error in plain words.
 */
import {
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { type DatasetView, formatTime } from "./datasetView";
import type { WorkbookCondition } from "../runtime/workbookWriter";
import { errorContent, statusText, workbookStateWords } from "./refreshStatus";
import { RefreshErrorBar } from "./RefreshErrorBar";
import type { RefreshController } from "./useRefresh";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  status: { color: tokens.colorNeutralForeground2, minWidth: 0, overflowWrap: "anywhere" },
});

export function RefreshPanel({
  view,
  refresh,
  blocked = false,
  condition = { state: "consistent" },
}: {
  view: DatasetView;
  refresh: RefreshController;
  /** An addition is writing the tables: a refresh now would write over it. */
  blocked?: boolean;
  /** Whether the CZ tables are whole (a write and its repair both failed: until the next good write, not). */
  condition?: WorkbookCondition;
}) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const error = errorContent(strings, view, refresh, language);
  // Said once: the error bar of the refresh that left them so already says it.
  const incomplete =
    condition.state === "incomplete" &&
    !(refresh.outcome && !refresh.outcome.ok && refresh.outcome.failure.step === "workbook")
      ? workbookStateWords(strings, "incomplete", condition.table)
      : null;
  const done = refresh.outcome?.ok ? refresh.outcome : null;
  return (
    <section className={styles.root} aria-live="polite">
      <div className={styles.row}>
        <Button
          appearance="primary"
          data-testid="refresh-button"
          disabled={refresh.running || blocked}
          title={strings.refreshHint}
          onClick={() => void refresh.refresh()}
        >
          {refresh.running ? strings.refreshing : strings.refresh}
        </Button>
        <Caption1 className={styles.status} data-testid="status-text">
          {statusText(strings, view, refresh, new Date())}
        </Caption1>
      </div>
      {refresh.running && (
        <Field
          validationState="none"
          // The step is in the status line beside the button; under the bar, how far along it is.
          validationMessage={`${Math.round((refresh.progress?.fraction ?? 0) * 100)} %`}
        >
          <ProgressBar
            data-testid="refresh-progress"
            value={refresh.progress?.fraction ?? 0}
            max={1}
            thickness="large"
          />
        </Field>
      )}
      {done && (
        <MessageBar intent="success" data-testid="refresh-done">
          <MessageBarBody>{strings.refreshDone(formatTime(done.time, new Date()))}</MessageBarBody>
        </MessageBar>
      )}
      {error && <RefreshErrorBar content={error} />}
      {incomplete && !refresh.running && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody data-testid="workbook-incomplete">
            {incomplete.join(language === "zh" ? "" : " ")}
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
