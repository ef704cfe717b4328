/**
 * Calculation: every formula's value from the test's evaluator (or the default one), and dynamic arrays
 * spilled into the empty cells below and to the right, as Excel does; a blocked spill is #SPILL!.
 */
import { MAX_COLUMNS, MAX_ROWS, formatAddress, intersect, parseRect } from "./addresses";
import { evaluateDefault, type Scalar } from "./cells";
import { cellKey, type SheetModel } from "./sheetModel";
import { cellRect, type WorkbookModel } from "./workbookModel";

export function calculateSheets(wb: WorkbookModel): void {
  for (const sheet of wb.liveSheets()) {
    sheet.computed.clear();
    sheet.spillAnchors.clear();
    for (const [r, c, cell] of [...sheet.cells()]) {
      if (cell.f === undefined) continue;
      const at = {
        sheet: sheet.name,
        row: r,
        column: c,
        address: formatAddress(sheet.name, cellRect(r, c)),
        // Constants only: formulas referring to formulas are beyond this stand-in's calculation.
        cell: (a1: string) => {
          const ref = parseRect(a1);
          return sheet.get(ref.row, ref.column)?.v ?? "";
        },
      };
      const result = wb.evaluator?.(cell.f, at) ?? evaluateDefault(cell.f);
      if (Array.isArray(result)) spill(wb, sheet, r, c, result);
      else sheet.computed.set(cellKey(r, c), result);
    }
  }
}

function spill(wb: WorkbookModel, sheet: SheetModel, r: number, c: number, grid: Scalar[][]): void {
  const rows = grid.length;
  const columns = Math.max(0, ...grid.map((l) => l.length));
  const rect = { row: r, column: c, rows, columns };
  let blocked = rows === 0 || columns === 0 || r + rows > MAX_ROWS || c + columns > MAX_COLUMNS;
  for (let i = 0; i < rows && !blocked; i++) {
    for (let j = 0; j < columns && !blocked; j++) {
      if (i === 0 && j === 0) continue;
      const other = sheet.get(r + i, c + j);
      blocked = other?.v !== undefined || other?.f !== undefined || sheet.computed.has(cellKey(r + i, c + j));
    }
  }
  if (!blocked) blocked = wb.tablesOn(sheet).some((t) => intersect(t.rect, rect));
  if (blocked) {
    sheet.computed.set(cellKey(r, c), "#SPILL!");
    return;
  }
  grid.forEach((line, i) => line.forEach((v, j) => sheet.computed.set(cellKey(r + i, c + j), v)));
  sheet.spillAnchors.set(cellKey(r, c), rect);
}
