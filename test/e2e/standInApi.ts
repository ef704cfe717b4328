/**
 * What the stand-in bundle (standInEntry.ts) reads and exposes on the task pane's page, shared by the bundle and
 * the tests that drive the page. Types only: the tests run in Node and never load the bundle's code.
 */
import type { StandIn } from "../excel-standin";

/** Set by the test (an init script) before the page's scripts run: the host the stand-in plays. */
export interface StandInPageOptions {
  /** Office's display language, e.g. "zh-CN" or "en-US" (default "en-US"). */
  displayLanguage?: string;
  /** Office's theme as desktop Excel reports it; absent, the host has none (as Excel on the web) and the pane
   * follows the browser's prefers-color-scheme. */
  theme?: "light" | "dark";
  platform?: "PC" | "Mac" | "OfficeOnline";
  apiVersion?: string;
  /** A reopened workbook: what the first one's `standIn.saved()` returned (settings and custom XML parts). */
  settings?: Record<string, unknown>;
  customXmlParts?: readonly { id?: string; xml: string }[];
}

/** A value a custom function pushed to its cell: a number, text, a spilled array, or an error. */
export type CellResult = number | string | boolean | unknown[][] | { error: string; message: string | null };

/** Excel's part in calling the CZ functions: what `CustomFunctions.associate` recorded, and streaming cells. */
export interface CustomFunctionsPageApi {
  /** The ids the functions chunk associated, in order. */
  ids(): string[];
  /**
   * Starts `id` as Excel would for a new formula: the given arguments, null for the omitted optional ones, and a
   * streaming invocation whose results are recorded under `cell`.
   */
  invoke(cell: string, id: string, args: unknown[]): void;
  /** Everything the formula in `cell` pushed, oldest first. */
  results(cell: string): CellResult[];
  /** Cancels the formula in `cell` (as deleting the cell does). */
  cancel(cell: string): void;
}

declare global {
  interface Window {
    __CZ_STANDIN_OPTIONS?: StandInPageOptions;
    /** The stand-in's handle: inspection (tables, names, settings, syncs) without syncs. */
    __standIn?: StandIn;
    __customFunctions?: CustomFunctionsPageApi;
  }
}
