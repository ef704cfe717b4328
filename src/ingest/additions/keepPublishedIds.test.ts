/** The kept id of an undertaking that holds a published project is the published one, with every reference. */
import type { Project } from "../../core/dataset";
import { keepPublishedIds } from "./keepPublishedIds";

const project = (id: string, sourceId: string): Project => ({
  id,
  name: "常州某某新能源电池项目",
  aliases: [],
  orgIds: [],
  placeId: null,
  placeFrom: null,
  sectorId: null,
  stage: null,
  date: null,
  sourceId,
  quote: "q",
  stages: [],
  sourceIds: [sourceId],
});

describe("keepPublishedIds", () => {
  const merged = { ...project("prj-added", "local-a"), sourceIds: ["local-a", "pub"] };
  const result = {
    projects: [merged, project("prj-other", "local-b")],
    merges: [
      {
        into: "prj-added",
        name: merged.name,
        parts: [
          { id: "prj-added", sourceId: "local-a", name: merged.name },
          { id: "prj-pub", sourceId: "pub", name: merged.name },
          { id: "prj-added-2", sourceId: "local-c", name: merged.name },
        ],
        by: "rule",
      },
    ],
    renamed: new Map([
      ["prj-pub", "prj-added"],
      ["prj-added-2", "prj-added"],
    ]),
  };

  it("renames the undertaking to its published part and points every part there", () => {
    const kept = keepPublishedIds(result, new Set(["prj-pub"]));
    expect(kept.projects.map((p) => p.id)).toEqual(["prj-pub", "prj-other"]);
    expect(kept.projects[0]).toEqual({ ...merged, id: "prj-pub" });
    expect(kept.merges[0]!.into).toBe("prj-pub");
    expect([...kept.renamed].sort()).toEqual([
      ["prj-added", "prj-pub"],
      ["prj-added-2", "prj-pub"],
    ]);
    // The input is left as it was.
    expect(result.projects[0]!.id).toBe("prj-added");
  });

  it("changes nothing when the kept id is already published or no part is", () => {
    expect(keepPublishedIds(result, new Set(["prj-added"]))).toEqual(result);
    expect(keepPublishedIds(result, new Set(["prj-elsewhere"]))).toEqual(result);
  });
});
