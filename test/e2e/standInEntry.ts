/**
 * The script the end-to-end tests serve in place of office.js (bundled by standInBundle.ts). It runs before the
 * add-in's chunks, like office.js: it installs the Excel stand-in on `window` (Excel, Office, OfficeExtension)
 * with the host options the test put in `window.__CZ_STANDIN_OPTIONS`, and plays Excel's custom-functions
 * runtime (`CustomFunctions`: associate, Error, ErrorCode — the same host `cz formula` uses in Node). The
 * stand-in's handle is `window.__standIn`; the associated functions are driven through `window.__customFunctions`.
 */
import { installStandIn } from "../excel-standin";
import { installCustomFunctionsHost, isHostError } from "../../src/cli/customFunctionsHost";
import type { CellResult, CustomFunctionsPageApi } from "./standInApi";

const options = window.__CZ_STANDIN_OPTIONS ?? {};
const standIn = installStandIn(window, {
  displayLanguage: options.displayLanguage ?? "en-US",
  platform: options.platform ?? (options.theme ? "PC" : "OfficeOnline"),
  ...(options.apiVersion ? { apiVersion: options.apiVersion } : {}),
  ...(options.settings ? { settings: options.settings } : {}),
  ...(options.customXmlParts ? { customXmlParts: options.customXmlParts } : {}),
});

if (options.theme) {
  // Desktop Excel reports its theme; the stand-in's is always light, so its answer is replaced here.
  const dark = options.theme === "dark";
  const officeTheme = {
    isDarkTheme: dark,
    bodyBackgroundColor: dark ? "#262626" : "#FFFFFF",
    bodyForegroundColor: dark ? "#FFFFFF" : "#000000",
    controlBackgroundColor: dark ? "#404040" : "#FFFFFF",
    controlForegroundColor: dark ? "#FFFFFF" : "#000000",
  };
  const office = standIn.Office as Record<string, unknown>;
  const context = office.context as object;
  const themedContext = new Proxy(context, {
    get: (target, prop) => (prop === "officeTheme" ? officeTheme : Reflect.get(target, prop)),
  });
  (window as unknown as { Office: object }).Office = new Proxy(office, {
    get: (target, prop) => (prop === "context" ? themedContext : Reflect.get(target, prop)),
  });
}

const host = installCustomFunctionsHost();

/** A result as plain data, so the test reads it through page.evaluate. */
function plain(value: unknown): CellResult {
  if (isHostError(value)) return { error: value.code, message: value.message ?? null };
  return value as CellResult;
}

const cells = new Map<string, { results: CellResult[]; onCanceled?: () => void }>();

const customFunctions: CustomFunctionsPageApi = {
  ids: () => [...host.associated.keys()],
  invoke(cell, id, args) {
    const fn = host.associated.get(id);
    if (!fn) throw new Error(`CZ.${id} was not associated by the functions chunk`);
    if (cells.has(cell)) throw new Error(`a formula already runs in ${cell}`);
    const state: { results: CellResult[]; onCanceled?: () => void } = { results: [] };
    cells.set(cell, state);
    const invocation = {
      address: cell,
      setResult: (value: unknown) => void state.results.push(plain(value)),
      set onCanceled(handler: () => void) {
        state.onCanceled = handler;
      },
      get onCanceled(): (() => void) | undefined {
        return state.onCanceled;
      },
    };
    // Excel passes every declared parameter: null for an omitted optional one, then the invocation.
    const declared = Math.max(0, fn.length - 1);
    fn(...args, ...Array<null>(Math.max(0, declared - args.length)).fill(null), invocation);
  },
  results: (cell) => [...(cells.get(cell)?.results ?? [])],
  cancel(cell) {
    cells.get(cell)?.onCanceled?.();
    cells.delete(cell);
  },
};

window.__standIn = standIn;
window.__customFunctions = customFunctions;
