/**
 * The stand-in host: `installStandIn(globalThis)` puts `Excel`, `Office` and `OfficeExtension` where office.js
 * would, and returns a handle whose inspection methods read the workbook directly — no sync, no proxies — so
 * tests can check what the code under test did and count what it cost.
 */
import { formatAddress, parseRect, type Rect } from "./addresses";
import { ERROR_CODES } from "./errors";
import { makeGlobals } from "./globals";
import type { KindDef } from "./kinds";
import { PIVOT_KINDS, KINDS } from "./registry";
import { Runtime, type InjectedFailure, type SyncRecord } from "./runtime";
import { dataSourceString } from "./pivotOps";
import { nameValue } from "./storeKinds";
import { addCustomXmlPart, namespaceOf } from "./xmlPartKinds";
import { WorkbookModel, type CellProperty, type Evaluator } from "./workbookModel";
import type { SheetModel } from "./sheetModel";

export interface StandInOptions {
  /** The ExcelApi requirement set the host supports (default "1.17"). */
  apiVersion?: string;
  /** Excel on the web refuses requests (and responses) over about 5 MB. */
  payloadLimitBytes?: number;
  /** The sheets of the new workbook (default ["Sheet1"]). */
  sheets?: string[];
  displayLanguage?: string;
  platform?: "PC" | "Mac" | "OfficeOnline";
  /**
   * What a saved file brings back beside its cells: "reopening" a workbook is a new stand-in given the first
   * one's `saved()` (`installStandIn(globalThis, { ...first.saved() })`). Sheets and tables are not carried.
   */
  settings?: Record<string, unknown>;
  customXmlParts?: readonly { id?: string; xml: string }[];
  /**
   * Keep no cell written below a sheet's first row: every write is still checked, counted and sized, but its
   * cells are dropped. For measuring the memory of the code under test apart from the stand-in's workbook
   * (`npm run bench`), on a refresh into an empty workbook, which never reads back what it wrote.
   */
  discardCells?: boolean;
}

export interface CustomXmlPartView {
  id: string;
  namespaceUri: string;
  xml: string;
}

export interface TableView {
  name: string;
  sheet: string;
  address: string;
  headers: string[];
  values: unknown[][];
  formulas: unknown[][];
  numberFormats: unknown[][];
  text: unknown[][];
}

export interface PivotView {
  name: string;
  sheet: string;
  source: string;
  rows: string[];
  columns: string[];
  values: { name: string; field: string; summarizeBy: string }[];
  refreshCount: number;
  shown: { sourceRows: number; totals: Record<string, number> } | null;
}

export class StandIn {
  readonly workbook: WorkbookModel;
  readonly runtime: Runtime;
  readonly Excel: object;
  readonly Office: object;
  readonly OfficeExtension: object;
  /** What the code under test asked of Office outside Excel.run. */
  readonly officeCalls = { startupBehavior: null as string | null, associated: new Map<string, unknown>() };

  constructor(options: StandInOptions = {}) {
    const apiVersion = options.apiVersion ?? "1.17";
    this.workbook = new WorkbookModel(options.sheets, options.discardCells ?? false);
    for (const [key, value] of Object.entries(options.settings ?? {}))
      this.workbook.settings.set(key, JSON.parse(JSON.stringify(value)));
    // A file whose parts Excel could not read would not open: a bad part here throws at once.
    for (const part of options.customXmlParts ?? []) addCustomXmlPart(this.workbook, part.xml, part.id);
    const kinds: Record<string, KindDef> = Object.fromEntries(
      [...KINDS, ...PIVOT_KINDS].map((k) => [k.name, k]),
    );
    this.runtime = new Runtime({ wb: this.workbook }, kinds, {
      apiVersion,
      payloadLimitBytes: options.payloadLimitBytes ?? 5_000_000,
    });
    const globals = makeGlobals(this.runtime, this.workbook, this.officeCalls, {
      apiVersion,
      displayLanguage: options.displayLanguage ?? "zh-CN",
      platform: options.platform ?? "OfficeOnline",
    });
    this.Excel = globals.Excel;
    this.Office = globals.Office;
    this.OfficeExtension = globals.OfficeExtension;
  }

  // ---- counting and failing ----

  get syncs(): readonly SyncRecord[] {
    return this.runtime.syncs;
  }

  get syncCount(): number {
    return this.runtime.syncs.length;
  }

  largestRequestBytes(): number {
    return Math.max(0, ...this.runtime.syncs.map((s) => s.requestBytes));
  }

  /** Forgets the syncs counted so far; sync numbers start again at 1. */
  resetCounters(): void {
    this.runtime.resetCounters();
    Object.assign(this.workbook.calls, {
      calculate: [],
      suspendApiCalculation: 0,
      suspendScreenUpdating: 0,
      autofit: 0,
    });
  }

  /** Makes the `index`-th sync (counted since the last reset) fail; none of its commands apply unless told. */
  failSyncAt(index: number, failure: Partial<InjectedFailure> = {}): void {
    this.runtime.failures.set(index, {
      code: failure.code ?? ERROR_CODES.generalException,
      message: failure.message ?? `Injected failure of sync ${index}.`,
      appliedCommands: failure.appliedCommands ?? 0,
    });
  }

  /**
   * Makes the next sync whose request matches `pattern` fail (once): its commands as JSON, e.g. the write of a
   * table's body is `"CZ_Sources"` (the sheet it gets) followed by a `"m":"values"` set. A RegExp source string,
   * so a test can arm it inside a browser page.
   */
  failSyncMatching(pattern: string, failure: Partial<InjectedFailure> = {}): void {
    this.runtime.matching.push({
      pattern: new RegExp(pattern),
      failure: {
        code: failure.code ?? ERROR_CODES.generalException,
        message: failure.message ?? `Injected failure of the sync matching ${pattern}.`,
        appliedCommands: failure.appliedCommands ?? 0,
      },
    });
  }

  setEvaluator(evaluator: Evaluator | null): void {
    this.workbook.evaluator = evaluator;
    this.workbook.touch();
  }

  // ---- inspection (no syncs) ----

  private sheet(name: string): SheetModel {
    const s = this.workbook.sheetByName(name);
    if (!s) throw new Error(`stand-in: no sheet '${name}'`);
    return s;
  }

  sheetNames(): string[] {
    return this.workbook.liveSheets().map((s) => s.name);
  }

  activeSheet(): string {
    return this.workbook.activeSheet.name;
  }

  selection(): string {
    return formatAddress(this.workbook.selection.sheet.name, this.workbook.selection.rect);
  }

  frozenRows(sheet: string): number {
    return this.sheet(sheet).frozenRows;
  }

  /** A property of a sheet's cells; without an address, of its used range ([] when the sheet is empty). */
  read(sheet: string, address?: string, property: CellProperty = "values"): unknown[][] {
    const s = this.sheet(sheet);
    this.workbook.calculate();
    const rect: Rect | null = address ? parseRect(address) : s.usedRect(false);
    return rect ? this.workbook.read(s, rect, property) : [];
  }

  cell(
    sheet: string,
    address: string,
  ): { value: unknown; formula: unknown; numberFormat: unknown; text: unknown } {
    const at = (p: CellProperty) => this.read(sheet, address, p)[0]?.[0];
    return {
      value: at("values"),
      formula: at("formulas"),
      numberFormat: at("numberFormat"),
      text: at("text"),
    };
  }

  tableNames(): string[] {
    return this.workbook.tables.map((t) => t.name);
  }

  table(name: string): TableView | undefined {
    const t = this.workbook.tableByName(name);
    if (!t) return undefined;
    const body = { ...t.rect, row: t.rect.row + 1, rows: t.rect.rows - 1 };
    const wb = this.workbook;
    return {
      name: t.name,
      sheet: t.sheet.name,
      address: formatAddress(t.sheet.name, t.rect),
      headers: wb.headerNames(t),
      values: wb.read(t.sheet, body, "values"),
      formulas: wb.read(t.sheet, body, "formulas"),
      numberFormats: wb.read(t.sheet, body, "numberFormat"),
      text: wb.read(t.sheet, body, "text"),
    };
  }

  pivots(): PivotView[] {
    return this.workbook.pivots.map((p) => ({
      name: p.name,
      sheet: p.sheet.name,
      source: "table" in p.source && p.source.table.deleted ? "(gone)" : dataSourceString(p),
      rows: [...p.rows],
      columns: [...p.columns],
      values: p.data.map(({ name, field, summarizeBy }) => ({ name, field, summarizeBy })),
      refreshCount: p.refreshCount,
      shown: p.shown,
    }));
  }

  settings(): Record<string, unknown> {
    return Object.fromEntries(this.workbook.settings);
  }

  names(): { name: string; formula: string; type: string; value: unknown }[] {
    return this.workbook.names.map((n) => ({
      name: n.name,
      formula: n.formula,
      ...nameValue(this.workbook, n.formula),
    }));
  }

  comments(): { address: string; content: string }[] {
    return this.workbook.comments
      .filter((c) => !c.deleted)
      .map((c) => ({
        address: formatAddress(c.sheet.name, { row: c.row, column: c.column, rows: 1, columns: 1 }),
        content: c.content,
      }));
  }

  /** The workbook's custom XML parts in the order they were added. */
  customXmlParts(): CustomXmlPartView[] {
    return this.workbook.customXmlParts.map((p) => ({
      id: p.id,
      namespaceUri: namespaceOf(p.xml),
      xml: p.xml,
    }));
  }

  /** What saving keeps beside the cells (settings, custom XML parts), as options for a reopened stand-in. */
  saved(): Required<Pick<StandInOptions, "settings" | "customXmlParts">> {
    return {
      settings: JSON.parse(JSON.stringify(this.settings())) as Record<string, unknown>,
      customXmlParts: this.workbook.customXmlParts.map(({ id, xml }) => ({ id, xml })),
    };
  }

  get calls(): WorkbookModel["calls"] {
    return this.workbook.calls;
  }

  /** Everything a user could see, as plain data: two workbooks that look alike give equal snapshots. */
  snapshot(sheetNames: readonly string[] = this.sheetNames()): unknown {
    this.workbook.calculate();
    return {
      sheets: sheetNames.map((name) => {
        const s = this.sheet(name);
        const cells: Record<string, unknown> = {};
        for (const [r, c, cell] of s.cells()) {
          cells[formatAddress(name, { row: r, column: c, rows: 1, columns: 1 }).split("!")[1]!] = { ...cell };
        }
        return { name, frozenRows: s.frozenRows, cells };
      }),
      tables: this.workbook.tables
        .filter((t) => sheetNames.includes(t.sheet.name))
        .map((t) => ({ name: t.name, address: formatAddress(t.sheet.name, t.rect), style: t.style })),
      pivots: this.pivots().map(({ refreshCount: _r, ...p }) => p),
      names: this.names(),
      settings: this.settings(),
      customXmlParts: this.customXmlParts(),
    };
  }
}

export function installStandIn(target: object = globalThis, options: StandInOptions = {}): StandIn {
  const standIn = new StandIn(options);
  Object.assign(target, {
    Excel: standIn.Excel,
    Office: standIn.Office,
    OfficeExtension: standIn.OfficeExtension,
  });
  return standIn;
}

export function uninstallStandIn(target: object = globalThis): void {
  for (const name of ["Excel", "Office", "OfficeExtension"]) delete (target as Record<string, unknown>)[name];
}
