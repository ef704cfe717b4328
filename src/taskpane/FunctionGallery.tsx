/**
 * Every CZ function with its signature, description and an example; clicking Insert writes the example into
 * the selected cell.
 */
import { Button, Caption1, Text, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { ActionMessage } from "./ActionMessage";
import { buildFormula } from "./formula";
import { GALLERY_FUNCTIONS, type GalleryFunction, signature } from "./functionCatalog";
import { useAction } from "./useAction";
import { useLanguage } from "./useLanguage";
import { insertIntoSelectedCell } from "./workbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingVerticalS,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
  },
  signature: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
  example: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    justifyContent: "space-between",
  },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
    borderRadius: tokens.borderRadiusSmall,
    overflowWrap: "anywhere",
    minWidth: 0,
  },
});

function FunctionCard({
  fn,
  busy,
  onInsert,
}: {
  fn: GalleryFunction;
  busy: boolean;
  onInsert: (formula: string) => void;
}) {
  const styles = useStyles();
  const { language, strings } = useLanguage();
  const formula = buildFormula(fn.id, fn.example);
  return (
    <li className={styles.item} data-testid={`function-${fn.id}`}>
      <Text weight="semibold" className={styles.signature}>
        {signature(fn)}
      </Text>
      <Caption1>{language === "zh" ? fn.zh : fn.en}</Caption1>
      <div className={styles.example}>
        <code className={styles.code} title={strings.example}>
          {formula}
        </code>
        <Button
          size="small"
          disabled={busy}
          data-testid={`insert-${fn.id}`}
          onClick={() => onInsert(formula)}
        >
          {strings.insert}
        </Button>
      </div>
    </li>
  );
}

export function FunctionGallery() {
  const styles = useStyles();
  const { strings } = useLanguage();
  const action = useAction(strings.actionFailed);
  const insert = (formula: string) =>
    void action.run(async () => {
      return strings.inserted(formula, await insertIntoSelectedCell(formula));
    });
  return (
    <section className={styles.root}>
      <Caption1 className={styles.intro}>{strings.functionsIntro}</Caption1>
      <ActionMessage state={action.state} testId="gallery-message" />
      <ul className={styles.list}>
        {GALLERY_FUNCTIONS.map((fn) => (
          <FunctionCard key={fn.id} fn={fn} busy={action.state.status === "busy"} onInsert={insert} />
        ))}
      </ul>
    </section>
  );
}
