/**
 * Never a blank pane: a rendering error anywhere below shows a MessageBar with what to do, and is kept for the
 * diagnostics. The workbook and the formulas do not depend on the pane, so they are unaffected.
 */
import { Component, type ErrorInfo, type ReactNode } from "react";
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { errorMessage, paneErrors } from "./errorLog";
import type { Strings } from "./i18n";

interface Props {
  strings: Strings;
  children: ReactNode;
}

export class ErrorBoundary extends Component<Props, { error: string | null }> {
  override state = { error: null as string | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: errorMessage(error) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    paneErrors.record(
      `pane: ${errorMessage(error)}${info.componentStack ? ` at ${info.componentStack.trim().split("\n")[0]}` : ""}`,
    );
  }

  // The error's own words are in the diagnostics (recorded above), not in the pane: they are English.
  override render() {
    const { strings } = this.props;
    if (this.state.error === null) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline" data-testid="pane-crash">
        <MessageBarBody>
          <MessageBarTitle>{strings.crashTitle}</MessageBarTitle>
          {strings.crashText}
        </MessageBarBody>
        <MessageBarActions>
          <Button size="small" onClick={() => this.setState({ error: null })}>
            {strings.reload}
          </Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
}
