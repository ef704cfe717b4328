/**
 * Office.js from the CDN of the tenant's cloud: the built page of `npm run build -- --env officeCdn=21vianet`
 * (Office 365 operated by 21Vianet, whose tenants load Office.js from their own CDN) loads it from there, and
 * its Content-Security-Policy allows that origin instead of Microsoft's. The default build (Microsoft's CDN) is
 * checked by manifest.test.ts. An unknown setting stops the build with the allowed values.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildAddin } from "./e2e/buildOnce";

// A production build of the add-in: minutes on a loaded machine (made once per content of the sources).
jest.setTimeout(600_000);

const ROOT = join(__dirname, "..");
const CHINA = "https://appsforoffice.cdn.partner.office365.cn/appsforoffice/lib/1/hosted/office.js";

function cspOf(html: string): Record<string, string[]> {
  const csp = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  return Object.fromEntries(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values]),
  );
}

describe("a build for Office 365 operated by 21Vianet (--env officeCdn=21vianet)", () => {
  let html = "";
  beforeAll(async () => {
    html = readFileSync(join(await buildAddin({ officeCdn: "21vianet" }), "taskpane.html"), "utf8");
  }, 600_000);

  test("loads Office.js from 21Vianet's CDN, first, before the add-in's own scripts", () => {
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="?([^" >]+)"?/g)].map((m) => m[1]!);
    expect(scripts[0]).toBe(CHINA);
    expect(scripts[1]).toMatch(/^runtime\.[0-9a-f]{12}\.js$/);
    expect(html).not.toContain("appsforoffice.microsoft.com");
  });

  test("its Content-Security-Policy allows scripts from that CDN and no other", () => {
    expect(cspOf(html)["script-src"]).toEqual(["'self'", new URL(CHINA).origin]);
  });
});

test("an unknown officeCdn stops the build, naming the allowed values", () => {
  const webpack = require.resolve("webpack/bin/webpack.js", { paths: [ROOT] });
  const out = mkdtempSync(join(tmpdir(), "cz-officecdn-"));
  const r = spawnSync(
    process.execPath,
    [webpack, "--mode", "production", "--output-path", out, "--env", "officeCdn=mars"],
    { cwd: ROOT, encoding: "utf8", timeout: 120_000 },
  );
  expect(r.status).not.toBe(0);
  expect(`${r.stdout}${r.stderr}`).toContain("officeCdn must be global or 21vianet");
});
