/**
 * The words under the Refresh button: the status line and, when something failed, the error message in plain
 * words with what to do. Pure, so both languages and every case are tested without rendering.
 */
import type { DatasetView } from "./datasetView";
import { formatTime } from "./datasetView";
import type { Language, Strings } from "./i18n";
import { inPaneLanguage } from "./paneLanguage";
import type { WorkbookState } from "../runtime/workbookWriter";
import type { RefreshOutcome, RefreshProgress, RefreshStep } from "./refreshFlow";

export interface RefreshView {
  running: boolean;
  progress: RefreshProgress | null;
  outcome: RefreshOutcome | null;
}

/** @example stepLabel(STRINGS.en, { kind: "table", table: "CZ_Amounts" }) // "Writing CZ_Amounts" */
export function stepLabel(strings: Strings, step: RefreshStep): string {
  switch (step.kind) {
    case "download":
      return strings.stepDownload;
    case "validate":
      return strings.stepValidate;
    case "table":
      return strings.stepTable(step.table);
    case "pivots":
      return strings.stepPivots;
    case "finish":
      return strings.stepFinish;
  }
}

/** The one status line: refreshing (which step), loading, failed, or ready with its count or refresh time. */
export function statusText(strings: Strings, view: DatasetView, refresh: RefreshView, now?: Date): string {
  if (refresh.running)
    return strings.statusRefreshing(refresh.progress ? stepLabel(strings, refresh.progress.step) : "");
  if (view.status === "loading") return strings.statusLoading;
  if (view.status === "failed") return strings.statusFailed;
  if (refresh.outcome?.ok) return strings.statusRefreshed(formatTime(refresh.outcome.time, now));
  // Beside the red error bar, "Ready" would read as if the refresh had worked: say the old data is in use.
  if (refresh.outcome && view.status === "ready")
    return strings.statusKeptPrevious(view.counts?.projects ?? 0);
  return strings.statusReady(view.counts?.projects ?? 0);
}

/**
 * Two sentences as one text: after a Chinese full stop the next sentence follows without a space.
 * @example sentences("无法下载数据集。", "原有数据继续使用。") // "无法下载数据集。原有数据继续使用。"
 */
export function sentences(first: string, second: string): string {
  return /[。！？]$/.test(first) ? `${first}${second}` : `${first} ${second}`;
}

export interface ErrorContent {
  title: string;
  /** What failed. */
  text: string;
  /** What to do. */
  advice: string;
  /** The technical message, for the curious and for support. */
  detail: string;
}

/**
 * What the workbook holds after a write that did not happen, and what to do: one sentence each.
 * @example workbookStateWords(STRINGS.en, "restored", "CZ_Amounts") // ["Writing CZ_Amounts failed, so the pane put…", "Press Refresh to try again."]
 */
export function workbookStateWords(
  strings: Strings,
  workbook: WorkbookState,
  table: string | null,
): [text: string, advice: string] {
  switch (workbook) {
    case "restored":
      return [strings.workbookRestored(table), strings.workbookRestoredAdvice];
    case "incomplete":
      return [strings.workbookIncomplete(table), strings.workbookIncompleteAdvice];
    case "unchanged":
      return [strings.errorWorkbook, strings.errorWorkbookAdvice];
  }
}

/**
 * The error to show, or null: a failed refresh first (it is what the user just did), else a problem the store
 * holds (the startup load failed, or the saved copy is in use because the network copy failed). Lower layers'
 * words appear only in the pane's language (the rest is in the diagnostics).
 */
export function errorContent(
  strings: Strings,
  view: DatasetView,
  refresh: RefreshView,
  language: Language,
): ErrorContent | null {
  const kept = (what: string) => (view.dataset !== null ? sentences(what, strings.oldDataKept) : what);
  const detail = (message: string) => inPaneLanguage(message, language) ?? "";
  if (refresh.outcome && !refresh.outcome.ok) {
    const { failure } = refresh.outcome;
    if (failure.step === "workbook" && failure.workbook !== "unchanged") {
      // The sentence says what the formulas show: no "the previous data stays in use" after it.
      const [text, advice] = workbookStateWords(strings, failure.workbook, failure.table);
      return { title: strings.errorTitle, text, advice, detail: detail(failure.message) };
    }
    const [text, advice] =
      failure.step === "download"
        ? [strings.errorDownload, strings.errorDownloadAdvice]
        : failure.step === "validate"
          ? [strings.errorValidate, strings.errorValidateAdvice]
          : failure.step === "host"
            ? [strings.errorNotInExcel, strings.errorNotInExcelAdvice]
            : [strings.errorWorkbook, strings.errorWorkbookAdvice];
    return { title: strings.errorTitle, text: kept(text), advice, detail: detail(failure.message) };
  }
  if (refresh.running || view.error === null) return null;
  return {
    title: strings.loadErrorTitle,
    text: view.dataset !== null ? kept(strings.errorDownload) : strings.statusFailed,
    advice: strings.errorDownloadAdvice,
    detail: detail(view.error),
  };
}
