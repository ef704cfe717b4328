/** The dataset at a glance: how many of each record, where it was loaded from, and the last refresh. */
import { Caption1, Text, makeStyles, tokens } from "@fluentui/react-components";
import { type DatasetCounts, type DatasetView, formatTime } from "./datasetView";
import type { Strings } from "./i18n";
import type { RefreshController } from "./useRefresh";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  counts: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fill, minmax(92px, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  count: {
    display: "flex",
    flexDirection: "column",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  label: { color: tokens.colorNeutralForeground3, margin: 0 },
  facts: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground3, margin: 0 },
  value: { margin: 0, overflowWrap: "anywhere" },
});

const COUNT_LABELS: { key: keyof DatasetCounts; label: (s: Strings) => string }[] = [
  { key: "projects", label: (s) => s.countProjects },
  { key: "amounts", label: (s) => s.countAmounts },
  { key: "organizations", label: (s) => s.countOrganizations },
  { key: "events", label: (s) => s.countEvents },
  { key: "sources", label: (s) => s.countSources },
];

export function DatasetSummary({
  view,
  lastRefresh,
}: {
  view: DatasetView;
  lastRefresh: RefreshController["lastRefresh"];
}) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const origin =
    view.origin === "network"
      ? strings.originNetwork
      : view.origin === "cache"
        ? strings.originCache
        : view.origin === "file"
          ? strings.originFile
          : "–";
  return (
    <>
      <dl className={styles.counts} data-testid="dataset-counts" aria-label={strings.counts}>
        {COUNT_LABELS.map(({ key, label }) => (
          <div key={key} className={styles.count}>
            <dt className={styles.label}>
              <Caption1>{label(strings)}</Caption1>
            </dt>
            <dd className={styles.value}>
              <Text weight="semibold" size={400} data-testid={`count-${key}`}>
                {view.counts ? view.counts[key] : "–"}
              </Text>
            </dd>
          </div>
        ))}
      </dl>
      <dl className={styles.facts}>
        <dt className={styles.term}>
          <Caption1>{strings.lastRefresh}</Caption1>
        </dt>
        <dd className={styles.value}>
          <Caption1 data-testid="last-refresh">
            {lastRefresh ? `${formatTime(lastRefresh.time)} (${lastRefresh.version})` : strings.never}
          </Caption1>
        </dd>
        <dt className={styles.term}>
          <Caption1>{strings.origin}</Caption1>
        </dt>
        <dd className={styles.value}>
          <Caption1 data-testid="dataset-origin">
            {view.loadedAt ? `${origin} · ${formatTime(view.loadedAt)}` : origin}
          </Caption1>
        </dd>
      </dl>
    </>
  );
}
