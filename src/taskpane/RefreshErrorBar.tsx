/**
 * A failure in plain words: what failed, what to do, and the lower layer's detail when it has words in the
 * pane's language (otherwise it is in the diagnostics only).
 */
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
        {content.detail !== "" && (
          <Caption1 className={styles.detail} data-testid="error-detail">
            {content.detail}
          </Caption1>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
