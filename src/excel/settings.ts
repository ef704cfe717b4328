/**
 * What the add-in keeps in the workbook itself: the last refresh (as a workbook name anyone can read with
 * =CZ_LastRefresh, and as a setting the pane reads) and the data source URL the user chose.
 */
/// <reference types="office-js" />
import { formulaString } from "./cellText";
import { exclusive, runExcel } from "./runExcel";

export const LAST_REFRESH_NAME = "CZ_LastRefresh";
export const LAST_REFRESH_SETTING = "CZ.lastRefresh";
export const DATA_SOURCE_SETTING = "CZ.dataSourceUrl";

export interface LastRefresh {
  /** ISO time of the refresh. */
  time: string;
  /** Dataset version. */
  version: string;
}

/**
 * The formula of the CZ_LastRefresh name: a string constant, so =CZ_LastRefresh shows it in any cell.
 * @example lastRefreshFormula({ time: "2026-11-29T10:00:00.000Z", version: "3b7d" }) // '="2026-11-29T10:00:00.000Z | 3b7d"'
 */
export function lastRefreshFormula(marker: LastRefresh): string {
  return `=${formulaString(`${marker.time} | ${marker.version}`)}`;
}

/**
 * Queues the look-up the marker's write needs (whether the CZ_LastRefresh name exists); it rides with the
 * caller's next sync. The function it returns queues the marker itself: a table write queues it in its last
 * sync, with the tables' stamp, so the marker never names data the tables do not hold.
 */
export function prepareLastRefresh(ctx: Excel.RequestContext): (marker: LastRefresh) => void {
  const names = ctx.workbook.names;
  const existing = names.getItemOrNullObject(LAST_REFRESH_NAME);
  return (marker) => {
    const formula = lastRefreshFormula(marker);
    if (existing.isNullObject)
      names.add(LAST_REFRESH_NAME, formula, "CZ Projects: last refresh time | dataset version");
    else existing.formula = formula;
    ctx.workbook.settings.add(LAST_REFRESH_SETTING, { time: marker.time, version: marker.version });
  };
}

async function readSetting(key: string): Promise<unknown> {
  return runExcel(async (ctx) => {
    const setting = ctx.workbook.settings.getItemOrNullObject(key).load("value");
    await ctx.sync();
    return setting.isNullObject ? null : (setting.value as unknown);
  });
}

/** The marker of the last refresh, or null when this workbook was never refreshed. */
export async function readLastRefresh(): Promise<LastRefresh | null> {
  const value = (await readSetting(LAST_REFRESH_SETTING)) as Partial<LastRefresh> | null;
  return value && typeof value.time === "string" && typeof value.version === "string"
    ? { time: value.time, version: value.version }
    : null;
}

/** The data source URL saved in this workbook, or null for the default. */
export async function readDataSourceUrl(): Promise<string | null> {
  const value = await readSetting(DATA_SOURCE_SETTING);
  return typeof value === "string" && value !== "" ? value : null;
}

/** Saves the data source URL in this workbook; null goes back to the default. */
export function writeDataSourceUrl(url: string | null): Promise<void> {
  return exclusive(() =>
    runExcel(async (ctx) => {
      const settings = ctx.workbook.settings;
      if (url !== null) settings.add(DATA_SOURCE_SETTING, url);
      else {
        const existing = settings.getItemOrNullObject(DATA_SOURCE_SETTING);
        await ctx.sync();
        if (!existing.isNullObject) existing.delete();
      }
      await ctx.sync();
    }),
  );
}
