/** Taking the user to a row of a CZ table, and putting a formula into the cell they selected. */
/// <reference types="office-js" />
import { layoutOf, type TableName } from "../core/tableLayouts";
import { exclusive, runExcel } from "./runExcel";

/**
 * Selects the row of a CZ table with this ID, activating its sheet; false when there is no such row (or table).
 * @example await selectRow("CZ_Amounts", "amt-4252875260") // true
 */
export function selectRow(table: TableName, id: string): Promise<boolean> {
  const layout = layoutOf(table);
  const keyHeader = layout.columns.find((c) => c.key === layout.keyColumn)!.header;
  return runExcel(async (ctx) => {
    const found = ctx.workbook.tables.getItem(table);
    const keys = found.columns.getItem(keyHeader).getDataBodyRange().load("values");
    try {
      await ctx.sync();
    } catch (e) {
      // No such table (not refreshed yet) or no ID column (the user deleted it): nothing to select.
      if ((e as { code?: string }).code === "ItemNotFound") return false;
      throw e;
    }
    const row = keys.values.findIndex((r) => r[0] === id);
    if (row < 0) return false;
    found.worksheet.activate();
    found.getDataBodyRange().getRow(row).select();
    await ctx.sync();
    return true;
  });
}

/**
 * Puts a formula into the active cell and returns the cell's address. A cell formatted as text would keep the
 * formula as text, so such a cell is set back to General first; any other format is left alone.
 * @example await insertFormula('=CZ.TOTAL("新能源","金坛")') // "Sheet1!B2"
 */
export function insertFormula(formula: string): Promise<string> {
  if (!formula.startsWith("="))
    return Promise.reject(new Error(`'${formula}' is no formula: it must start with "="`));
  return exclusive(() =>
    runExcel(async (ctx) => {
      const cell = ctx.workbook.getActiveCell().load("address, numberFormat");
      await ctx.sync();
      if (cell.numberFormat[0]?.[0] === "@") cell.numberFormat = [["General"]];
      cell.formulas = [[formula]];
      await ctx.sync();
      return cell.address;
    }),
  );
}
