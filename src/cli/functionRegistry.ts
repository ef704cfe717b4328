/**
 * The CZ functions registered exactly as Excel registers them: custom-functions-metadata reads the JSDoc of
 * src/functions/functions.ts (as the webpack plugin does for functions.json) and each metadata id is associated
 * with the function the plugin would associate it with. `cz formula` and the tests call functions only
 * through this registry, so a name in functions.json without code, or code without metadata, fails.
 */
import { join } from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as functionsModule from "../functions/functions";
import { installCustomFunctionsHost } from "./customFunctionsHost";

export const FUNCTIONS_SOURCE = join(__dirname, "..", "functions", "functions.ts");

export interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  options?: { stream?: boolean };
  parameters: { name: string; description?: string; optional?: boolean; type?: string }[];
  result?: { type?: string; dimensionality?: string };
}

export interface Registry {
  metadata: FunctionMetadata[];
  /** id → the JavaScript function associated with it. */
  functions: Map<string, (...args: unknown[]) => unknown>;
}

export class RegistrationError extends Error {}

export async function loadRegistry(): Promise<Registry> {
  const generated = await generateCustomFunctionsMetadata(FUNCTIONS_SOURCE, false);
  if (generated.errors.length > 0)
    throw new RegistrationError(`functions.ts metadata errors: ${generated.errors.join("; ")}`);
  const metadata = (JSON.parse(generated.metadataJson) as { functions: FunctionMetadata[] }).functions;
  const host = installCustomFunctionsHost();
  const exported = functionsModule as unknown as Record<string, unknown>;
  for (const { id, functionName } of generated.associate) {
    const fn = exported[functionName];
    if (typeof fn !== "function")
      throw new RegistrationError(
        `metadata id ${id} names '${functionName}', which functions.ts does not export`,
      );
    host.associate(id, fn as (...args: unknown[]) => unknown);
  }
  return { metadata, functions: host.associated };
}
