import type { AdditionReview } from "../ingest/additions/types";
import { tinyDataset } from "../../test/fixtures/tinyDataset";
import {
  EMPTY_SETTLEMENT,
  correctStage,
  NO_CHOICES,
  settle,
  settlementProblem,
  unsettled,
  correct,
  includedCounts,
  missingReasons,
  setReason,
  toDecisions,
  toggleRecord,
} from "./reviewChoices";

function review(): AdditionReview {
  const d = tinyDataset();
  const project = d.projects[0]!;
  const own = d.amounts.filter((a) => a.projectId === project.id);
  const loose = { ...d.amounts[0]!, id: "amt-loose", projectId: null };
  return {
    article: { id: "local-1", title: "t", publisher: "p", published: null, url: null, sha256: "0", text: "" },
    cleanText: "",
    projects: [project, d.projects[1]!],
    amounts: [...own, loose],
    events: [],
    organizations: [],
    notes: [],
  };
}

describe("review choices", () => {
  test("an untick or a correction needs a reason before Add", () => {
    const r = review();
    const [p0, p1] = r.projects;
    let c = toggleRecord(NO_CHOICES, p0!.id, false);
    c = correct(c, "sectors", p1!.id, "sec-x");
    expect(missingReasons(c)).toEqual([p0!.id, p1!.id].sort());
    c = setReason(c, p0!.id, "  not a project ");
    c = setReason(c, p1!.id, " ");
    expect(missingReasons(c)).toEqual([p1!.id]);
  });

  test("ticking a record again, or choosing the extracted value, drops the change and its need of a reason", () => {
    const id = review().projects[0]!.id;
    let c = toggleRecord(NO_CHOICES, id, false);
    c = toggleRecord(c, id, true);
    expect(missingReasons(c)).toEqual([]);
    c = correct(correct(c, "places", id, "plc-x"), "places", id, null);
    expect(missingReasons(c)).toEqual([]);
  });

  test("decisions split unticked projects from unticked figures and carry trimmed reasons", () => {
    const r = review();
    const project = r.projects[0]!.id;
    let c = toggleRecord(NO_CHOICES, project, false);
    c = toggleRecord(c, "amt-loose", false);
    c = setReason(setReason(c, project, " dup "), "amt-loose", "a batch total");
    const own = r.amounts.filter((a) => a.projectId === project).map((a) => a.id);
    expect(toDecisions(r, c)).toEqual({
      excludedProjects: [project],
      excludedAmounts: [...own, "amt-loose"].sort(),
      sectors: {},
      places: {},
      stages: {},
      settled: {},
      reasons: {
        [project]: "dup",
        "amt-loose": "a batch total",
        ...Object.fromEntries(own.map((id) => [id, "dup"])),
      },
    });
  });

  test("a left-out project's figures are left out with it, for its reason", () => {
    const r = review();
    const project = r.projects[0]!.id;
    const own = r.amounts.filter((a) => a.projectId === project).map((a) => a.id);
    const c = setReason(toggleRecord(NO_CHOICES, project, false), project, "not a project");
    const decisions = toDecisions(r, c);
    expect(decisions.excludedAmounts).toEqual([...own].sort());
    for (const id of own) expect(decisions.reasons[id]).toBe("not a project");
  });

  test("a left-out project takes its figures with it in the counts", () => {
    const r = review();
    const project = r.projects[0]!;
    const own = r.amounts.filter((a) => a.projectId === project.id).length;
    expect(own).toBeGreaterThan(0);
    expect(includedCounts(r, toggleRecord(NO_CHOICES, project.id, false))).toEqual({
      projects: 1,
      figures: r.amounts.length - own,
    });
  });

  test("a settlement needs a bound, low ≤ high, and evidence; until then it holds Add back", () => {
    const ok = {
      low: "30",
      high: "30",
      evidenceSource: "https://example.org/a",
      evidenceQuote: "总投资30亿元",
    };
    expect(settlementProblem(EMPTY_SETTLEMENT)).toBe("bounds");
    expect(settlementProblem({ ...ok, low: "-1" })).toBe("bounds");
    expect(settlementProblem({ ...ok, low: "thirty" })).toBe("bounds");
    expect(settlementProblem({ ...ok, low: "40" })).toBe("order");
    expect(settlementProblem({ ...ok, evidenceQuote: " " })).toBe("evidence");
    expect(settlementProblem(ok)).toBeNull();
    const c = settle(NO_CHOICES, "amt-loose", { ...ok, high: "" });
    expect(unsettled(c)).toEqual([]);
    expect(missingReasons(c)).toEqual(["amt-loose"]);
    expect(unsettled(settle(c, "amt-loose", EMPTY_SETTLEMENT))).toEqual(["amt-loose"]);
  });

  test("a settled figure's bounds become numbers with the qualifier they mean", () => {
    const r = review();
    const evidence = { evidenceSource: "https://example.org/a", evidenceQuote: "q" };
    const decided = (low: string, high: string) =>
      toDecisions(r, setReason(settle(NO_CHOICES, "amt-loose", { low, high, ...evidence }), "amt-loose", "r"))
        .settled["amt-loose"];
    expect(decided("30", "30")).toEqual({ low: 30, high: 30, qualifier: "exact", ...evidence });
    expect(decided("10", "90")).toMatchObject({ low: 10, high: 90, qualifier: "range" });
    expect(decided("200", "")).toMatchObject({ low: 200, high: null, qualifier: "over" });
    expect(decided("", "5")).toMatchObject({ low: null, high: 5, qualifier: "under" });
    // An unfinished settlement is not a decision.
    expect(toDecisions(r, settle(NO_CHOICES, "amt-loose", EMPTY_SETTLEMENT)).settled).toEqual({});
  });

  test("a stage correction keeps the extracted date unless one is typed, and a bad date holds Add back", () => {
    const r = review();
    const id = r.projects[0]!.id;
    let c = setReason(correctStage(NO_CHOICES, id, { stage: "开工", date: "" }), id, "the report says 开工");
    expect(toDecisions(r, c).stages).toEqual({ [id]: { stage: "开工" } });
    c = correctStage(c, id, { stage: "开工", date: "2019-13" });
    expect(unsettled(c)).toEqual([id]);
    c = correctStage(c, id, { stage: "开工", date: " 2019-05 " });
    expect(unsettled(c)).toEqual([]);
    expect(toDecisions(r, c).stages).toEqual({ [id]: { stage: "开工", date: "2019-05" } });
    expect(missingReasons(correctStage(NO_CHOICES, id, { stage: "投产", date: "" }))).toEqual([id]);
  });
});
