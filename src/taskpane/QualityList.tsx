/**
 * Garbled and approximate figures with their text, measure, project and quote. Clicking one selects its row in
 * CZ_Amounts, where the analyst can check it against the source.
 */
import { useMemo } from "react";
import {
  Badge,
  Caption1,
  Text,
  makeStyles,
  mergeClasses,
  shorthands,
  tokens,
} from "@fluentui/react-components";
import type { Dataset } from "../core/dataset";
import { ActionMessage } from "./ActionMessage";
import { cardList } from "./cardStyles";
import type { Strings } from "./i18n";
import { type QualityItem, type QualityQualifier, qualityItems } from "./qualityItems";
import { useAction } from "./useAction";
import { useLanguage } from "./useLanguage";
import { RowNotFoundError, selectAmountRow } from "./workbook";

/** More than this many rows is a job for the table's filter, not for a list in a 350px pane. */
const SHOWN = 100;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: cardList,
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    width: "100%",
    textAlign: "start",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
    cursor: "pointer",
    fontFamily: tokens.fontFamilyBase,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  busy: { cursor: "progress" },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  meta: { color: tokens.colorNeutralForeground3 },
  quote: {
    color: tokens.colorNeutralForeground2,
    display: "-webkit-box",
    WebkitLineClamp: "2",
    WebkitBoxOrient: "vertical",
    overflow: "hidden",
  },
});

export const QUALIFIER_COLOR: Record<QualityQualifier, "danger" | "warning" | "informative"> = {
  garbled: "danger",
  range: "informative",
  about: "informative",
  over: "warning",
  under: "warning",
};

export function qualifierLabel(strings: Strings, q: QualityQualifier): string {
  const labels: Record<QualityQualifier, string> = {
    garbled: strings.qualifierGarbled,
    range: strings.qualifierRange,
    about: strings.qualifierAbout,
    over: strings.qualifierOver,
    under: strings.qualifierUnder,
  };
  return labels[q];
}

export function scopeLabel(strings: Strings, item: Pick<QualityItem, "scope" | "projectCount">): string {
  if (item.scope === "batch") return strings.scopeBatch(item.projectCount);
  if (item.scope === "threshold") return strings.scopeThreshold(item.projectCount);
  return strings.scopeAggregate;
}

function QualityRow({ item, busy, onSelect }: { item: QualityItem; busy: boolean; onSelect: () => void }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  return (
    <li>
      <button
        type="button"
        className={mergeClasses(styles.item, busy && styles.busy)}
        data-testid="quality-item"
        data-amount-id={item.amountId}
        title={item.quote}
        onClick={onSelect}
      >
        <span className={styles.head}>
          {item.qualifier !== null && (
            <Badge appearance="tint" color={QUALIFIER_COLOR[item.qualifier]} size="small">
              {qualifierLabel(strings, item.qualifier)}
            </Badge>
          )}
          {item.scope !== null && (
            <Badge
              // Not "subtle": its outline is white text on a white card, an invisible badge that pushed the
              // headline right so that it looked centred.
              appearance="outline"
              color="informative"
              size="small"
              data-testid="quality-scope"
              title={strings.scopeNotCounted}
            >
              {scopeLabel(strings, item)}
            </Badge>
          )}
          <Text weight="semibold">{item.text}</Text>
          <Caption1 className={styles.meta}>
            {item.measure} {item.bounds} {item.unit}
          </Caption1>
        </span>
        {item.subject !== "" && <Caption1>{item.subject}</Caption1>}
        <Caption1 className={styles.quote}>{item.quote}</Caption1>
      </button>
    </li>
  );
}

export function QualityList({ dataset }: { dataset: Dataset | null }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const items = useMemo(() => (dataset ? qualityItems(dataset) : []), [dataset]);
  const action = useAction(strings.selectFailed);
  if (!dataset) return <Caption1>{strings.needsDataset}</Caption1>;
  return (
    <div className={styles.root}>
      <Caption1 className={styles.meta}>{strings.qualityIntro}</Caption1>
      <Text weight="semibold" data-testid="quality-count">
        {items.length === 0 ? strings.qualityNone : strings.qualityCount(items.length)}
      </Text>
      <ActionMessage state={action.state} testId="quality-message" />
      <ul className={styles.list} data-testid="quality-list">
        {items.slice(0, SHOWN).map((item) => (
          <QualityRow
            key={item.amountId}
            item={item}
            busy={action.state.status === "busy"}
            onSelect={() =>
              void action.run(async () => {
                try {
                  await selectAmountRow(item.amountId);
                } catch (error) {
                  throw error instanceof RowNotFoundError ? new Error(strings.rowNotFound) : error;
                }
                return "";
              })
            }
          />
        ))}
      </ul>
      {items.length > SHOWN && (
        <Caption1 className={styles.meta}>{strings.qualityMore(items.length - SHOWN)}</Caption1>
      )}
    </div>
  );
}
