/** The pane's title and the dataset's version and build time, always in view. */
import { Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { type DatasetView, formatTime } from "./datasetView";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  version: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export function PaneHeader({ view }: { view: DatasetView }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  return (
    <header className={styles.root}>
      <Subtitle1 as="h1" data-testid="pane-title">
        {strings.title}
      </Subtitle1>
      <Caption1 className={styles.version} data-testid="dataset-version">
        {view.version === null
          ? strings.noDataset
          : `${strings.datasetVersion(view.version)} · ${strings.builtAt(formatTime(view.builtAt ?? ""))}`}
      </Caption1>
    </header>
  );
}
