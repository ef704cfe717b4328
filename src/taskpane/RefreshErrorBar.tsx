/** A failure in plain words: what failed, what to do, and the technical detail for support. */
import {
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ErrorContent } from "./refreshStatus";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  detail: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
});

export function RefreshErrorBar({ content }: { content: ErrorContent }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" layout="multiline" data-testid="error-bar">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{content.title}</MessageBarTitle>
        <span data-testid="error-text">{content.text}</span>
        <strong data-testid="error-advice">{content.advice}</strong>
        <Caption1 className={styles.detail}>{content.detail}</Caption1>
      </MessageBarBody>
    </MessageBar>
  );
}
