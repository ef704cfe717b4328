/**
 * "Freeze as values", for handing a workbook to someone without the add-in: every CZ formula (one calling a
 * CZ. function) in the selection, the active sheet or the workbook becomes the value it shows, a dynamic array
 * (CZ.PROJECTS) its whole spill. Each frozen formula is logged on the sheet "CZ frozen values" with the dataset
 * version it came from, the time, the cell and the formula itself, so the freeze can be audited and undone. The
 * log is written first, with a journal entry pointing at it: a freeze that a failing sync cuts short is undone
 * from it at once (or at the next start-up), so no sheet is left half frozen.
 *
 * Why a log sheet and not a note per cell: notes (Workbook.notes) need ExcelApi 1.18 and comments (ExcelApi
 * 1.10) are threaded conversations, one per cell; freezing a report of hundreds of cells would bury it in them,
 * while one sheet works on every host the manifest allows (ExcelApi 1.8) and keeps the original formulas.
 */
/// <reference types="office-js" />
import { needsTextFormat } from "./cellText";
import { queueDone, queuePending } from "./journal";
import { NEWER_APIS, exclusive, runExcel, supports } from "./runExcel";
import { COMMAND_OVERHEAD_BYTES, DEFAULT_MAX_PAYLOAD_BYTES, cellBytes } from "./tableBody";
import { withUndo } from "./undoPending";

export type FreezeScope = "selection" | "sheet" | "workbook";

export const FROZEN_SHEET = "CZ frozen values";
const LOG_HEADERS = ["Frozen at", "Dataset version", "Sheet", "Cells", "Formula", "Value"];

/** Cells read per sync while looking for formulas: a used range can be a whole CZ table. */
const CELLS_PER_SYNC = 200_000;

export interface FreezeResult {
  /** Formulas turned into values. */
  formulas: number;
  /** Cells written, spills included. */
  cells: number;
  logSheet: string | null;
}

/**
 * Whether a formula calls a CZ function.
 * @example isCzFormula('=ROUND(CZ.TOTAL("新能源"),1)') // true; isCzFormula("=SUM(A1:A3)") // false
 */
export function isCzFormula(formula: unknown): boolean {
  return typeof formula === "string" && formula.startsWith("=") && /(^|[^\w.])CZ\.[A-Z]/i.test(formula);
}

interface Block {
  sheet: string;
  row: number;
  column: number;
  rows: number;
  columns: number;
}

interface Hit {
  sheet: string;
  row: number;
  column: number;
  formula: string;
}

export interface FreezeOptions {
  now?: () => Date;
  /** Ceiling for one sync's estimated request (default 4 MB). */
  maxPayloadBytes?: number;
}

const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/** Where to look (the selection's, the active sheet's or every sheet's used cells) and where the log goes on. */
async function scopeOf(ctx: Excel.RequestContext, scope: FreezeScope) {
  const wb = ctx.workbook;
  const geometry = "rowIndex, columnIndex, rowCount, columnCount";
  const sheets = wb.worksheets.load("items/name");
  const active = wb.worksheets.getActiveWorksheet().load("name");
  const selection =
    scope === "selection" ? wb.getSelectedRange().getUsedRangeOrNullObject(true).load(geometry) : null;
  await ctx.sync();
  const hasLog = sheets.items.some((s) => sameName(s.name, FROZEN_SHEET));
  const names = (scope === "workbook" ? sheets.items.map((s) => s.name) : [active.name]).filter(
    (n) => !sameName(n, FROZEN_SHEET),
  );
  const used = names.map((name) => ({
    name,
    range:
      scope === "selection"
        ? selection!
        : wb.worksheets.getItem(name).getUsedRangeOrNullObject(true).load(geometry),
  }));
  const logUsed = hasLog
    ? wb.worksheets.getItem(FROZEN_SHEET).getUsedRangeOrNullObject(true).load("rowIndex, rowCount")
    : null;
  if (scope !== "selection" || logUsed) await ctx.sync();
  const blocks: Block[] = used
    .filter((u) => !u.range.isNullObject)
    .map((u) => ({
      sheet: u.name,
      row: u.range.rowIndex,
      column: u.range.columnIndex,
      rows: u.range.rowCount,
      columns: u.range.columnCount,
    }));
  const logNext = logUsed && !logUsed.isNullObject ? logUsed.rowIndex + logUsed.rowCount : 0;
  return { blocks, hasLog, logNext };
}

/** The CZ formulas in the blocks, read a slice of rows at a time (a used range can be a whole CZ table). */
async function findCzFormulas(ctx: Excel.RequestContext, blocks: Block[]): Promise<Hit[]> {
  const hits: Hit[] = [];
  let reads: { block: Block; row: number; range: Excel.Range }[] = [];
  let cells = 0;
  const readPending = async () => {
    if (reads.length === 0) return;
    await ctx.sync();
    for (const { block, row, range } of reads) {
      range.formulas.forEach((line, i) =>
        line.forEach((f, j) => {
          if (isCzFormula(f))
            hits.push({ sheet: block.sheet, row: row + i, column: block.column + j, formula: f as string });
        }),
      );
    }
    [reads, cells] = [[], 0];
  };
  for (const block of blocks) {
    const step = Math.max(1, Math.floor(CELLS_PER_SYNC / block.columns));
    for (let r = block.row; r < block.row + block.rows; r += step) {
      const rows = Math.min(step, block.row + block.rows - r);
      if (cells + rows * block.columns > CELLS_PER_SYNC) await readPending();
      const sheet = ctx.workbook.worksheets.getItem(block.sheet);
      reads.push({
        block,
        row: r,
        range: sheet.getRangeByIndexes(r, block.column, rows, block.columns).load("formulas"),
      });
      cells += rows * block.columns;
    }
  }
  await readPending();
  return hits;
}

/**
 * Freezes the CZ formulas of a scope as values and logs them.
 * @example await freezeAsValues("sheet", "3b7d0c2ecf68fe9d") // { formulas: 12, cells: 40, logSheet: "CZ frozen values" }
 */
export function freezeAsValues(
  scope: FreezeScope,
  datasetVersion: string,
  options: FreezeOptions = {},
): Promise<FreezeResult> {
  return exclusive(() =>
    withUndo(() =>
      runExcel(async (ctx) => {
        const wb = ctx.workbook;
        const { blocks, hasLog, logNext } = await scopeOf(ctx, scope);
        const hits = await findCzFormulas(ctx, blocks);
        if (hits.length === 0) return { formulas: 0, cells: 0, logSheet: null };

        // What each shows, and where a dynamic array spills (ExcelApi 1.12; before it, the anchor alone).
        const spills = supports(NEWER_APIS.spills);
        const shown = hits.map((hit) => {
          const cell = wb.worksheets.getItem(hit.sheet).getCell(hit.row, hit.column).load("values, address");
          const spill = spills
            ? cell.getSpillingToRangeOrNullObject().load("values, rowIndex, columnIndex, address")
            : null;
          return { hit, cell, spill };
        });
        await ctx.sync();

        // What each frozen formula becomes, and its log row.
        const time = (options.now?.() ?? new Date()).toISOString();
        const plan = shown.flatMap(({ hit, cell, spill }) => {
          const value = cell.values[0]?.[0];
          // A cell whose value is its own formula text is text formatted as text, not a formula.
          if (value === hit.formula) return [];
          const target = spill && !spill.isNullObject ? spill : null;
          const grid = target ? target.values : [[value]];
          const [top, left] = target ? [target.rowIndex, target.columnIndex] : [hit.row, hit.column];
          const row = [time, datasetVersion, hit.sheet, target ? target.address : cell.address, hit.formula];
          return [{ hit, grid, top, left, log: [...row, String(value ?? "")] }];
        });
        if (plan.length === 0) return { formulas: 0, cells: 0, logSheet: null };

        // Written in syncs under the payload budget. Text Excel would read back as a formula or a number gets an
        // "@" format first.
        const budget = options.maxPayloadBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
        let pending = 0;
        const room = async (bytes: number) => {
          if (pending > 0 && pending + bytes > budget) {
            await ctx.sync();
            pending = 0;
          }
          pending += bytes;
        };
        // The log first, in the first writing sync, after the journal entry that points at it: a freeze cut short
        // from here on is undone from its log rows, which list every cell and formula (undoPending.ts).
        const rows = logNext === 0 ? [LOG_HEADERS, ...plan.map((p) => p.log)] : plan.map((p) => p.log);
        queuePending(ctx, "freeze", {
          logSheet: FROZEN_SHEET,
          firstRow: logNext,
          rows: rows.length,
          createdLog: !hasLog,
          at: time,
        });
        const logSheet = hasLog ? wb.worksheets.getItem(FROZEN_SHEET) : wb.worksheets.add(FROZEN_SHEET);
        await room(COMMAND_OVERHEAD_BYTES + rows.flat().reduce((n, v) => n + cellBytes(v) + 4, 0));
        const target = logSheet.getRangeByIndexes(logNext, 0, rows.length, LOG_HEADERS.length);
        // The log is text: a formula logged must not become one again.
        target.numberFormat = rows.map((r) => r.map(() => "@"));
        target.values = rows;
        if (logNext === 0) logSheet.freezePanes.freezeRows(1);
        let written = 0;
        for (const { hit, grid, top, left } of plan) {
          const sheet = wb.worksheets.getItem(hit.sheet);
          await room(
            COMMAND_OVERHEAD_BYTES +
              grid.flat().reduce<number>((n, v) => n + cellBytes(v as string | number), 0),
          );
          grid.forEach((line, i) =>
            line.forEach((v, j) => {
              if (typeof v === "string" && needsTextFormat(v))
                sheet.getCell(top + i, left + j).numberFormat = [["@"]];
            }),
          );
          sheet.getRangeByIndexes(top, left, grid.length, grid[0]?.length ?? 1).values = grid;
          written += grid.length * (grid[0]?.length ?? 1);
        }
        queueDone(ctx, "freeze");
        await ctx.sync();
        return { formulas: plan.length, cells: written, logSheet: FROZEN_SHEET };
      }),
    ),
  );
}
