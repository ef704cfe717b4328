/**
 * The datasets the end-to-end tests serve: the seed (what `cz build` makes of data/sources), a newer version of
 * it with one figure settled differently, and a document that is not a valid dataset.
 */
import type { Dataset } from "../../src/core/dataset";
import { sha256Hex } from "../../src/core/hash";
import { validateDataset } from "../../src/core/validate";
import { seedDataset } from "../seedFixture";

export const SEED: Dataset = seedDataset();

/** The figure the newer dataset changes: 热电联产项目's 计划总投资 (garbled 10–90), its only investment figure. */
export const CHANGED_AMOUNT = "amt-a9f41e2e98";
export const CHANGED_LOW = 30;

/** The seed with CHANGED_AMOUNT's lower bound raised to CHANGED_LOW, under a new version (hashed as cz build does). */
export function newerDataset(base: Dataset = SEED): Dataset {
  const { version: _version, builtAt: _builtAt, ...content } = JSON.parse(JSON.stringify(base)) as Dataset;
  const amount = content.amounts.find((a) => a.id === CHANGED_AMOUNT);
  if (!amount) throw new Error(`the seed has no figure ${CHANGED_AMOUNT} any more: pick another`);
  amount.low = CHANGED_LOW;
  const dataset: Dataset = {
    ...content,
    version: sha256Hex(JSON.stringify(content)).slice(0, 16),
    builtAt: "2026-02-01T00:00:00.000Z",
  };
  const check = validateDataset(dataset);
  if (!check.ok) throw new Error(`the newer dataset is invalid: ${JSON.stringify(check.problems)}`);
  return dataset;
}

/** Looks like a dataset but breaks the format: a figure's bound is text, a project points at no place. */
export function invalidDataset(base: Dataset = SEED): unknown {
  const copy = JSON.parse(JSON.stringify(base)) as Dataset;
  (copy.amounts[0] as unknown as { low: unknown }).low = "ten";
  copy.projects[0]!.placeId = "nowhere";
  if (validateDataset(copy).ok) throw new Error("the invalid dataset passed validation");
  return copy;
}
