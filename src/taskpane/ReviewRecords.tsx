/**
 * The records found in an article, before anything is written: projects with partner, place, sector, stage and
 * date; figures with bounds, qualifier and scope (batch figures flagged as not in totals, garbled and
 * approximate ones as in the quality list). Each shows its verbatim quote with the name or figure marked. The
 * analyst unticks what is wrong or corrects a project's sector or place, giving a reason each time.
 */
import { useMemo } from "react";
import {
  Badge,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Select,
  Text,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { STAGES, type Amount, type Project, type Stage } from "../core/dataset";
import { PLACES } from "../core/places";
import { SECTOR_TREE } from "../core/sectors";
import type { AdditionReview } from "../ingest/additions/types";
import { useAdditionStrings } from "./additionStrings";
import { card, cardList } from "./cardStyles";
import { QUALIFIER_COLOR, qualifierLabel, scopeLabel } from "./QualityList";
import { boundsText, type QualityQualifier, type QualityScope } from "./qualityItems";
import { highlightIn } from "./quoteMarks";
import { QuotedText } from "./QuotedText";
import {
  EMPTY_SETTLEMENT,
  type ReviewChoices,
  correctStage,
  stageDateProblem,
  type SettlementDraft,
  correct,
  isChanged,
  setReason,
  settle,
  settlementProblem,
  toggleRecord,
} from "./reviewChoices";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: cardList,
  card: card,
  left: { opacity: 0.55 },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, flexWrap: "wrap" },
  meta: { color: tokens.colorNeutralForeground3 },
  quote: { color: tokens.colorNeutralForeground2 },
  fields: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
});

const NAMES = new Map<string, string>([
  ...SECTOR_TREE.map((s) => [s.id, s.name] as const),
  ...PLACES.map((p) => [p.id, p.name] as const),
]);
const nameOf = (id: string | null) => (id === null ? null : (NAMES.get(id) ?? id));

interface Props {
  review: AdditionReview;
  choices: ReviewChoices;
  onChoices: (choices: ReviewChoices) => void;
}

function ReasonField({ id, choices, onChoices }: { id: string } & Omit<Props, "review">) {
  const s = useAdditionStrings();
  if (!isChanged(choices, id)) return null;
  const reason = choices.reasons.get(id) ?? "";
  return (
    <Field
      label={s.reasonLabel}
      size="small"
      validationState={reason.trim() === "" ? "warning" : "none"}
      validationMessage={reason.trim() === "" ? s.reasonNeeded : undefined}
    >
      <Input
        size="small"
        value={reason}
        data-testid="review-reason"
        onChange={(_, data) => onChoices(setReason(choices, id, data.value))}
      />
    </Field>
  );
}

function ProjectCard({
  project,
  partners,
  choices,
  onChoices,
}: { project: Project; partners: string } & Omit<Props, "review">) {
  const styles = useStyles();
  const s = useAdditionStrings();
  const included = !choices.excluded.has(project.id);
  const sector = choices.sectors.get(project.id) ?? project.sectorId;
  const place = choices.places.get(project.id) ?? project.placeId;
  const corrected = choices.stages.get(project.id);
  const stage = { stage: corrected?.stage ?? project.stage, date: corrected?.date ?? "" };
  const choose = (field: "sectors" | "places", extracted: string | null) => (value: string) =>
    onChoices(correct(choices, field, project.id, value === (extracted ?? "") ? null : value));
  return (
    <li
      className={included ? styles.card : `${styles.card} ${styles.left}`}
      data-testid="review-project"
      data-project-name={project.name}
    >
      <Checkbox
        checked={included}
        label={<Text weight="semibold">{project.name}</Text>}
        data-testid="review-project-include"
        onChange={(_, data) => onChoices(toggleRecord(choices, project.id, data.checked === true))}
      />
      <Caption1 className={styles.meta}>
        {s.partner}: {partners || s.unknown} · {s.stage}: {project.stage ?? s.unknown} · {s.date}:{" "}
        {project.date ?? s.unknown}
      </Caption1>
      <div className={styles.fields}>
        <Field label={s.sector} size="small">
          <Select
            size="small"
            value={sector ?? ""}
            data-testid="review-sector"
            onChange={(_, data) => choose("sectors", project.sectorId)(data.value)}
          >
            {/* "Unknown" only as what was extracted: no curation entry can unset a sector. */}
            {project.sectorId === null && <option value="">{s.unknown}</option>}
            {SECTOR_TREE.map((node) => (
              <option key={node.id} value={node.id}>
                {node.parentId === null ? node.name : `· ${node.name}`}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={s.place} size="small">
          <Select
            size="small"
            value={place ?? ""}
            data-testid="review-place"
            onChange={(_, data) => choose("places", project.placeId)(data.value)}
          >
            {project.placeId === null && <option value="">{s.unknown}</option>}
            {PLACES.map((p) => (
              <option key={p.id} value={p.id}>
                {p.parentId === null ? p.name : `· ${p.name}`}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className={styles.fields}>
        <Field label={s.stage} size="small">
          <Select
            size="small"
            value={stage.stage ?? ""}
            data-testid="review-stage"
            onChange={(_, data) =>
              onChoices(
                data.value === (project.stage ?? "")
                  ? correctStage(choices, project.id, null)
                  : correctStage(choices, project.id, { stage: data.value as Stage, date: stage.date }),
              )
            }
          >
            {project.stage === null && <option value="">{s.unknown}</option>}
            {STAGES.map((st) => (
              <option key={st} value={st}>
                {st}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          label={s.date}
          size="small"
          validationState={stageDateProblem(stage.date) ? "warning" : "none"}
          validationMessage={stageDateProblem(stage.date) ? s.stageDate : undefined}
        >
          <Input
            size="small"
            value={stage.date}
            placeholder={project.date ?? "YYYY-MM"}
            disabled={!choices.stages.has(project.id)}
            data-testid="review-stage-date"
            onChange={(_, data) =>
              stage.stage !== null &&
              onChoices(correctStage(choices, project.id, { stage: stage.stage, date: data.value }))
            }
          />
        </Field>
      </div>
      <Caption1 className={styles.quote} data-testid="review-quote">
        <QuotedText pieces={highlightIn(project.quote, project.name)} />
      </Caption1>
      <ReasonField id={project.id} choices={choices} onChoices={onChoices} />
    </li>
  );
}

/** The settlement of one figure: its bounds and the evidence, with what is still missing. */
function SettleFields({
  amountId,
  draft,
  choices,
  onChoices,
}: {
  amountId: string;
  draft: SettlementDraft;
} & Omit<Props, "review">) {
  const styles = useStyles();
  const s = useAdditionStrings();
  const problem = settlementProblem(draft);
  const set = (key: keyof SettlementDraft) => (_: unknown, data: { value: string }) =>
    onChoices(settle(choices, amountId, { ...draft, [key]: data.value }));
  const message =
    problem === "bounds"
      ? s.settleBounds
      : problem === "order"
        ? s.settleOrder
        : problem === "evidence"
          ? s.settleEvidence
          : null;
  return (
    <div data-testid="review-settle">
      <Caption1>{s.settleTitle}</Caption1>
      <div className={styles.fields}>
        <Field label={s.settleLow} size="small">
          <Input
            size="small"
            inputMode="decimal"
            value={draft.low}
            onChange={set("low")}
            data-testid="settle-low"
          />
        </Field>
        <Field label={s.settleHigh} size="small">
          <Input
            size="small"
            inputMode="decimal"
            value={draft.high}
            onChange={set("high")}
            data-testid="settle-high"
          />
        </Field>
      </div>
      <Field label={s.settleSource} size="small">
        <Input
          size="small"
          type="url"
          value={draft.evidenceSource}
          onChange={set("evidenceSource")}
          data-testid="settle-source"
        />
      </Field>
      <Field
        label={s.settleQuote}
        size="small"
        validationState={message ? "warning" : "none"}
        validationMessage={message ?? undefined}
      >
        <Input
          size="small"
          value={draft.evidenceQuote}
          onChange={set("evidenceQuote")}
          data-testid="settle-quote"
        />
      </Field>
    </div>
  );
}

function FigureCard({
  amount,
  subject,
  projectLeft,
  choices,
  onChoices,
}: {
  amount: Amount;
  subject: string | null;
  projectLeft: boolean;
} & Omit<Props, "review">) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const s = useAdditionStrings();
  const included = !choices.excluded.has(amount.id) && !projectLeft;
  const draft = choices.settled.get(amount.id);
  const qualifier =
    amount.qualifier === "exact" || amount.qualifier === "restored"
      ? null
      : (amount.qualifier as QualityQualifier);
  return (
    <li
      className={included ? styles.card : `${styles.card} ${styles.left}`}
      data-testid="review-figure"
      data-figure-text={amount.text}
    >
      <div className={styles.head}>
        <Checkbox
          checked={included}
          disabled={projectLeft}
          data-testid="review-figure-include"
          label={<Text weight="semibold">{amount.text}</Text>}
          onChange={(_, data) => onChoices(toggleRecord(choices, amount.id, data.checked === true))}
        />
        {qualifier !== null && (
          <Badge
            appearance="tint"
            color={QUALIFIER_COLOR[qualifier]}
            size="small"
            data-testid="review-qualifier"
          >
            {qualifierLabel(strings, qualifier)}
          </Badge>
        )}
        {amount.scope !== "project" && (
          <Badge
            appearance="outline"
            color="subtle"
            size="small"
            data-testid="review-scope"
            title={strings.scopeNotCounted}
          >
            {scopeLabel(strings, { scope: amount.scope as QualityScope, projectCount: amount.projectCount })}{" "}
            · {strings.scopeNotCounted}
          </Badge>
        )}
      </div>
      <Caption1 className={styles.meta}>
        {amount.measure} {boundsText(amount.low, amount.high)} {amount.unit}
        {subject !== null ? ` · ${subject}` : ""}
      </Caption1>
      <Caption1 className={styles.quote} data-testid="review-quote">
        <QuotedText pieces={highlightIn(amount.quote, amount.text)} />
      </Caption1>
      {included && (
        <Button
          size="small"
          appearance="subtle"
          data-testid="review-settle-toggle"
          onClick={() => onChoices(settle(choices, amount.id, draft ? null : EMPTY_SETTLEMENT))}
        >
          {draft ? s.settleUndo : s.correct}
        </Button>
      )}
      {included && draft && (
        <SettleFields amountId={amount.id} draft={draft} choices={choices} onChoices={onChoices} />
      )}
      <ReasonField id={amount.id} choices={choices} onChoices={onChoices} />
    </li>
  );
}

export function ReviewRecords({ review, choices, onChoices }: Props) {
  const styles = useStyles();
  const s = useAdditionStrings();
  const orgNames = useMemo(() => new Map(review.organizations.map((o) => [o.id, o.name] as const)), [review]);
  const projectNames = useMemo(() => new Map(review.projects.map((p) => [p.id, p.name] as const)), [review]);
  return (
    <div className={styles.root}>
      <Text weight="semibold">{s.projectsHeading}</Text>
      {review.projects.length === 0 && <Caption1>{s.noneFound}</Caption1>}
      <ul className={styles.list}>
        {review.projects.map((project) => (
          <ProjectCard
            key={project.id}
            project={project}
            partners={project.orgIds.map((id) => orgNames.get(id) ?? id).join("、")}
            choices={choices}
            onChoices={onChoices}
          />
        ))}
      </ul>
      <Text weight="semibold">{s.figuresHeading}</Text>
      {review.amounts.length === 0 && <Caption1>{s.noneFound}</Caption1>}
      <ul className={styles.list}>
        {review.amounts.map((amount) => (
          <FigureCard
            key={amount.id}
            amount={amount}
            subject={
              amount.projectId !== null
                ? (projectNames.get(amount.projectId) ?? null)
                : nameOf(amount.placeId)
            }
            projectLeft={amount.projectId !== null && choices.excluded.has(amount.projectId)}
            choices={choices}
            onChoices={onChoices}
          />
        ))}
      </ul>
    </div>
  );
}
