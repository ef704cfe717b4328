/**
 * The CZ functions registered exactly as Excel registers them: custom-functions-metadata reads the JSDoc of
 * src/functions/functions.ts (as the webpack plugin does for functions.json) and each metadata id is associated
 * with the function the plugin would associate it with. `cz formula` and the tests call functions only
 * through this registry, so a name in functions.json without code, or code without metadata, fails.
 *
 * The compiled command line (scripts/build-cli.js) generates the metadata when it is compiled, as webpack does
 * for the add-in, and carries it as CZ_FUNCTIONS_METADATA: a formula then does not load the TypeScript compiler.
 * Run from the sources (tests, tsx) it is generated here.
 */
import { join } from "node:path";
import * as functionsModule from "../functions/functions";
import { installCustomFunctionsHost } from "./customFunctionsHost";

/** From src/cli and from build/cli alike, two folders up is the project's root. */
export const FUNCTIONS_SOURCE = join(__dirname, "..", "..", "src", "functions", "functions.ts");

interface GeneratedMetadata {
  metadataJson: string;
  associate: { id: string; functionName: string }[];
  errors: string[];
}

/** Set by scripts/build-cli.js (esbuild's define) to the metadata generated at compile time, else absent. */
declare const CZ_FUNCTIONS_METADATA: GeneratedMetadata | null | undefined;

async function generatedMetadata(): Promise<GeneratedMetadata> {
  if (typeof CZ_FUNCTIONS_METADATA !== "undefined" && CZ_FUNCTIONS_METADATA !== null)
    return CZ_FUNCTIONS_METADATA;
  const { generateCustomFunctionsMetadata } = await import("custom-functions-metadata");
  return generateCustomFunctionsMetadata(FUNCTIONS_SOURCE, false);
}

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
  const generated = await generatedMetadata();
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
