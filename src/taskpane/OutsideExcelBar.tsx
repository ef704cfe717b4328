/**
 * The pane opened in a plain browser (https://localhost:3000/taskpane.html) looks ready, but has no workbook:
 * said at once, with how to sideload it, before any button is pressed.
 */
import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import { isInsideExcel } from "../excel/startup";
import { useLanguage } from "./useLanguage";

const useStyles = makeStyles({
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export function OutsideExcelBar() {
  const styles = useStyles();
  const { strings } = useLanguage();
  // Office is ready before the pane renders (index.tsx), and a page does not move into Excel later.
  const [inside] = useState(isInsideExcel);
  if (inside) return null;
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="outside-excel">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>{strings.outsideExcelTitle}</MessageBarTitle>
        <span>{strings.errorNotInExcel}</span>
        <span data-testid="outside-excel-web">{strings.errorNotInExcelAdvice}</span>
        <span>{strings.outsideExcelDesktop}</span>
      </MessageBarBody>
    </MessageBar>
  );
}
