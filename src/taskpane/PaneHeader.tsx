/** The pane's title and the dataset's version and build time, always in view. */
import { Caption1, Subtitle1, makeStyles, tokens } from "@fluentui/react-components";
import { useAdditionStrings } from "./additionStrings";
import { type DatasetView, formatTime } from "./datasetView";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  version: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export function PaneHeader({
  view,
  publishedVersion = null,
}: {
  view: DatasetView;
  /** The published dataset's own version, when local additions are layered over it. */
  publishedVersion?: string | null;
}) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const s = useAdditionStrings();
  // With local additions the version is `published+local` (as CZ.VERSION() gives it): both are named. Known from
  // the layers, not by splitting on "+", which a publisher's own version may contain.
  const current = view.version ?? "";
  const layered =
    publishedVersion !== null && current !== publishedVersion && current.startsWith(`${publishedVersion}+`);
  const version = layered
    ? s.version(publishedVersion, current.slice(publishedVersion.length + 1))
    : strings.datasetVersion(current);
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
