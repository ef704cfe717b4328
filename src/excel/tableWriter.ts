/**
 * Writing one CZ table: creating it (sheet, header, table, frozen header row) or refreshing it in place (delete
 * gone rows, append missing columns, grow with Table.resize), then its body in chunks sized by bytes. Text
 * columns get their "@" format in the same command batch and before their values, so "=1+1" stays text.
 */
/// <reference types="office-js" />
import type { CellValue, TableLayout } from "../core/tableLayouts";
import type { ExistingCzTable } from "./readTables";
import { NEWER_APIS, supports } from "./runExcel";
import { COMMAND_OVERHEAD_BYTES, cellBytes, planChunks, toCell } from "./tableBody";
import type { Writer } from "./syncWriter";
import { planNewTable, planRefresh, type TablePlan } from "./tablePlan";

export interface TableWrite {
  layout: TableLayout;
  rows: CellValue[][];
  existing: ExistingCzTable | undefined;
  sheetExists: boolean;
  /** Tables left on the CZ sheet by an interrupted creation: theirs is a CZ sheet without the CZ table. */
  strayTables: string[];
  /** Commands for the sync that ends this table (the last table's: recalculation and PivotTables). */
  finish?: (() => void) | undefined;
  onRows?: (done: number, total: number) => void;
}

/** A run of adjacent table columns that the layout fills, written with one range. */
interface Run {
  column: number;
  layoutColumns: number[];
}

function runsOf(plan: TablePlan, skip: number): Run[] {
  const order = plan.columnIndex
    .map((column, layoutColumn) => ({ column, layoutColumn }))
    .filter((c) => c.layoutColumn !== skip)
    .sort((a, b) => a.column - b.column);
  const runs: Run[] = [];
  for (const { column, layoutColumn } of order) {
    const last = runs[runs.length - 1];
    if (last && last.column + last.layoutColumns.length === column) last.layoutColumns.push(layoutColumn);
    else runs.push({ column, layoutColumns: [layoutColumn] });
  }
  return runs;
}

/** Creates or reshapes the table; returns the plan and where its body starts. */
async function prepare(ctx: Excel.RequestContext, writer: Writer, job: TableWrite) {
  const { layout, rows, existing } = job;
  const wb = ctx.workbook;
  if (!existing) {
    const plan = planNewTable(layout, rows.length);
    const width = plan.width;
    await writer.add(COMMAND_OVERHEAD_BYTES * 8 + width * 40, () => {
      const sheet = job.sheetExists ? wb.worksheets.getItem(layout.sheet) : wb.worksheets.add(layout.sheet);
      if (job.sheetExists) {
        for (const name of job.strayTables) wb.tables.getItem(name).delete();
        sheet.getRange().clear("All");
      }
      const header = sheet.getRangeByIndexes(0, 0, 1, width);
      header.numberFormat = [layout.columns.map(() => "@")];
      header.values = [layout.columns.map((c) => c.header)];
      const table = sheet.tables.add(sheet.getRangeByIndexes(0, 0, 1 + plan.finalRows, width), true);
      sheet.freezePanes.freezeRows(1);
      header.format.autofitColumns();
      // The name last: a table that has its CZ name was set up completely; one cut short before stays nameless
      // and the next refresh starts the sheet again.
      table.name = layout.table;
    });
    return { plan, sheet: layout.sheet, top: 0, left: 0 };
  }
  const plan = planRefresh(layout, rows, existing);
  const { top, left } = existing;
  const sheet = () => wb.worksheets.getItem(existing.sheet);
  const table = () => wb.tables.getItem(layout.table);
  if (plan.deleteBlocks.length > 0) {
    // A filtered table silently keeps rows Range.delete should remove (office-js #994): clear its filters first.
    await writer.add(COMMAND_OVERHEAD_BYTES, () => table().clearFilters());
    for (const block of plan.deleteBlocks) {
      await writer.add(COMMAND_OVERHEAD_BYTES, () =>
        sheet()
          .getRangeByIndexes(top + 1 + block.start, left, block.count, existing.headers.length)
          .delete("Up"),
      );
    }
  }
  for (const header of plan.addHeaders) {
    await writer.add(COMMAND_OVERHEAD_BYTES, () => void table().columns.add(undefined, undefined, header));
  }
  const grow = plan.finalRows - plan.rowsAfterDelete;
  if (grow > 0 && supports(NEWER_APIS.tableResize)) {
    await writer.add(COMMAND_OVERHEAD_BYTES, () =>
      table().resize(sheet().getRangeByIndexes(top, left, 1 + plan.finalRows, plan.width)),
    );
  } else if (grow > 0) {
    // Before ExcelApi 1.13: add blank rows through the table, in chunks, the body is written after.
    const blank = Array.from({ length: plan.width }, () => "");
    for (const chunk of planChunks(
      new Array<number>(grow).fill(plan.width * 3),
      writer.budget,
      COMMAND_OVERHEAD_BYTES,
    )) {
      const count = chunk.end - chunk.start;
      await writer.add(
        chunk.bytes,
        () =>
          void table().rows.add(
            undefined,
            Array.from({ length: count }, () => blank),
          ),
      );
    }
  }
  return { plan, sheet: existing.sheet, top, left };
}

/**
 * Writes one table. Its last rows may still be queued when it resolves, to share a request with the next
 * table's commands; the job with `finish` (the last table) syncs everything.
 */
export async function writeTable(
  ctx: Excel.RequestContext,
  writer: Writer,
  job: TableWrite,
): Promise<TablePlan> {
  const { layout, rows } = job;
  writer.begin(layout.table);
  const { plan, sheet: sheetName, top, left } = await prepare(ctx, writer, job);
  const keyAt = layout.columns.findIndex((c) => c.key === layout.keyColumn);
  const runs = runsOf(plan, keyAt);
  const formats = layout.columns.map((c) => c.numberFormat);
  const blankRow: CellValue[] = layout.columns.map(() => null);
  const rowAt = (r: number) => {
    const source = plan.rowSources[r];
    return source === null || source === undefined ? blankRow : rows[source]!;
  };
  // Each row also brings brackets and commas to every range it is written through.
  const rowOverhead = 4 * (runs.length + 1) + 3 * plan.userFill.length;
  const rowBytes = plan.rowSources.map((_, r) => {
    const row = rowAt(r);
    let bytes = rowOverhead;
    row.forEach((v, i) => (bytes += cellBytes(toCell(v)) + cellBytes(formats[i]!)));
    if (r >= plan.firstNewRow) for (const u of plan.userFill) bytes += cellBytes(u.value);
    return bytes;
  });
  const fixed = COMMAND_OVERHEAD_BYTES * (2 * runs.length + plan.userFill.length + 2);
  // The first chunk fills what is left of the request already queued (the previous table's last rows, this
  // one's set-up); when little is left, that request goes now and the chunk starts a new one.
  let room = writer.budget - writer.pending;
  if (room < writer.budget / 8) {
    await writer.flush();
    room = writer.budget;
  }
  const chunks = planChunks(rowBytes, writer.budget, fixed, room);
  let done = 0;
  for (const chunk of chunks) {
    const count = chunk.end - chunk.start;
    await writer.add(
      chunk.bytes,
      () => {
        const sheet = ctx.workbook.worksheets.getItem(sheetName);
        const range = (column: number, width: number, firstRow = chunk.start, n = count) =>
          sheet.getRangeByIndexes(top + 1 + firstRow, left + column, n, width);
        const lines = Array.from({ length: count }, (_, k) => rowAt(chunk.start + k));
        const write = (column: number, layoutColumns: number[]) => {
          const target = range(column, layoutColumns.length);
          // The format first: a text column must be text before "=1+1" lands in it.
          target.numberFormat = lines.map(() => layoutColumns.map((i) => formats[i]!));
          target.values = lines.map((line) => layoutColumns.map((i) => toCell(line[i]!)));
        };
        for (const run of runs) write(run.column, run.layoutColumns);
        const firstNew = Math.max(chunk.start, plan.firstNewRow);
        if (firstNew < chunk.end) {
          for (const u of plan.userFill) {
            range(u.index, 1, firstNew, chunk.end - firstNew).formulas = Array.from(
              { length: chunk.end - firstNew },
              () => [u.value],
            );
          }
        }
        // The ID last: a row whose ID is written is complete, so a refresh cut short here is repaired by the next.
        write(plan.columnIndex[keyAt]!, [keyAt]);
      },
      () => {
        done += count;
        job.onRows?.(done, plan.finalRows);
      },
    );
  }
  if (job.finish) await writer.flush(job.finish);
  return plan;
}
