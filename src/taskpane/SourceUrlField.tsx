/**
 * The data source: the default dataset or an https:// URL the user types, checked as typed and saved with the
 * workbook (the runtime reads it when the workbook opens).
 */
import { useEffect, useState } from "react";
import { Button, Caption1, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { SourceUrlProblem } from "../core/sourceUrl";
import { errorMessage, paneErrors } from "./errorLog";
import { errorInPaneLanguage } from "./paneLanguage";
import type { Strings } from "./i18n";
import { checkSourceUrl } from "./sourceUrl";
import type { DataSource } from "./useDataSource";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center" },
  current: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere", minWidth: 0 },
});

function problemText(problem: SourceUrlProblem, strings: Strings): string {
  switch (problem) {
    case "notHttps":
      return strings.sourceUrlNotHttps;
    case "credentials":
      return strings.sourceUrlCredentials;
    case "privateHost":
      return strings.sourceUrlPrivateHost;
    case "notUrl":
      return strings.sourceUrlNotUrl;
  }
}

type Note = { kind: "saved" } | { kind: "failed"; why: string } | null;

export function SourceUrlField({ source, effectiveUrl }: { source: DataSource; effectiveUrl: string }) {
  const styles = useStyles();
  const { strings, language } = useLanguage();
  const [text, setText] = useState(source.saved ?? "");
  const [saving, setSaving] = useState(false);
  const [note, setNote] = useState<Note>(null);
  // The workbook's setting arrives after the first render.
  useEffect(() => setText(source.saved ?? ""), [source.saved]);

  const check = checkSourceUrl(text);
  const problem = check.ok ? null : problemText(check.problem, strings);
  const unchanged = check.ok && check.url === source.saved;
  const message =
    problem ??
    (note?.kind === "saved"
      ? strings.urlSaved
      : note?.kind === "failed"
        ? strings.urlSaveFailed(note.why)
        : null);

  const save = async () => {
    if (!check.ok) return;
    setSaving(true);
    setNote(null);
    try {
      await source.save(check.url);
      setNote({ kind: "saved" });
    } catch (error) {
      paneErrors.record(`saving the data source URL: ${errorMessage(error)}`);
      // Excel's reason is English: in the pane only in its own language, else in the diagnostics.
      setNote({ kind: "failed", why: errorInPaneLanguage(error, language) ?? strings.seeDiagnostics });
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className={styles.root}>
      <Field
        label={strings.sourceUrlLabel}
        hint={message === null ? strings.sourceUrlHint : undefined}
        validationState={
          problem || note?.kind === "failed" ? "error" : note?.kind === "saved" ? "success" : "none"
        }
        validationMessage={message ?? undefined}
      >
        <Input
          type="url"
          inputMode="url"
          value={text}
          placeholder={strings.sourceUrlPlaceholder}
          data-testid="source-url-input"
          disabled={!source.loaded}
          onChange={(_, data) => {
            setText(data.value);
            setNote(null);
          }}
          onKeyDown={(event) => {
            if (event.key === "Enter") void save();
          }}
        />
      </Field>
      <div className={styles.row}>
        <Button
          size="small"
          data-testid="save-url-button"
          disabled={!check.ok || unchanged || saving || !source.loaded}
          onClick={() => void save()}
        >
          {saving ? strings.savingUrl : strings.saveUrl}
        </Button>
        <Caption1 className={styles.current} data-testid="source-current">
          {source.saved === null ? `${strings.defaultSource}: ${effectiveUrl}` : effectiveUrl}
        </Caption1>
      </div>
    </div>
  );
}
