/**
 * The globals office.js would define: `Excel` (run, RequestContext, the enums src code reads), `Office` (onReady,
 * the context's language, requirement checks and document settings, add-in startup, actions) and
 * `OfficeExtension` (its Error class and codes). Each refuses names it does not have.
 */
import { ERROR_CODES, OfficeError, StandInUsageError } from "./errors";
import { supports } from "./kinds";
import { ContextState, type Runtime } from "./runtime";
import type { WorkbookModel } from "./workbookModel";

const ENUMS = {
  CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
  AggregationFunction: {
    automatic: "Automatic",
    sum: "Sum",
    count: "Count",
    average: "Average",
    max: "Max",
    min: "Min",
  },
  DeleteShiftDirection: { up: "Up", left: "Left" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  PivotLayoutType: { compact: "Compact", tabular: "Tabular", outline: "Outline" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  RangeValueType: { empty: "Empty", string: "String", double: "Double", boolean: "Boolean", error: "Error" },
};

/** A namespace object that refuses names it does not have, like the kinds do. */
export function strict<T extends object>(name: string, members: T): T {
  return new Proxy(members, {
    get(target, prop) {
      if (typeof prop === "symbol" || prop === "then" || prop === "toJSON") return undefined;
      if (prop in target) return (target as Record<string, unknown>)[prop];
      throw new StandInUsageError(`${name} has no member '${prop}'`);
    },
  });
}

export interface OfficeCalls {
  startupBehavior: string | null;
  associated: Map<string, unknown>;
}

export interface GlobalOptions {
  apiVersion: string;
  displayLanguage: string;
  platform: "PC" | "Mac" | "OfficeOnline";
}

export function makeGlobals(
  runtime: Runtime,
  workbook: WorkbookModel,
  calls: OfficeCalls,
  options: GlobalOptions,
): { Excel: object; Office: object; OfficeExtension: object } {
  const { apiVersion, platform } = options;
  const newContext = () => new ContextState(runtime);
  class RequestContext {
    constructor() {
      return newContext().proxy;
    }
  }
  const Excel = strict("Excel", {
    ...ENUMS,
    RequestContext,
    run: async (...args: unknown[]) => {
      const batch = args[args.length - 1];
      if (typeof batch !== "function") throw new StandInUsageError("Excel.run needs a batch function");
      const ctx = newContext();
      try {
        const pending = batch(ctx.proxy) as unknown;
        if (!pending || typeof (pending as { then?: unknown }).then !== "function") {
          throw new OfficeError(
            ERROR_CODES.runMustReturnPromise,
            "The batch function passed to Excel.run must return a promise.",
          );
        }
        const result = await pending;
        // Excel.run syncs what the batch left queued.
        if (ctx.queue.length > 0) await runtime.sync(ctx);
        return result;
      } finally {
        ctx.closed = true;
      }
    },
  });
  const settings = workbook.settings;
  const Office = strict("Office", {
    HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook" },
    PlatformType: { PC: "PC", Mac: "Mac", OfficeOnline: "OfficeOnline" },
    StartupBehavior: { none: "None", load: "Load" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: async (callback?: (info: unknown) => void) => {
      const info = { host: "Excel", platform };
      callback?.(info);
      return info;
    },
    context: strict("Office.context", {
      displayLanguage: options.displayLanguage,
      host: "Excel",
      platform,
      diagnostics: { host: "Excel", platform, version: "16.0.0.0 (stand-in)" },
      // Excel on the web has no officeTheme.
      officeTheme:
        platform === "OfficeOnline"
          ? undefined
          : { isDarkTheme: false, bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#000000" },
      requirements: {
        isSetSupported: (name: string, version?: string) =>
          name === "ExcelApi"
            ? supports(apiVersion, version ?? "1.1")
            : ["SharedRuntime", "CustomFunctionsRuntime"].includes(name),
      },
      // The common-API document settings and Excel.SettingCollection are one store in a workbook.
      document: {
        settings: {
          get: (key: string) => (settings.has(key) ? settings.get(key) : null),
          set: (key: string, value: unknown) => void settings.set(key, JSON.parse(JSON.stringify(value))),
          remove: (key: string) => void settings.delete(key),
          saveAsync: (callback?: (r: { status: string }) => void) => callback?.({ status: "succeeded" }),
        },
      },
    }),
    addin: {
      setStartupBehavior: async (b: string) => void (calls.startupBehavior = b),
      getStartupBehavior: async () => calls.startupBehavior ?? "None",
      showAsTaskpane: async () => undefined,
      hide: async () => undefined,
    },
    actions: { associate: (id: string, fn: unknown) => void calls.associated.set(id, fn) },
  });
  const OfficeExtension = strict("OfficeExtension", {
    Error: OfficeError,
    ErrorCodes: { ...ERROR_CODES },
    Promise,
  });
  return { Excel, Office, OfficeExtension };
}
