/**
 * What the pane needs from Office.js outside the workbook: waiting for Office, loading the add-in when a workbook
 * opens, the display language, the theme and the host's facts for diagnostics. The pane calls these and never
 * Office directly; each is guarded, so the pane also runs in a plain browser or a test page without Office.
 */
/// <reference types="office-js" />

/** Office's facts for the pane; every field is null outside Office or where the host does not say. */
export interface OfficeHostInfo {
  host: string | null;
  platform: string | null;
  version: string | null;
}

/** The theme the Office UI shows, as colours; null outside Office or where the host has none. */
export interface OfficeThemeColors {
  isDark: boolean | null;
  bodyBackgroundColor: string | null;
}

const office = (): typeof Office | null => (typeof Office === "undefined" ? null : Office);

/**
 * Resolves when Office.js is ready (at once, with nulls, when there is no Office: a plain browser or a test page).
 * @example const host = await whenOfficeReady(); host.host // "Excel"
 */
export function whenOfficeReady(): Promise<OfficeHostInfo> {
  const o = office();
  if (!o || typeof o.onReady !== "function") return Promise.resolve(officeHostInfo());
  return o.onReady().then(
    () => officeHostInfo(),
    () => officeHostInfo(),
  );
}

/**
 * Makes the add-in's runtime start whenever this workbook opens, so CZ formulas answer before the pane is shown
 * (a non-streaming formula is not re-run on open; ours subscribe to the store the runtime fills). Needs
 * SharedRuntime 1.1; returns false where the host cannot do it, rejects only when the host refuses.
 * @example await enableLoadOnOpen() // true in Excel with a shared runtime
 */
export async function enableLoadOnOpen(): Promise<boolean> {
  const o = office();
  if (!o?.addin || typeof o.addin.setStartupBehavior !== "function") return false;
  const supported = o.context?.requirements?.isSetSupported?.("SharedRuntime", "1.1");
  if (supported === false) return false;
  await o.addin.setStartupBehavior(o.StartupBehavior.load);
  return true;
}

/**
 * Whether the page runs inside Excel (false in a plain browser, where Office.js reports no host, or without
 * Office.js at all).
 * @example isInsideExcel() // true in the task pane, false at https://localhost:3000/taskpane.html in a browser
 */
export function isInsideExcel(): boolean {
  return officeHostInfo().host === "Excel";
}

/**
 * Office's UI language (e.g. "zh-CN", "en-US"), or null outside Office.
 * @example displayLanguage() // "zh-CN"
 */
export function displayLanguage(): string | null {
  try {
    return office()?.context?.displayLanguage || null;
  } catch {
    return null;
  }
}

/**
 * The Office theme's colours, or nulls where the host gives none (Excel on the web has no officeTheme).
 * @example officeThemeColors() // { isDark: false, bodyBackgroundColor: "#FFFFFF" }
 */
export function officeThemeColors(): OfficeThemeColors {
  try {
    const theme = office()?.context?.officeTheme;
    if (!theme) return { isDark: null, bodyBackgroundColor: null };
    return {
      isDark: typeof theme.isDarkTheme === "boolean" ? theme.isDarkTheme : null,
      bodyBackgroundColor: theme.bodyBackgroundColor || null,
    };
  } catch {
    return { isDark: null, bodyBackgroundColor: null };
  }
}

/**
 * Host, platform and version for "copy diagnostics".
 * @example officeHostInfo() // { host: "Excel", platform: "OfficeOnline", version: "16.0.18025.10000" }
 */
export function officeHostInfo(): OfficeHostInfo {
  try {
    const diagnostics = office()?.context?.diagnostics;
    return {
      host: diagnostics?.host != null ? String(diagnostics.host) : null,
      platform: diagnostics?.platform != null ? String(diagnostics.platform) : null,
      version: diagnostics?.version ?? null,
    };
  } catch {
    return { host: null, platform: null, version: null };
  }
}
