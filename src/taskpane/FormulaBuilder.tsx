/**
 * The argument picker: choose a CZ function, fill its arguments from searchable lists (sectors, places,
 * measures, stages … by Chinese or English name or alias), see the formula, and insert it into the selected cell.
 */
import { useMemo, useState } from "react";
import { Button, Caption1, Dropdown, Field, Option, makeStyles, tokens } from "@fluentui/react-components";
import type { Dataset } from "../core/dataset";
import { ActionMessage } from "./ActionMessage";
import { ArgumentInput } from "./ArgumentInput";
import { argumentOptions } from "./argumentOptions";
import { buildFormula } from "./formula";
import { GALLERY_FUNCTIONS, findGalleryFunction } from "./functionCatalog";
import { useAction } from "./useAction";
import { useLanguage } from "./useLanguage";
import { insertIntoSelectedCell } from "./workbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground3 },
  formula: {
    fontFamily: tokens.fontFamilyMonospace,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingVerticalS,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: "anywhere",
  },
});

export function FormulaBuilder({ dataset }: { dataset: Dataset | null }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const [functionId, setFunctionId] = useState("TOTAL");
  const [args, setArgs] = useState<Record<string, string>>({});
  const options = useMemo(() => argumentOptions(dataset), [dataset]);
  const action = useAction(strings.actionFailed);
  const fn = findGalleryFunction(functionId) ?? GALLERY_FUNCTIONS[0];
  if (!fn) return null;
  const formula = buildFormula(
    fn.id,
    fn.parameters.map((p) => args[p.name]),
  );
  return (
    <section className={styles.root}>
      <Caption1 className={styles.intro}>{strings.builderIntro}</Caption1>
      <Field label={strings.builderFunction}>
        <Dropdown
          data-testid="builder-function"
          value={`CZ.${fn.id}`}
          selectedOptions={[fn.id]}
          onOptionSelect={(_, data) => {
            if (!data.optionValue) return;
            setFunctionId(data.optionValue);
            // Arguments of the same name (sector, place) carry over to the new function.
          }}
        >
          {GALLERY_FUNCTIONS.map((f) => (
            <Option key={f.id} value={f.id}>
              {`CZ.${f.id}`}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {fn.parameters.map((p) => (
        <ArgumentInput
          key={`${fn.id}.${p.name}`}
          parameter={p}
          options={options[p.kind]}
          value={args[p.name] ?? ""}
          onChange={(value) => setArgs((current) => ({ ...current, [p.name]: value }))}
        />
      ))}
      <Field label={strings.formula}>
        <output className={styles.formula} data-testid="built-formula">
          {formula}
        </output>
      </Field>
      <div>
        <Button
          appearance="primary"
          data-testid="insert-built-formula"
          disabled={action.state.status === "busy"}
          onClick={() =>
            void action.run(async () => {
              return strings.inserted(formula, await insertIntoSelectedCell(formula));
            })
          }
        >
          {strings.insertFormula}
        </Button>
      </div>
      <ActionMessage state={action.state} testId="builder-message" />
    </section>
  );
}
