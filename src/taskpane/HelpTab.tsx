/** What the add-in is, in two sentences, and the diagnostics for support. */
import { Body1, Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { DatasetView } from "./datasetView";
import { DiagnosticsPanel } from "./DiagnosticsPanel";
import type { RefreshController } from "./useRefresh";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function HelpTab({ view, refresh }: { view: DatasetView; refresh: RefreshController }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  return (
    <div className={styles.root}>
      <Body1>{strings.helpText}</Body1>
      <Subtitle2 as="h2">{strings.diagnostics}</Subtitle2>
      <DiagnosticsPanel view={view} refresh={refresh} />
    </div>
  );
}
