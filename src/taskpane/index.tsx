/**
 * The pane's entry, loaded into the shared runtime's page whether or not the pane is shown. When Office is
 * ready it starts the runtime (the dataset loads into the store the CZ functions read, so formulas answer even
 * while the pane is hidden) and renders the pane.
 */
import { createRoot } from "react-dom/client";
import { whenOfficeReady } from "../excel/startup";
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
    baseUrl: window.location.href,
    fetch: window.fetch.bind(window),
    storage: runtimeStorage(),
  });
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<App />);
});
