/**
 * `npm run schema` as a developer runs it after changing the format: what it writes is the committed
 * schema/dataset.schema.json byte for byte, so regenerating never leaves a file that `npm run lint` refuses.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Tests here start processes: seconds each, many more on a loaded machine than jest's default 5 s.
jest.setTimeout(120_000);

const ROOT = join(__dirname, "..");
const SCHEMA = join(ROOT, "schema", "dataset.schema.json");
const TSX = join(ROOT, "node_modules", "tsx", "dist", "cli.mjs");
const PRETTIER = join(ROOT, "node_modules", "prettier", "bin", "prettier.cjs");

test("npm run schema writes a file that passes prettier --check and equals the committed schema", () => {
  const out = join(mkdtempSync(join(tmpdir(), "cz-schema-")), "dataset.schema.json");
  const r = spawnSync(process.execPath, [TSX, join(ROOT, "scripts", "generate-schema.ts"), "--out", out], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const written = readFileSync(out, "utf8");
  // The file lies outside the repository, so name the project's config: the check is the one lint makes.
  const lint = spawnSync(
    process.execPath,
    [PRETTIER, "--config", join(ROOT, ".prettierrc.json"), "--check", out],
    { cwd: ROOT, encoding: "utf8", timeout: 120_000 },
  );
  expect(lint.stdout + lint.stderr).not.toContain("[warn]");
  expect(lint.status).toBe(0);
  expect(written).toBe(readFileSync(SCHEMA, "utf8"));
}, 120_000);
