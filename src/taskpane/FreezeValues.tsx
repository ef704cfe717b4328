/**
 * "Freeze as values" for hand-off to people without the add-in: CZ formulas in the selection, the sheet or the
 * whole workbook become their current values. A confirm step first: a refresh cannot bring the formulas back.
 */
import { useState } from "react";
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ActionMessage } from "./ActionMessage";
import type { Strings } from "./i18n";
import { useAction } from "./useAction";
import { useLanguage } from "./useLanguage";
import { type FreezeScope, freezeValues } from "./workbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground3 },
  buttons: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

const SCOPES: { scope: FreezeScope; label: (s: Strings) => string }[] = [
  { scope: "selection", label: (s) => s.freezeSelection },
  { scope: "sheet", label: (s) => s.freezeSheet },
  { scope: "workbook", label: (s) => s.freezeWorkbook },
];

export function FreezeValues({ datasetVersion }: { datasetVersion: string | null }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const action = useAction(strings.actionFailed);
  const [asking, setAsking] = useState<FreezeScope | null>(null);
  const asked = SCOPES.find((s) => s.scope === asking);

  const freeze = (scope: FreezeScope, version: string) => {
    setAsking(null);
    void action.run(async () => {
      const { formulas, logSheet } = await freezeValues(scope, version);
      return strings.frozen(formulas, logSheet);
    });
  };

  return (
    <section className={styles.root}>
      <Caption1 className={styles.intro}>{strings.freezeIntro}</Caption1>
      <div className={styles.buttons}>
        {SCOPES.map(({ scope, label }) => (
          <Button
            key={scope}
            data-testid={`freeze-${scope}`}
            disabled={datasetVersion === null || action.state.status === "busy"}
            onClick={() => setAsking(scope)}
          >
            {label(strings)}
          </Button>
        ))}
      </div>
      <ActionMessage state={action.state} testId="freeze-message" />
      <Dialog open={asked !== undefined} onOpenChange={(_, data) => !data.open && setAsking(null)}>
        <DialogSurface data-testid="freeze-dialog">
          <DialogBody>
            <DialogTitle>{strings.freezeConfirmTitle}</DialogTitle>
            <DialogContent>
              {asked && strings.freezeConfirmText(asked.label(strings), datasetVersion ?? "")}
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                data-testid="freeze-confirm"
                onClick={() => asked && datasetVersion !== null && freeze(asked.scope, datasetVersion)}
              >
                {strings.freezeConfirm}
              </Button>
              <Button data-testid="freeze-cancel" onClick={() => setAsking(null)}>
                {strings.cancel}
              </Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </section>
  );
}
