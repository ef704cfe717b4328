/** Three starter sheets of CZ formulas, each one button: they update with every refresh like any CZ formula. */
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { Dataset } from "../core/dataset";
import { ActionMessage } from "./ActionMessage";
import type { Strings } from "./i18n";
import { useAction } from "./useAction";
import { useLanguage } from "./useLanguage";
import { type StarterReportKind, addStarterReport } from "./workbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground3 },
  button: { justifyContent: "flex-start", textAlign: "start", width: "100%" },
  hint: { color: tokens.colorNeutralForeground3, display: "block", fontWeight: tokens.fontWeightRegular },
});

const REPORTS: { kind: StarterReportKind; label: (s: Strings) => string; hint: (s: Strings) => string }[] = [
  {
    kind: "sectorDistrictGrid",
    label: (s) => s.reportSectorDistrict,
    hint: (s) => s.reportSectorDistrictHint,
  },
  { kind: "projectsByYearStage", label: (s) => s.reportYearStage, hint: (s) => s.reportYearStageHint },
  { kind: "largestProjects", label: (s) => s.reportLargest, hint: (s) => s.reportLargestHint },
];

export function StarterReports({ dataset }: { dataset: Dataset | null }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const action = useAction(strings.actionFailed);
  return (
    <section className={styles.root}>
      <Caption1 className={styles.intro}>{strings.reportsIntro}</Caption1>
      {REPORTS.map(({ kind, label, hint }) => (
        <Button
          key={kind}
          className={styles.button}
          data-testid={`report-${kind}`}
          disabled={!dataset || action.state.status === "busy"}
          title={dataset ? undefined : strings.needsDataset}
          onClick={() =>
            void action.run(async () => {
              if (!dataset) throw new Error(strings.needsDataset);
              return strings.reportAdded(await addStarterReport(kind, dataset));
            })
          }
        >
          <span>
            {label(strings)}
            <Caption1 className={styles.hint}>{hint(strings)}</Caption1>
          </span>
        </Button>
      ))}
      <ActionMessage state={action.state} testId="report-message" />
    </section>
  );
}
