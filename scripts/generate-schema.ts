/**
 * Writes schema/dataset.schema.json from the zod definitions of src/core/dataset.ts, so the published JSON
 * Schema and the runtime validation can never disagree. Run `npm run schema` after changing the format.
 *
 * The JSON goes through Prettier with the project's own settings before it is written: `npm run lint` checks
 * formatting, and a generated file that fails it would break CI the moment someone regenerates it.
 *
 * Options: --out FILE (default schema/dataset.schema.json).
 */
import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { format, resolveConfig } from "prettier";
import { datasetJsonSchema } from "../src/core/datasetJsonSchema";

export const SCHEMA_FILE = join(__dirname, "..", "schema", "dataset.schema.json");

/** The schema file's text, formatted as `prettier --check` expects it at schema/dataset.schema.json. */
export async function schemaFileText(): Promise<string> {
  // Resolve the config for the committed path, wherever the text is written, so --out gets the same bytes.
  const options = (await resolveConfig(SCHEMA_FILE)) ?? {};
  return format(JSON.stringify(datasetJsonSchema(), null, 2), { ...options, filepath: SCHEMA_FILE });
}

async function main() {
  const { values } = parseArgs({ options: { out: { type: "string" } } });
  const out = values.out === undefined ? SCHEMA_FILE : resolve(values.out);
  writeFileSync(out, await schemaFileText());
  console.log(`wrote ${out}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
