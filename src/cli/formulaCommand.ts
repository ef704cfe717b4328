/**
 * `cz formula '=CZ.TOTAL("新能源","金坛")' [--dataset FILE]`: what the cell would show, evaluated by the
 * registered function code over a dataset file (default dist/dataset.json, written by `cz build`).
 */
import { existsSync, readFileSync } from "node:fs";
import type { Dataset } from "../core/dataset";
import { describeProblems, validateDataset } from "../core/validate";
import { sharedDataset } from "../runtime/sharedDataset";
import { type CellResult, evaluateFormula } from "./evaluateFormula";
import { loadRegistry } from "./functionRegistry";
import { InputError } from "./sources";

export const DEFAULT_DATASET = "dist/dataset.json";

/** Reads and validates a dataset file, or throws an InputError naming the file and what is wrong. */
export function readDatasetFile(file: string, isDefault = file === DEFAULT_DATASET): Dataset {
  if (!existsSync(file))
    throw new InputError(
      file,
      isDefault
        ? "does not exist: run 'npx cz build' (or npm run build:data) first, or pass --dataset FILE"
        : "does not exist",
    );
  let json: unknown;
  try {
    // A byte-order mark (a file saved by Windows Notepad) is no part of the JSON.
    json = JSON.parse(readFileSync(file, "utf8").replace(/^\ufeff/, ""));
  } catch (e) {
    throw new InputError(file, `is not JSON: ${(e as Error).message}`);
  }
  const result = validateDataset(json);
  if (!result.ok)
    throw new InputError(file, `is not a valid CZ dataset: ${describeProblems(result.problems)}`);
  return result.dataset;
}

export async function runFormula(
  formula: string,
  datasetFile: string,
  isDefault = false,
): Promise<CellResult> {
  sharedDataset.setDataset(readDatasetFile(datasetFile, isDefault), "file");
  return evaluateFormula(await loadRegistry(), formula);
}
