/**
 * Writes schema/dataset.schema.json from the zod definitions of src/core/dataset.ts, so the published JSON
 * Schema and the runtime validation can never disagree. Run `npm run schema` after changing the format.
 */
import { writeFileSync } from "node:fs";
import { datasetJsonSchema } from "../src/core/datasetJsonSchema";

writeFileSync("schema/dataset.schema.json", `${JSON.stringify(datasetJsonSchema(), null, 2)}\n`);
console.log("wrote schema/dataset.schema.json");
