/** Small steps every end-to-end test of the pane takes: wait for a condition, read a test id's text, drive a formula. */
import type { Page } from "playwright-core";
import type { CellResult } from "./standInApi";

export async function waitUntil(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 15_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const text = async (page: Page, testId: string) =>
  ((await page.getByTestId(testId).textContent()) ?? "").trim();

/** Starts CZ.`id` in `cell` as Excel does for a new formula (see standInEntry.ts). */
export function invoke(page: Page, cell: string, id: string, args: unknown[]): Promise<void> {
  return page.evaluate(([c, i, a]) => window.__customFunctions!.invoke(c, i, a), [cell, id, args] as const);
}

/** Everything the formula in `cell` pushed, oldest first. */
export function results(page: Page, cell: string): Promise<CellResult[]> {
  return page.evaluate((c) => window.__customFunctions!.results(c), cell);
}
