/**
 * The "Add article" tab: an article in (paste, drop, open), its records reviewed with their quotes, the chosen
 * ones added to this workbook; below, the workbook's additions with remove and export. The pipeline runs here,
 * in the pane: no server, no network.
 */
import { useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Divider,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Dataset } from "../core/dataset";
import { AdditionsList } from "./AdditionsList";
import { ArticleForm } from "./ArticleForm";
import { useAdditionStrings } from "./additionStrings";
import { markQuotes } from "./quoteMarks";
import { QuotedText } from "./QuotedText";
import { ReviewRecords } from "./ReviewRecords";
import { includedCounts, missingReasons, unsettled } from "./reviewChoices";
import type { AdditionsController } from "./useAdditions";
import { failureText } from "./additionsFlow";
import { inPaneLanguage } from "./paneLanguage";
import type { AddSession } from "./useAddSession";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  meta: { color: tokens.colorNeutralForeground3 },
  text: {
    whiteSpace: "pre-wrap",
    maxHeight: "320px",
    overflowY: "auto",
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "center", flexWrap: "wrap" },
});

interface Props {
  session: AddSession;
  additions: AdditionsController;
  /** The dataset in memory (published + additions). */
  dataset: Dataset | null;
  /** A refresh is writing the tables: adding waits for it. */
  refreshing: boolean;
}

function ReviewSection({ session, additions, refreshing }: Omit<Props, "dataset">) {
  const styles = useStyles();
  const s = useAdditionStrings();
  const { language } = useLanguage();
  const [showText, setShowText] = useState(false);
  const review = session.review!.review;
  const pieces = useMemo(
    () =>
      markQuotes(
        review.cleanText,
        [...review.projects, ...review.amounts].map((r) => r.quote),
      ),
    [review],
  );
  const missing = [...missingReasons(session.choices), ...unsettled(session.choices)];
  const counts = includedCounts(review, session.choices);
  return (
    <section className={styles.section} data-testid="add-review">
      <Caption1 data-testid="add-found">
        {s.found(review.projects.length, review.amounts.length, session.review!.ms)}
      </Caption1>
      {review.notes.map((note) => (
        <MessageBar key={note.en} intent="warning" data-testid="add-note">
          <MessageBarBody>{language === "zh" ? note.zh : note.en}</MessageBarBody>
        </MessageBar>
      ))}
      <ReviewRecords review={review} choices={session.choices} onChoices={session.setChoices} />
      <Button
        size="small"
        appearance="subtle"
        onClick={() => setShowText(!showText)}
        data-testid="add-show-text"
      >
        {showText ? s.hideText : s.showText}
      </Button>
      {showText && (
        <div className={styles.text} data-testid="add-marked-text">
          <QuotedText pieces={pieces} />
        </div>
      )}
      <div className={styles.row}>
        <Button
          appearance="primary"
          data-testid="add-confirm"
          disabled={
            additions.busy ||
            refreshing ||
            session.stale ||
            missing.length > 0 ||
            counts.projects + counts.figures === 0
          }
          onClick={() => void session.add(additions, s, language)}
        >
          {additions.busy ? s.adding : s.add}
        </Button>
        {session.stale ? (
          <Caption1 className={styles.meta} data-testid="add-stale">
            {s.extractAgain}
          </Caption1>
        ) : (
          missing.length > 0 && <Caption1 className={styles.meta}>{s.reasonNeeded}</Caption1>
        )}
      </div>
    </section>
  );
}

/**
 * The way out of stored additions that cannot be read: discard them. Asked twice, since they are lost (a
 * colleague's copy of the workbook, or a newer add-in, may still read them).
 */
function ClearUnreadable({ busy, onClear }: { busy: boolean; onClear: () => void }) {
  const s = useAdditionStrings();
  const [asking, setAsking] = useState(false);
  return (
    <div className={useStyles().row}>
      {asking ? (
        <>
          <Button
            size="small"
            appearance="primary"
            disabled={busy}
            data-testid="additions-clear-confirm"
            onClick={() => {
              setAsking(false);
              onClear();
            }}
          >
            {s.clearConfirm}
          </Button>
          <Button size="small" appearance="subtle" onClick={() => setAsking(false)}>
            {s.cancel}
          </Button>
        </>
      ) : (
        <Button size="small" disabled={busy} data-testid="additions-clear" onClick={() => setAsking(true)}>
          {s.clearStored}
        </Button>
      )}
    </div>
  );
}

export function AddArticleTab({ session, additions, dataset, refreshing }: Props) {
  const styles = useStyles();
  const s = useAdditionStrings();
  const { language } = useLanguage();
  const { readError, layerError, layered } = additions.state;
  return (
    <div className={styles.root}>
      <section className={styles.section}>
        <Subtitle2 as="h2" className={styles.heading}>
          {s.tabAdd}
        </Subtitle2>
        <ArticleForm
          fields={session.fields}
          onChange={session.setFields}
          onExtract={() => void session.extract(language)}
          onClear={session.clear}
          busy={additions.busy || session.extracting}
        />
      </section>
      {session.message && (
        <MessageBar intent={session.message.intent} data-testid="add-message">
          <MessageBarBody>{session.message.text}</MessageBarBody>
        </MessageBar>
      )}
      {session.review && <ReviewSection session={session} additions={additions} refreshing={refreshing} />}
      <Divider />
      <section className={styles.section}>
        <Subtitle2 as="h2" className={styles.heading}>
          {s.listHeading}
        </Subtitle2>
        {readError !== null && (
          <>
            <MessageBar intent="error" data-testid="additions-unreadable">
              <MessageBarBody>{s.unreadable}</MessageBarBody>
            </MessageBar>
            <ClearUnreadable
              busy={additions.busy || refreshing}
              onClear={() =>
                void additions
                  .clearUnreadable()
                  .then((outcome) =>
                    session.setMessage(
                      outcome.ok
                        ? { intent: "success", text: s.cleared }
                        : { intent: "error", text: failureText(s, outcome.failure, language) },
                    ),
                  )
              }
            />
          </>
        )}
        {layerError !== null && (
          <MessageBar intent="warning" data-testid="additions-layer-error">
            <MessageBarBody>
              {[s.layerProblem, inPaneLanguage(layerError, language)]
                .filter(Boolean)
                .join(language === "zh" ? "" : " ")}
            </MessageBarBody>
          </MessageBar>
        )}
        <AdditionsList
          additions={additions.state.additions}
          dataset={dataset}
          alreadyPublished={layered?.alreadyPublished ?? []}
          busy={additions.busy || refreshing || readError !== null}
          onRemove={(addition) =>
            void additions
              .remove(addition.article.id)
              .then((outcome) =>
                session.setMessage(
                  outcome.ok
                    ? { intent: "success", text: s.removed(addition.article.title) }
                    : { intent: "error", text: failureText(s, outcome.failure, language) },
                ),
              )
          }
        />
      </section>
    </div>
  );
}
