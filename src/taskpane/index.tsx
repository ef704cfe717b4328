/**
 * The pane's entry, loaded into the shared runtime's page whether or not the pane is shown. When Office is
 * ready it starts the runtime (the dataset loads into the store the CZ functions read, so formulas answer even
 * while the pane is hidden; a workbook left half written by a write that stopped is repaired first) and renders
 * the pane.
 */
import { createRoot } from "react-dom/client";
import { whenOfficeReady } from "../excel/startup";
import { sharedWriter } from "../runtime/sharedWriter";
import { startRuntime } from "../runtime/startRuntime";
import { App } from "./App";
import { readSourceUrl, readStoredAdditions } from "./workbook";

/** localStorage, or null where the host forbids it: the runtime then simply keeps no offline copy. */
function runtimeStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

void whenOfficeReady().then(() => {
  void startRuntime({
    readSourceUrl,
    readAdditions: readStoredAdditions,
    // A write the workbook's journal says stopped part way is repaired before the first formula answers.
    settle: sharedWriter.settle,
    baseUrl: window.location.href,
    fetch: window.fetch.bind(window),
    storage: runtimeStorage(),
  });
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<App />);
});
