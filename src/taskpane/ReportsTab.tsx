/** The Reports tab: starter report sheets, and freezing formulas as values for hand-off. */
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Dataset } from "../core/dataset";
import { FreezeValues } from "./FreezeValues";
import { StarterReports } from "./StarterReports";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  heading: { margin: 0 },
});

export function ReportsTab({ dataset }: { dataset: Dataset | null }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        {strings.reports}
      </Subtitle2>
      <StarterReports dataset={dataset} />
      <Subtitle2 as="h2" className={styles.heading}>
        {strings.freeze}
      </Subtitle2>
      <FreezeValues datasetVersion={dataset?.version ?? null} />
    </div>
  );
}
