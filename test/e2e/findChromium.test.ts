/**
 * The browser tests need no manual step: on a machine without the system's Chromium (only Node, then npm ci),
 * the Chromium inside the npm package @sparticuz/chromium is found, and playwright-core drives it.
 */
import { existsSync } from "node:fs";
import { findChromium, launchChromium } from "./browser";

jest.setTimeout(120_000);

test("without a system Chromium, the npm package's browser is found and launches", async () => {
  const choice = await findChromium({}, "/nonexistent/chromium");
  expect(choice.from).toBe("@sparticuz/chromium");
  expect(existsSync(choice.path)).toBe(true);
  const browser = await launchChromium(choice);
  try {
    const page = await browser.newPage();
    await page.setContent("<p id='t'>常州项目</p>");
    expect(await page.textContent("#t")).toBe("常州项目");
  } finally {
    await browser.close();
  }
});

test("CZ_CHROMIUM names the browser, and the system's Chromium comes before the package's", async () => {
  expect(await findChromium({ CZ_CHROMIUM: "/opt/chrome" }, "/nonexistent/chromium")).toEqual({
    path: "/opt/chrome",
    from: "CZ_CHROMIUM",
  });
  expect(await findChromium({}, process.execPath)).toEqual({ path: process.execPath, from: "system" });
});
