/** The JSON Schema of the published format, derived from the zod definitions (one source of truth). */
import { z } from "zod";
import { datasetSchema } from "./dataset";

/**
 * @example datasetJsonSchema().properties.schemaVersion // { type: "number", const: 1 }
 */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetSchema, { target: "draft-2020-12" }),
    $id: "https://cz-projects.invalid/schema/dataset.schema.json",
    title: "CZ Projects dataset",
    description:
      "Changzhou investment and cooperation projects: sources, organizations, places, sectors, projects, amounts (long format, low/high bounds in the unit's base) and events. Every project, amount and event quotes the sentence it came from.",
  };
}
