/**
 * A PivotTable in four choices: the source table, a field for the rows, an optional field for the columns, and
 * the value (Low / High / Mid of the figures, or a count). The fields are the tables' real headers.
 */
import { useMemo, useState } from "react";
import {
  Button,
  Caption1,
  Dropdown,
  Field,
  MessageBar,
  MessageBarBody,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ActionMessage } from "./ActionMessage";
import type { Strings } from "./i18n";
import {
  PIVOT_SOURCES,
  type PivotRequest,
  type PivotSource,
  type PivotValue,
  defaultPivot,
  mixesMeasures,
  pivotChoices,
  pivotProblem,
} from "./pivotChoices";
import { useAction } from "./useAction";
import { useLanguage } from "./useLanguage";
import { createPivotTable } from "./workbook";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground3 },
  grid: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: 0, width: "100%" },
});

const NONE = "";
const valueKey = (v: PivotValue) => `${v.kind}:${v.header}`;
const valueLabel = (strings: Strings, v: PivotValue) =>
  v.kind === "count" ? strings.pivotCount : strings.pivotSum(v.header);

interface FieldDropdownProps {
  label: string;
  testId: string;
  selected: string;
  fields: readonly string[];
  withNone?: boolean;
  onPick: (field: string) => void;
}

/** One header of the source table, or none (for the optional columns). */
function FieldDropdown({ label, testId, selected, fields, withNone = false, onPick }: FieldDropdownProps) {
  const styles = useStyles();
  const { strings } = useLanguage();
  return (
    <Field label={label}>
      <Dropdown
        className={styles.dropdown}
        data-testid={testId}
        value={selected === NONE ? strings.pivotNone : selected}
        selectedOptions={[selected]}
        onOptionSelect={(_, data) => onPick(data.optionValue ?? NONE)}
      >
        {withNone && <Option value={NONE}>{strings.pivotNone}</Option>}
        {fields.map((f) => (
          <Option key={f} value={f}>
            {f}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

export function PivotBuilder({ hasDataset }: { hasDataset: boolean }) {
  const styles = useStyles();
  const { strings } = useLanguage();
  const [request, setRequest] = useState<PivotRequest>(() => defaultPivot("CZ_Projects"));
  const choices = useMemo(() => pivotChoices(request.source), [request.source]);
  const action = useAction(strings.actionFailed);
  const problem = pivotProblem(request);
  const value = request.values[0];

  return (
    <section className={styles.root}>
      <Caption1 className={styles.intro}>{strings.pivotIntro}</Caption1>
      <Field label={strings.pivotSource}>
        <Dropdown
          data-testid="pivot-source"
          value={request.source}
          selectedOptions={[request.source]}
          onOptionSelect={(_, data) => {
            if (data.optionValue) setRequest(defaultPivot(data.optionValue as PivotSource));
          }}
        >
          {PIVOT_SOURCES.map((s) => (
            <Option key={s} value={s}>
              {s}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.grid}>
        <FieldDropdown
          label={strings.pivotRows}
          testId="pivot-rows"
          selected={request.rows[0] ?? NONE}
          fields={choices.groupFields}
          onPick={(v) => setRequest({ ...request, rows: v === NONE ? [] : [v] })}
        />
        <FieldDropdown
          label={strings.pivotColumns}
          testId="pivot-columns"
          selected={request.columns[0] ?? NONE}
          fields={choices.groupFields}
          withNone
          onPick={(v) => setRequest({ ...request, columns: v === NONE ? [] : [v] })}
        />
      </div>
      <Field label={strings.pivotValue}>
        <Dropdown
          data-testid="pivot-value"
          value={value ? valueLabel(strings, value) : ""}
          selectedOptions={value ? [valueKey(value)] : []}
          onOptionSelect={(_, data) => {
            const chosen = choices.values.find((v) => valueKey(v) === data.optionValue);
            if (chosen) setRequest({ ...request, values: [chosen] });
          }}
        >
          {choices.values.map((v) => (
            <Option key={valueKey(v)} value={valueKey(v)}>
              {valueLabel(strings, v)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      {problem === null && mixesMeasures(request) && (
        <MessageBar intent="warning" layout="multiline" data-testid="pivot-warning">
          <MessageBarBody>{strings.pivotMixesMeasures}</MessageBarBody>
        </MessageBar>
      )}
      {problem && (
        <Caption1 role="alert">
          {problem === "needsRows" ? strings.pivotNeedsRows : strings.pivotSameField}
        </Caption1>
      )}
      <div>
        <Button
          appearance="primary"
          data-testid="pivot-create"
          disabled={problem !== null || !hasDataset || action.state.status === "busy"}
          title={hasDataset ? undefined : strings.needsDataset}
          onClick={() =>
            void action.run(async () => {
              return strings.pivotCreated(await createPivotTable(request));
            })
          }
        >
          {action.state.status === "busy" ? strings.working : strings.pivotCreate}
        </Button>
      </div>
      <ActionMessage state={action.state} testId="pivot-message" />
    </section>
  );
}
