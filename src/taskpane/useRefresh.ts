/**
 * The Refresh button's state and action. The flow itself is runRefresh (refreshFlow.ts); this hook binds it to
 * the browser (fetch, localStorage), the shared store and the workbook, runs it at most once at a time (two
 * quick clicks make one refresh; src/excel also queues workbook writes), and keeps its progress and outcome.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { sharedDataset } from "../runtime/sharedDataset";
import { sharedWriter } from "../runtime/sharedWriter";
import { downloadDataset, rememberDataset } from "../runtime/loadDataset";
import { datasetUrl } from "../runtime/startRuntime";
import { enableLoadOnOpen } from "../excel/startup";
import { errorMessage, paneErrors } from "./errorLog";
import { type RefreshDeps, type RefreshOutcome, type RefreshProgress, runRefresh } from "./refreshFlow";
import { singleFlight } from "./singleFlight";
import { readLastRefresh } from "./workbook";

export interface RefreshController {
  running: boolean;
  progress: RefreshProgress | null;
  outcome: RefreshOutcome | null;
  /** The last successful refresh: this session's, else the marker saved in the workbook. */
  lastRefresh: { time: string; version: string } | null;
  /** The URL a refresh downloads from. */
  url: string;
  refresh: () => Promise<RefreshOutcome>;
}

/** Where the add-in is served from: the default dataset sits next to it. */
const pageUrl = () => (typeof window !== "undefined" ? window.location.href : "https://localhost/");

/** localStorage, or null where the runtime forbids it (storage blocked, private mode). */
function runtimeStorage(): RefreshDeps["storage"] {
  try {
    return typeof window !== "undefined" ? window.localStorage : null;
  } catch {
    return null;
  }
}

// Once per runtime: the setting persists with the workbook; repeating it on every refresh only costs a call.
let loadOnOpen: Promise<unknown> | null = null;
const enableLoadOnOpenOnce = () =>
  (loadOnOpen ??= enableLoadOnOpen().catch((error) => {
    loadOnOpen = null;
    throw error;
  }));

/** The hook's dependencies on the page, bound once; tests call runRefresh with their own. */
export function browserRefreshDeps(url: string): RefreshDeps {
  return {
    url,
    fetch: (input, init) => window.fetch(input, init),
    storage: runtimeStorage(),
    download: downloadDataset,
    writer: sharedWriter,
    store: sharedDataset,
    remember: rememberDataset,
    enableLoadOnOpen: enableLoadOnOpenOnce,
  };
}

export function useRefresh(savedSourceUrl: string | null): RefreshController {
  const url = useMemo(() => datasetUrl(savedSourceUrl, pageUrl()), [savedSourceUrl]);
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<RefreshProgress | null>(null);
  const [outcome, setOutcome] = useState<RefreshOutcome | null>(null);
  const [lastRefresh, setLastRefresh] = useState<RefreshController["lastRefresh"]>(null);

  // The marker a previous session left in the workbook, until this session refreshes.
  useEffect(() => {
    let live = true;
    readLastRefresh().then(
      (marker) => live && marker && setLastRefresh((current) => current ?? marker),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  const urlRef = useRef(url);
  useEffect(() => {
    urlRef.current = url;
  }, [url]);
  // Made once per pane: a click while a refresh runs joins it.
  const [flight] = useState(() =>
    singleFlight(async () => {
      setRunning(true);
      setOutcome(null);
      try {
        const result = await runRefresh(browserRefreshDeps(urlRef.current), setProgress);
        if (result.ok) {
          setLastRefresh({ time: result.time, version: result.version });
          for (const warning of result.warnings) paneErrors.record(`after refresh: ${warning}`);
        } else paneErrors.record(`refresh (${result.failure.step}): ${result.failure.message}`);
        setOutcome(result);
        return result;
      } catch (error) {
        // runRefresh does not throw; this is a bug, still shown as a failure rather than a stuck button.
        const result: RefreshOutcome = {
          ok: false,
          failure: { step: "workbook", workbook: "unchanged", table: null, message: errorMessage(error) },
        };
        paneErrors.record(`refresh: ${errorMessage(error)}`);
        setOutcome(result);
        return result;
      } finally {
        setRunning(false);
        setProgress(null);
      }
    }),
  );
  const refresh = useCallback(() => flight(), [flight]);
  return { running, progress, outcome, lastRefresh, url, refresh };
}
