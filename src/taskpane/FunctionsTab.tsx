/** The Functions tab: the formula builder (argument picker) first, then the gallery of every CZ function. */
import { Subtitle2, makeStyles, tokens } from "@fluentui/react-components";
import type { Dataset } from "../core/dataset";
import { FormulaBuilder } from "./FormulaBuilder";
import { FunctionGallery } from "./FunctionGallery";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  heading: { margin: 0 },
});

export function FunctionsTab({ dataset }: { dataset: Dataset | null }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  return (
    <div className={styles.root}>
      <Subtitle2 as="h2" className={styles.heading}>
        {strings.builder}
      </Subtitle2>
      <FormulaBuilder dataset={dataset} />
      <Subtitle2 as="h2" className={styles.heading}>
        {strings.functions}
      </Subtitle2>
      <FunctionGallery />
    </div>
  );
}
