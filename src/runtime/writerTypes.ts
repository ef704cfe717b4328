/**
 * The workbook writer's vocabulary (see workbookWriter.ts): what it asks of the workbook, what it is asked to
 * write, and what it answers — the state the workbook is left in, in terms the pane turns into one sentence.
 */
import type { Dataset } from "../core/dataset";
import type { DatasetOrigin } from "../core/datasetStore";
import type { StoredPart } from "../excel/additionsPart";
import type { TablesStamp } from "../excel/journal";
import type { LastRefresh } from "../excel/settings";
import type { WorkbookRecord } from "../excel/workbookRecord";
import type { RefreshProgressStep } from "../excel/writeTables";
import type { Addition, LayeredDataset } from "../ingest/additions/types";
import type { Layers } from "./localLayers";

/** What the writer asks of the workbook (bound to src/excel in the pane; a stand-in's in tests). */
export interface WorkbookDoor {
  read(): Promise<WorkbookRecord>;
  writeTables(
    dataset: Dataset,
    stamp: { tables: TablesStamp; marker: LastRefresh },
    onProgress?: (step: RefreshProgressStep) => void,
  ): Promise<unknown>;
  /** Stores the additions if the part still has key `expected`; rejects (see changedPart) when it has not. */
  writePart(json: string, expected: string): Promise<void>;
  deletePart(expected: string): Promise<void>;
  /**
   * For a failed writeTables: where it stopped (`table` null: before writing anything), or null when the error
   * does not say (then the workbook is repaired as if it had written).
   */
  stoppedAt(error: unknown): { table: string | null } | null;
  /** For a refused part write: what the part holds now (null when the error is another one). */
  changedPart(error: unknown): StoredPart | null;
  /** Undoes a starter report, PivotTable or freeze the journal says stopped part way (src/excel undoPending.ts). */
  undoPending(record: Pick<WorkbookRecord, "stamp" | "pending">): Promise<unknown>;
}

export type AdditionsChange =
  | { kind: "put"; addition: Addition }
  | { kind: "remove"; articleId: string }
  /** Discards stored additions that cannot be read (never readable ones: those someone could still use). */
  | { kind: "discard" };

export interface WriteRequest {
  /** The published dataset to write: a refresh's new one; by default the one in use. */
  published?: { dataset: Dataset; origin: DatasetOrigin };
  change?: AdditionsChange | null;
  onProgress?: (step: RefreshProgressStep) => void;
}

/** Additions another author stored or removed since this pane last read them, kept by the write. */
export interface OthersChange {
  added: string[];
  removed: string[];
}

/** What the workbook holds after a write that did not happen. */
export type WorkbookState =
  /** Nothing was written. */
  | "unchanged"
  /** A write failed part way and was undone: the previous data, complete. */
  | "restored"
  /** A write and its repair failed: the tables are incomplete until a Refresh or the next start-up. */
  | "incomplete";

export type WriteReason =
  | "notRead"
  | "unreadable"
  | "noDataset"
  | "layer"
  /** The stored additions kept changing under the write, or became readable before a discard. */
  | "changing"
  | "write";

export interface WriteFailure {
  workbook: WorkbookState;
  reason: WriteReason;
  /** The table the write stopped in (null: before the tables, or at the stored additions). */
  table: string | null;
  /** The lower layers' message, for the diagnostics and for the pane to pick its language from. */
  detail: string;
  /** The error itself (the pane tells "not inside Excel" apart by it). */
  cause: unknown;
}

export type WriteOutcome =
  | {
      ok: true;
      layered: LayeredDataset;
      additions: readonly Addition[];
      /** Why the additions were not layered (a refresh writes the published dataset alone then). */
      notLayered: string | null;
      others: OthersChange | null;
      /** The marker written with the tables. */
      marker: LastRefresh;
    }
  | { ok: false; failure: WriteFailure };

/** Whether the tables are known to be whole: "incomplete" until a write or a repair succeeds. */
export type WorkbookCondition =
  { state: "consistent" } | { state: "incomplete"; table: string | null; detail: string };

export interface WriterDeps {
  door: WorkbookDoor;
  layers: Pick<Layers, "getState" | "compose" | "ready" | "commit">;
  now?: () => Date;
}

export interface WorkbookWriter {
  write(request: WriteRequest): Promise<WriteOutcome>;
  /**
   * Start-up: the published dataset just loaded meets the workbook. When the journal says a write stopped, or the
   * tables were written with other additions than those stored, the tables are rewritten first; then the layers
   * (and every CZ formula) get what the tables hold. Never rejects.
   */
  settle(published: { dataset: Dataset; origin: DatasetOrigin }): Promise<WorkbookCondition>;
  condition(): WorkbookCondition;
  subscribe(listener: (condition: WorkbookCondition) => void): () => void;
}
