/** The Data tab: where the data comes from, what it holds, and which figures to treat with care. */
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { DatasetView } from "./datasetView";
import { DatasetSummary } from "./DatasetSummary";
import { QualityList } from "./QualityList";
import { SourceUrlField } from "./SourceUrlField";
import type { DataSource } from "./useDataSource";
import type { RefreshController } from "./useRefresh";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
});

interface Props {
  view: DatasetView;
  source: DataSource;
  refresh: RefreshController;
}

export function DataTab({ view, source, refresh }: Props) {
  const styles = useStyles();
  const { strings } = useLanguage();
  return (
    <div className={styles.root}>
      <section className={styles.section}>
        <Subtitle2 as="h2" className={styles.heading}>
          {strings.dataSource}
        </Subtitle2>
        <SourceUrlField source={source} effectiveUrl={refresh.url} />
      </section>
      <section className={styles.section}>
        <Subtitle2 as="h2" className={styles.heading}>
          {strings.counts}
        </Subtitle2>
        <DatasetSummary view={view} lastRefresh={refresh.lastRefresh} />
      </section>
      <section className={styles.section}>
        <Subtitle2 as="h2" className={styles.heading}>
          {strings.quality}
        </Subtitle2>
        <QualityList dataset={view.dataset} />
      </section>
    </div>
  );
}
