/**
 * The workbook's local additions: each article with its counts in the dataset now, a Remove button (the tables
 * and formulas update as after a refresh) and an export as source files for whoever builds the published
 * dataset.
 */
import { useState } from "react";
import { Button, Caption1, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Dataset } from "../core/dataset";
import { additionSourceFiles } from "../ingest/additions/exportAddition";
import type { Addition } from "../ingest/additions/types";
import { useAdditionStrings } from "./additionStrings";
import { card, cardList } from "./cardStyles";
import { downloadText } from "./downloadFile";

const useStyles = makeStyles({
  list: cardList,
  item: card,
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "center" },
  files: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
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

/**
 * The files of one addition, each with its own Save button: browsers hold back several downloads started by one
 * click, and a host that ignores downloads still shows the metadata to copy.
 */
function ExportedFiles({ addition }: { addition: Addition }) {
  const styles = useStyles();
  const s = useAdditionStrings();
  const files = additionSourceFiles(addition);
  const list = [
    { name: files.txtName, text: files.txt, type: "text/plain;charset=utf-8" },
    { name: files.jsonName, text: files.json, type: "application/json" },
    ...(files.curationName && files.curation
      ? [{ name: files.curationName, text: files.curation, type: "application/json" }]
      : []),
  ];
  return (
    <div className={styles.files} data-testid="addition-export-files">
      <Caption1 data-testid="addition-export-hint">
        {s.exportHint(list.map((f) => f.name).join(", "))}
      </Caption1>
      {list.map((file) => (
        <div key={file.name} className={styles.row}>
          <Button
            size="small"
            onClick={() => downloadText(file.name, file.text, file.type)}
            data-testid="addition-save-file"
          >
            {s.saveFile}
          </Button>
          <Caption1>{file.name}</Caption1>
        </div>
      ))}
      <Textarea
        readOnly
        size="small"
        resize="vertical"
        value={[files.json, files.curation].filter((x): x is string => x !== null).join("\n")}
        data-testid="addition-export-json"
      />
    </div>
  );
}

/** Remove asks once more: the addition's review decisions go with it. */
function RemoveButton({ busy, onRemove }: { busy: boolean; onRemove: () => void }) {
  const s = useAdditionStrings();
  const [asking, setAsking] = useState(false);
  if (!asking)
    return (
      <Button size="small" disabled={busy} onClick={() => setAsking(true)} data-testid="addition-remove">
        {busy ? s.removing : s.remove}
      </Button>
    );
  return (
    <>
      <Button
        size="small"
        appearance="primary"
        disabled={busy}
        onClick={() => {
          setAsking(false);
          onRemove();
        }}
        data-testid="addition-remove-confirm"
      >
        {s.removeConfirm}
      </Button>
      <Button
        size="small"
        appearance="subtle"
        onClick={() => setAsking(false)}
        data-testid="addition-remove-cancel"
      >
        {s.cancel}
      </Button>
    </>
  );
}

export function AdditionsList({ additions, dataset, alreadyPublished, busy, onRemove }: Props) {
  const styles = useStyles();
  const s = useAdditionStrings();
  const [exported, setExported] = useState<string | null>(null);
  if (additions.length === 0) return <Caption1 data-testid="additions-empty">{s.listEmpty}</Caption1>;
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
              <RemoveButton busy={busy} onRemove={() => onRemove(addition)} />
              <Button
                size="small"
                appearance="subtle"
                onClick={() => setExported(exported === article.id ? null : article.id)}
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
