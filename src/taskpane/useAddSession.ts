/**
 * One "Add article" session: the fields, the review after Extract, the analyst's choices and the last message.
 * Held by the Pane (not the tab) so that a look at another tab does not lose a pasted article or a half-done
 * review.
 */
import { useCallback, useState } from "react";
import { loadPipeline } from "../runtime/pipelineChunk";
import type { AdditionReview } from "../ingest/additions/types";
import { ADDITION_STRINGS, type AdditionStrings } from "./additionStrings";
import { failureText, othersText } from "./additionsFlow";
import { type DraftFields, EMPTY_FIELDS, draftOf } from "./ArticleForm";
import { errorMessage, paneErrors } from "./errorLog";
import { errorInPaneLanguage } from "./paneLanguage";
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

/** An error of the pipeline in the pane's language, or the pane's own words when it has none in it. */
function errorText(s: AdditionStrings, error: unknown, language: Language): string {
  paneErrors.record(`add article: ${errorMessage(error)}`);
  return errorInPaneLanguage(error, language) ?? s.extractFailed;
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
        setMessage({ intent: "error", text: errorText(ADDITION_STRINGS[language], error, language) });
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
        return setMessage({ intent: "error", text: errorText(s, error, language) });
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
        text: [
          s.added(counts.projects, counts.figures),
          merged > 0 ? s.merged(merged) : "",
          othersText(s, outcome.others),
        ]
          .join(language === "zh" ? "" : " ")
          .trim(),
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
