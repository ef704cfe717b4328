/**
 * One argument of the formula builder. Kinds with a list (sectors, places, measures, stages, bounds, fields)
 * are a searchable Combobox that also takes free text (a name the list lacks is passed as typed, and the
 * function's #VALUE! message then says what it expected); a period is a plain input.
 */
import { useMemo } from "react";
import { Caption1, Combobox, Field, Input, Option, makeStyles, tokens } from "@fluentui/react-components";
import { type ArgumentOption, searchOptions } from "./argumentOptions";
import type { FunctionParameter } from "./functionCatalog";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  hint: { color: tokens.colorNeutralForeground3, marginInlineStart: tokens.spacingHorizontalXS },
  combobox: { minWidth: 0, width: "100%" },
});

interface Props {
  parameter: FunctionParameter;
  options: readonly ArgumentOption[];
  value: string;
  onChange: (value: string) => void;
}

/** For a list of columns ("name,stage"), the search and the pick work on the last item only. */
const lastItem = (text: string) => text.split(/[,，]/).at(-1)?.trim() ?? "";
const withLastItem = (text: string, item: string) => {
  const items = text.split(/[,，]/).map((t) => t.trim());
  items[items.length - 1] = item;
  return items.filter((t) => t !== "").join(",");
};

export function ArgumentInput({ parameter, options, value, onChange }: Props) {
  const styles = useStyles();
  const { language, strings } = useLanguage();
  const list = parameter.kind === "columns";
  const matches = useMemo(
    () => searchOptions(options, list ? lastItem(value) : value, 40),
    [options, value, list],
  );
  const label = `${parameter.name}${parameter.optional ? ` (${strings.optional})` : ""}`;
  const hint = language === "zh" ? parameter.zh : parameter.en;
  const testId = `argument-${parameter.name}`;

  if (options.length === 0)
    return (
      <Field label={label} hint={hint}>
        <Input
          value={value}
          data-testid={testId}
          placeholder={parameter.kind === "period" ? strings.periodPlaceholder : undefined}
          onChange={(_, data) => onChange(data.value)}
        />
      </Field>
    );

  return (
    <Field label={label} hint={hint}>
      <Combobox
        freeform
        className={styles.combobox}
        data-testid={testId}
        value={value}
        placeholder={strings.searchPlaceholder}
        selectedOptions={[]}
        onChange={(event) => onChange(event.target.value)}
        onOptionSelect={(_, data) => {
          if (data.optionValue === undefined) return;
          onChange(list ? withLastItem(value, data.optionValue) : data.optionValue);
        }}
      >
        {matches.length === 0 ? (
          <Option disabled value="" text="">
            {strings.noMatches}
          </Option>
        ) : (
          matches.map((o) => (
            <Option key={o.value} value={o.value} text={o.value}>
              <span>
                {o.label}
                {o.hint !== "" && <Caption1 className={styles.hint}>{o.hint}</Caption1>}
              </span>
            </Option>
          ))
        )}
      </Combobox>
    </Field>
  );
}
