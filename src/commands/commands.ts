/**
 * The ribbon's function file. In the shared runtime the manifest's FunctionFile is the pane's page
 * (Taskpane.Url), and webpack loads this chunk into it beside the pane and the functions.
 *
 * The ribbon has one button today, "Show pane", a ShowTaskpane action that needs no code. An ExecuteFunction
 * button would name a function here: add it to COMMANDS under the manifest's <FunctionName>, and call
 * event.completed() when it is done.
 */
/// <reference types="office-js" />

export const COMMANDS: Readonly<Record<string, (event: Office.AddinCommands.Event) => void>> = {};

// office.js is loaded by the page before this chunk; outside Office (a plain browser, a test page) it may be absent.
if (typeof Office !== "undefined") {
  Office.onReady(() => {
    for (const [name, command] of Object.entries(COMMANDS)) Office.actions.associate(name, command);
  });
}
