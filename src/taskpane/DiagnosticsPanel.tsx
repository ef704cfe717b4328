/**
 * "Copy diagnostics": versions, the data source, Office's host facts, the live formula count and the recent
 * errors, as text on the clipboard — or shown for copying by hand where the clipboard is refused.
 */
import { useState } from "react";
import {
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import packageJson from "../../package.json";
import { officeHostInfo } from "../excel/startup";
import { sharedDataset } from "../runtime/sharedDataset";
import { sharedLayers } from "../runtime/sharedLayers";
import { sharedWriter } from "../runtime/sharedWriter";
import { copyText } from "./clipboard";
import type { DatasetView } from "./datasetView";
import { diagnosticsText } from "./diagnostics";
import { paneErrors } from "./errorLog";
import { PANE_SUBSCRIPTIONS } from "./useDataset";
import type { RefreshController } from "./useRefresh";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  intro: { color: tokens.colorNeutralForeground3 },
  text: { fontFamily: tokens.fontFamilyMonospace },
});

export function DiagnosticsPanel({ view, refresh }: { view: DatasetView; refresh: RefreshController }) {
  const styles = useStyles();
  const { language, strings } = useLanguage();
  const [result, setResult] = useState<{ copied: boolean; text: string } | null>(null);

  const copy = async () => {
    const text = diagnosticsText({
      addinVersion: packageJson.version,
      datasetVersion: view.version,
      builtAt: view.builtAt,
      origin: view.origin,
      loadedAt: view.loadedAt,
      status: view.error ? `${view.status} (${view.error})` : view.status,
      datasetUrl: refresh.url,
      counts: view.counts ? { ...view.counts } : null,
      office: officeHostInfo(),
      localAdditions: (() => {
        const layers = sharedLayers.getState();
        return {
          ids: layers.additions.map((a) => a.article.id),
          readError: layers.readError,
          layerError: layers.layerError,
        };
      })(),
      liveFormulas: Math.max(0, sharedDataset.listenerCount() - PANE_SUBSCRIPTIONS),
      tables: (() => {
        const condition = sharedWriter.condition();
        return condition.state === "consistent"
          ? "whole"
          : `incomplete${condition.table ? ` at ${condition.table}` : ""}: ${condition.detail}`;
      })(),
      lastRefresh: refresh.lastRefresh
        ? `${refresh.lastRefresh.time} (${refresh.lastRefresh.version})`
        : null,
      language,
      userAgent: typeof navigator === "undefined" ? null : navigator.userAgent,
      errors: paneErrors.entries(),
      now: new Date().toISOString(),
    });
    setResult({ copied: await copyText(text), text });
  };

  return (
    <section className={styles.root}>
      <Caption1 className={styles.intro}>{strings.diagnosticsIntro}</Caption1>
      <div>
        <Button data-testid="copy-diagnostics" onClick={() => void copy()}>
          {strings.copyDiagnostics}
        </Button>
      </div>
      {result && (
        <MessageBar intent={result.copied ? "success" : "warning"} data-testid="diagnostics-message">
          <MessageBarBody>{result.copied ? strings.copied : strings.copyFailed}</MessageBarBody>
        </MessageBar>
      )}
      {result && (
        <Textarea
          className={styles.text}
          data-testid="diagnostics-text"
          readOnly
          resize="vertical"
          rows={8}
          value={result.text}
          aria-label={strings.diagnostics}
        />
      )}
    </section>
  );
}
