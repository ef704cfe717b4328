/**
 * One "Add article" session: the fields, the review after Extract, the analyst's choices and the last message.
 * Held by the Pane (not the tab) so that a look at another tab does not lose a pasted article or a half-done
 * review.
 */
import { useCallback, useState } from "react";
import { AdditionError } from "../ingest/additionInput";
import { loadPipeline } from "../runtime/pipelineChunk";
import type { AdditionReview } from "../ingest/additions/types";
import type { AdditionStrings } from "./additionStrings";
import type { AdditionsFailure } from "./additionsFlow";
import { type DraftFields, EMPTY_FIELDS, draftOf } from "./ArticleForm";
import { errorMessage } from "./errorLog";
import type { Language } from "./i18n";
import { NO_CHOICES, type ReviewChoices, includedCounts, toDecisions } from "./reviewChoices";
import type { AdditionsController } from "./useAdditions";

export interface SessionMessage {
  intent: "success" | "error" | "warning";
  text: string;
}

export interface AddSession {
  fields: DraftFields;
  setFields: (fields: DraftFields) => void;
  /** The review of the fields as they were at Extract (`fields`), and how long the extraction took. */
  review: { review: AdditionReview; ms: number; fields: DraftFields } | null;
  /** The text or details changed since Extract: the review is of other input, so Add waits for Extract. */
  stale: boolean;
  choices: ReviewChoices;
  setChoices: (choices: ReviewChoices) => void;
  message: SessionMessage | null;
  setMessage: (message: SessionMessage | null) => void;
  extract: (language: Language) => Promise<void>;
  /** Extract is running (the pipeline may still be loading). */
  extracting: boolean;
  clear: () => void;
  add: (additions: AdditionsController, strings: AdditionStrings, language: Language) => Promise<void>;
}

/** The local date as YYYY-MM-DD: a report cannot be published after today. */
function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/**
 * One side of a "中文 / English" message (how the workbook store, the layers and the pipeline loader word theirs),
 * or the message as it is when it is not one.
 * @example pickLanguage("无法读取 / Cannot be read", "en") // "Cannot be read"
 */
export function pickLanguage(message: string, language: Language): string {
  const m = /^([^/]*[\u4e00-\u9fff][^/]*?) \/ ([A-Za-z].*)$/s.exec(message);
  if (!m) return message;
  return language === "zh" ? m[1]! : m[2]!;
}

/** An error of the pipeline in the pane's language (an AdditionError carries both). */
export function inLanguage(error: unknown, language: Language): string {
  if (error instanceof AdditionError) return language === "zh" ? error.zh : error.en;
  return pickLanguage(errorMessage(error), language);
}

export function failureText(s: AdditionStrings, failure: AdditionsFailure, language: Language): string {
  const why = pickLanguage(failure.message, language);
  switch (failure.step) {
    case "noDataset":
      return s.failedNoDataset;
    case "busy":
      return s.failedBusy;
    case "unreadable":
      // The store's own message says what is unreadable and that it was left untouched.
      return why;
    case "layer":
      return s.failedLayer(why);
    case "store":
      return s.failedStore(why);
    default:
      return s.failedTable(failure.table, why);
  }
}

function sameFields(a: DraftFields, b: DraftFields): boolean {
  return (Object.keys(a) as (keyof DraftFields)[]).every((key) => a[key] === b[key]);
}

export function useAddSession(): AddSession {
  const [fields, setFields] = useState<DraftFields>(EMPTY_FIELDS);
  const [review, setReview] = useState<AddSession["review"]>(null);
  const [choices, setChoices] = useState<ReviewChoices>(NO_CHOICES);
  const [message, setMessage] = useState<SessionMessage | null>(null);
  const [extracting, setExtracting] = useState(false);

  const extract = useCallback(
    async (language: Language) => {
      setMessage(null);
      setExtracting(true);
      try {
        const { reviewAddition } = await loadPipeline();
        // Timed after the chunk arrived: the figure shown is the extraction's own.
        const started = performance.now();
        const found = reviewAddition(draftOf(fields), today());
        setReview({ review: found, ms: Math.max(1, Math.round(performance.now() - started)), fields });
        setChoices(NO_CHOICES);
      } catch (error) {
        setReview(null);
        setMessage({ intent: "error", text: inLanguage(error, language) });
      } finally {
        setExtracting(false);
      }
    },
    [fields],
  );

  const clear = useCallback(() => {
    setFields(EMPTY_FIELDS);
    setReview(null);
    setChoices(NO_CHOICES);
    setMessage(null);
  }, []);

  const add = useCallback(
    async (additions: AdditionsController, s: AdditionStrings, language: Language) => {
      if (!review || !sameFields(review.fields, fields)) return;
      let curation;
      try {
        const { decisionsToCuration } = await loadPipeline();
        curation = decisionsToCuration(review.review, toDecisions(review.review, choices));
      } catch (error) {
        return setMessage({ intent: "error", text: inLanguage(error, language) });
      }
      const outcome = await additions.add({
        article: review.review.article,
        curation,
        addedAt: new Date().toISOString(),
      });
      if (!outcome.ok)
        return setMessage({ intent: "error", text: failureText(s, outcome.failure, language) });
      const counts = includedCounts(review.review, choices);
      const id = review.review.article.id;
      const merged = outcome.layered.merges.filter(
        (m) => m.parts.some((p) => p.sourceId === id) && m.parts.some((p) => p.sourceId !== id),
      ).length;
      setFields(EMPTY_FIELDS);
      setReview(null);
      setChoices(NO_CHOICES);
      setMessage({
        intent: "success",
        text: [s.added(counts.projects, counts.figures), merged > 0 ? s.merged(merged) : ""].join(" ").trim(),
      });
    },
    [review, choices, fields],
  );

  const stale = review !== null && !sameFields(review.fields, fields);
  return {
    fields,
    setFields,
    review,
    stale,
    choices,
    setChoices,
    message,
    setMessage,
    extract,
    extracting,
    clear,
    add,
  };
}
