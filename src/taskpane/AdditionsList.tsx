/**
 * The workbook's local additions: each article with its counts in the dataset now, a Remove button (the tables
 * and formulas update as after a refresh) and an export as source files for whoever builds the published
 * dataset.
 */
import { useState } from "react";
import { Button, Caption1, Text, Textarea, makeStyles, shorthands, tokens } from "@fluentui/react-components";
import type { Dataset } from "../core/dataset";
import { additionSourceFiles } from "../ingest/additions/exportAddition";
import type { Addition } from "../ingest/additions/types";
import { useAdditionStrings } from "./additionStrings";
import { downloadText } from "./downloadFile";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    ...shorthands.border(tokens.strokeWidthThin, "solid", tokens.colorNeutralStroke2),
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  meta: { color: tokens.colorNeutralForeground3 },
});

interface Props {
  additions: readonly Addition[];
  /** The dataset in memory (published + additions), for each addition's counts. */
  dataset: Dataset | null;
  alreadyPublished: readonly string[];
  busy: boolean;
  onRemove: (addition: Addition) => void;
}

function countsIn(dataset: Dataset | null, sourceId: string) {
  if (!dataset) return { projects: 0, figures: 0 };
  return {
    projects: dataset.projects.filter((p) => p.sourceIds.includes(sourceId) || p.sourceId === sourceId)
      .length,
    figures: dataset.amounts.filter((a) => a.sourceId === sourceId).length,
  };
}

function ExportedFiles({ addition }: { addition: Addition }) {
  const s = useAdditionStrings();
  const files = additionSourceFiles(addition);
  const names = [files.txtName, files.jsonName, ...(files.curationName ? [files.curationName] : [])];
  return (
    <>
      <Caption1 data-testid="addition-export-hint">{s.exportHint(names.join(", "))}</Caption1>
      <Textarea
        readOnly
        size="small"
        resize="vertical"
        value={[files.json, files.curation].filter((x): x is string => x !== null).join("\n")}
        data-testid="addition-export-json"
      />
    </>
  );
}

export function AdditionsList({ additions, dataset, alreadyPublished, busy, onRemove }: Props) {
  const styles = useStyles();
  const s = useAdditionStrings();
  const [exported, setExported] = useState<string | null>(null);
  if (additions.length === 0) return <Caption1 data-testid="additions-empty">{s.listEmpty}</Caption1>;
  const exportFiles = (addition: Addition) => {
    const files = additionSourceFiles(addition);
    downloadText(files.txtName, files.txt);
    downloadText(files.jsonName, files.json, "application/json");
    if (files.curationName && files.curation)
      downloadText(files.curationName, files.curation, "application/json");
    setExported(addition.article.id);
  };
  return (
    <ul className={styles.list} data-testid="additions-list">
      {additions.map((addition) => {
        const { article } = addition;
        const counts = countsIn(dataset, article.id);
        return (
          <li
            key={article.id}
            className={styles.item}
            data-testid="addition-item"
            data-source-id={article.id}
          >
            <Text weight="semibold">{article.title}</Text>
            <Caption1 className={styles.meta}>
              {article.publisher} · {article.published ?? "?"} · {article.id}
            </Caption1>
            <Caption1 data-testid="addition-counts">
              {alreadyPublished.includes(article.id)
                ? s.alreadyPublished
                : s.listItem(counts.projects, counts.figures)}
            </Caption1>
            <div className={styles.row}>
              <Button
                size="small"
                disabled={busy}
                onClick={() => onRemove(addition)}
                data-testid="addition-remove"
              >
                {busy ? s.removing : s.remove}
              </Button>
              <Button
                size="small"
                appearance="subtle"
                onClick={() => exportFiles(addition)}
                data-testid="addition-export"
              >
                {s.exportFiles}
              </Button>
            </div>
            {exported === article.id && <ExportedFiles addition={addition} />}
          </li>
        );
      })}
    </ul>
  );
}
