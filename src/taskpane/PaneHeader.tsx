/** The pane's title and the dataset's version and build time, always in view. */
import { Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useAdditionStrings } from "./additionStrings";
import { type DatasetView, formatTime } from "./datasetView";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  version: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export function PaneHeader({ view }: { view: DatasetView }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const s = useAdditionStrings();
  // A dataset with local additions has the version `published+local`: both are shown, as CZ.VERSION() gives them.
  const [published, local] = (view.version ?? "").split("+");
  const version = local ? s.version(published!, local) : strings.datasetVersion(view.version ?? "");
  return (
    <header className={styles.root}>
      <Subtitle1 as="h1" data-testid="pane-title">
        {strings.title}
      </Subtitle1>
      <Caption1 className={styles.version} data-testid="dataset-version">
        {view.version === null
          ? strings.noDataset
          : `${version} · ${strings.builtAt(formatTime(view.builtAt ?? ""))}`}
      </Caption1>
    </header>
  );
}
