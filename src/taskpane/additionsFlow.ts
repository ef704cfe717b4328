/**
 * Adding, removing and discarding local additions. Each is one write of the workbook writer
 * (src/runtime/workbookWriter.ts): the change is applied, by source id, to the additions the workbook stores
 * now (another author's are kept), the tables are written from the result, the additions are stored last, and a
 * sync that fails is repaired at once. This module binds those writes and says, in one sentence in the pane's
 * language, what the workbook holds after one that did not happen and what to do.
 */
import type { Addition } from "../ingest/additions/types";
import type { RefreshProgressStep } from "../excel/writeTables";
import type { OthersChange, WorkbookWriter, WriteFailure, WriteOutcome } from "../runtime/workbookWriter";
import type { AdditionStrings } from "./additionStrings";
import type { Language } from "./i18n";
import { inPaneLanguage } from "./paneLanguage";

/** A change refused because another is being written (the pane runs one at a time). */
export const BUSY: WriteFailure = {
  workbook: "unchanged",
  reason: "changing",
  table: null,
  detail: "another change of the additions is being written",
  cause: null,
};

export type AdditionsFailure = WriteFailure;
export type AdditionsOutcome = WriteOutcome;

type Writer = Pick<WorkbookWriter, "write">;
type Progress = (step: RefreshProgressStep) => void;

/** Adds one article's addition on top of the workbook's (replacing an earlier addition of the same article). */
export const addAddition = (writer: Writer, addition: Addition, onProgress?: Progress) =>
  writer.write({ change: { kind: "put", addition }, onProgress });

/** Removes the addition of one article (by its source id). */
export const removeAddition = (writer: Writer, articleId: string, onProgress?: Progress) =>
  writer.write({ change: { kind: "remove", articleId }, onProgress });

/**
 * Discards stored additions that cannot be read (another version's format, two parts from merged workbooks):
 * the only way out of that state, so the pane asks twice. The tables are rewritten from the published dataset.
 */
export const clearStoredAdditions = (writer: Writer, onProgress?: Progress) =>
  writer.write({ change: { kind: "discard" }, onProgress });

/**
 * What the workbook holds after a change that did not happen, and what to do, in one sentence.
 * @example failureText(ADDITION_STRINGS.en, { workbook: "restored", table: "CZ_Sources", … }, "en")
 * // "Nothing was changed: writing CZ_Sources failed, so the pane put the workbook back as it was …"
 */
export function failureText(s: AdditionStrings, failure: AdditionsFailure, language: Language): string {
  const why = inPaneLanguage(failure.detail, language);
  if (failure === BUSY) return s.failedBusy;
  if (failure.workbook === "restored") return s.failedRestored(failure.table);
  if (failure.workbook === "incomplete") return s.failedIncomplete(failure.table);
  switch (failure.reason) {
    case "noDataset":
      return s.failedNoDataset;
    case "unreadable":
      return s.unreadable;
    case "layer":
      return s.failedLayer(why);
    case "changing":
      return s.failedChanging;
    case "notRead":
    case "write":
      return s.failedUnchanged;
  }
}

/** What another author changed meanwhile and the write kept, as the pane says it (empty when nothing). */
export function othersText(s: AdditionStrings, others: OthersChange | null): string {
  return others ? s.othersKept(others.added, others.removed) : "";
}
