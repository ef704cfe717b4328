/**
 * Adding, removing and discarding through the workbook writer (over an in-memory workbook), and the one
 * sentence the pane says, in its language, for each way a change can fail.
 */
import { createDatasetStore } from "../core/datasetStore";
import { sha256Hex } from "../core/hash";
import type { Addition } from "../ingest/additions/types";
import { createLayers } from "../runtime/localLayers";
import { type WriteFailure, createWorkbookWriter } from "../runtime/workbookWriter";
import { memoryWorkbook } from "../../test/fixtures/memoryWorkbook";
import { tinyDataset } from "../../test/fixtures/tinyDataset";
import { ADDITION_STRINGS } from "./additionStrings";
import {
  BUSY,
  addAddition,
  clearStoredAdditions,
  failureText,
  othersText,
  removeAddition,
} from "./additionsFlow";

function addition(id: string): Addition {
  const text = `text of ${id}`;
  return {
    article: { id, title: id, publisher: "p", published: null, url: null, sha256: sha256Hex(text), text },
    curation: [],
    addedAt: "2026-12-03T00:00:00Z",
  };
}

test("add, remove and discard are writes of the workbook writer", async () => {
  const wb = memoryWorkbook();
  const layers = createLayers(createDatasetStore(), (published, additions) => ({
    dataset: { ...published, version: [published.version, ...additions.map((a) => a.article.id)].join("+") },
    merges: [],
    alreadyPublished: [],
  }));
  const writer = createWorkbookWriter({ door: wb.door, layers });
  await writer.write({ published: { dataset: tinyDataset(), origin: "network" } });
  expect((await addAddition(writer, addition("local-a"))).ok).toBe(true);
  expect(wb.holds()).toBe("tiny-1+local-a");
  expect((await removeAddition(writer, "local-a")).ok).toBe(true);
  expect(wb.holds()).toBe("tiny-1");
  wb.unreadable = "format 2";
  expect((await clearStoredAdditions(writer)).ok).toBe(true);
  expect(wb.unreadable).toBeNull();
});

const failure = (over: Partial<WriteFailure>): WriteFailure => ({
  workbook: "unchanged",
  reason: "write",
  table: null,
  detail: "",
  cause: null,
  ...over,
});

describe("what the pane says after a change that did not happen", () => {
  const en = ADDITION_STRINGS.en;
  const zh = ADDITION_STRINGS.zh;
  test("put back as it was: the table named, the workbook agreeing, try again — one sentence", () => {
    const text = failureText(en, failure({ workbook: "restored", table: "CZ_Sources" }), "en");
    expect(text).toBe(en.failedRestored("CZ_Sources"));
    expect(text).toContain("CZ_Sources");
    expect(text.match(/[.!?](\s|$)/g)).toHaveLength(1);
    expect(failureText(zh, failure({ workbook: "restored", table: "CZ_Sources" }), "zh")).toMatch(
      /^未作任何更改/,
    );
  });

  test("incomplete: what to do, and that a reopening repairs it", () => {
    expect(failureText(en, failure({ workbook: "incomplete", table: "CZ_Amounts" }), "en")).toContain(
      "close and reopen the workbook",
    );
  });

  test("a refused layering shows the reason in the pane's language only", () => {
    const f = failure({
      reason: "layer",
      detail: "文章 local-a 被添加了两次。 / The article local-a is added twice.",
    });
    expect(failureText(zh, f, "zh")).toBe("未作任何更改:文章 local-a 被添加了两次。");
    expect(failureText(en, f, "en")).toBe("Nothing was changed: The article local-a is added twice.");
  });

  test("an English-only reason never reaches the Chinese pane", () => {
    const f = failure({ reason: "layer", detail: "RangeError: Invalid array length" });
    expect(failureText(zh, f, "zh")).not.toMatch(/[A-Za-z]{4}/);
  });

  test.each([
    ["busy", BUSY, "failedBusy"],
    ["no dataset", failure({ reason: "noDataset" }), "failedNoDataset"],
    ["unreadable", failure({ reason: "unreadable" }), "unreadable"],
    ["changing", failure({ reason: "changing" }), "failedChanging"],
    ["not read", failure({ reason: "notRead" }), "failedUnchanged"],
  ] as const)("%s has its own words in both languages", (_what, f, key) => {
    expect(failureText(en, f, "en")).toBe(en[key]);
    expect(failureText(zh, f, "zh")).toBe(zh[key]);
  });

  test("another author's changes kept are named", () => {
    expect(othersText(en, { added: ["报道甲"], removed: [] })).toContain("报道甲");
    expect(othersText(en, null)).toBe("");
  });
});
