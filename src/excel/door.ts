/**
 * The workbook as the runtime's writer (src/runtime/workbookWriter.ts) sees it: read what the workbook records
 * about its CZ data, write the tables journaled, store or delete the additions only if they are still what was
 * read, and say where a failed write stopped. The writer's WorkbookDoor interface, met structurally (src/excel
 * imports nothing from above it).
 */
import type { Dataset } from "../core/dataset";
import {
  AdditionsChangedError,
  type StoredPart,
  deleteAdditionsPart,
  writeAdditionsPart,
} from "./additionsPart";
import type { JournalRead, TablesStamp } from "./journal";
import type { LastRefresh } from "./settings";
import { undoPendingWrites } from "./undoPending";
import { readWorkbookRecord } from "./workbookRecord";
import { RefreshError, type RefreshProgressStep, refreshTables } from "./writeTables";

export const workbookDoor = {
  read: readWorkbookRecord,
  writeTables: (
    dataset: Dataset,
    stamp: { tables: TablesStamp; marker: LastRefresh },
    onProgress?: (step: RefreshProgressStep) => void,
  ): Promise<unknown> => refreshTables(dataset, { stamp, onProgress }),
  writePart: (json: string, expected: string): Promise<void> => writeAdditionsPart(json, { expected }),
  deletePart: (expected: string): Promise<void> => deleteAdditionsPart({ expected }),
  // A request may carry one table's end and the next tables' start: it names them all.
  stoppedAt: (error: unknown): { table: string | null } | null =>
    error instanceof RefreshError
      ? { table: error.tables.length > 0 ? error.tables.join(" / ") : null }
      : null,
  changedPart: (error: unknown): StoredPart | null =>
    error instanceof AdditionsChangedError ? error.current : null,
  undoPending: (journal: JournalRead): Promise<unknown> => undoPendingWrites(journal),
};
