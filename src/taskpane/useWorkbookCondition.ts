/**
 * Whether the CZ tables are whole, as the workbook writer knows it: "incomplete" after a write and its repair
 * both failed (or a start-up repair failed), until a write or a repair succeeds.
 */
import { useSyncExternalStore } from "react";
import { sharedWriter } from "../runtime/sharedWriter";
import type { WorkbookCondition, WorkbookWriter } from "../runtime/workbookWriter";

export function useWorkbookCondition(
  writer: Pick<WorkbookWriter, "condition" | "subscribe"> = sharedWriter,
): WorkbookCondition {
  return useSyncExternalStore(writer.subscribe, writer.condition, writer.condition);
}
