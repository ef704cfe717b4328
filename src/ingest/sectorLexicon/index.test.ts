import { SECTOR_TREE } from "../../core/sectors";
import { NOT_SECTOR_WORDS, SECTOR_LEXICON } from ".";

describe("the sector lexicon", () => {
  it("names only nodes of the sector tree", () => {
    const ids = new Set(SECTOR_TREE.map((s) => s.id));
    expect([...new Set(SECTOR_LEXICON.map((w) => w.sectorId))].filter((id) => !ids.has(id))).toEqual([]);
  });

  it("gives each word one node and one tier, so no word is read two ways", () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const w of SECTOR_LEXICON) {
      if (seen.has(w.word)) twice.push(`${w.word}: ${seen.get(w.word)} and ${w.sectorId}`);
      seen.set(w.word, w.sectorId);
    }
    expect(twice).toEqual([]);
  });

  it("has words for every node but 其他 itself, which is only the sum of its children", () => {
    const worded = new Set(SECTOR_LEXICON.map((w) => w.sectorId));
    expect(SECTOR_TREE.filter((s) => !worded.has(s.id)).map((s) => s.name)).toEqual(["其他"]);
  });

  it("keeps its words clean: no spaces, no punctuation, no phrase that is also a non-sector phrase", () => {
    const bad = SECTOR_LEXICON.filter(
      (w) => !/^[\p{Script=Han}A-Za-z0-9]+$/u.test(w.word) || NOT_SECTOR_WORDS.includes(w.word),
    );
    expect(bad).toEqual([]);
  });

  it("hides a sector word in every non-sector phrase, inside it or running on from it (else it is dead weight)", () => {
    // 现代化 hides the 化工 that would start at its last character (现代化工业园).
    const hides = (phrase: string) =>
      [...phrase].some((_, i) =>
        SECTOR_LEXICON.some((w) => phrase.slice(i).startsWith(w.word) || w.word.startsWith(phrase.slice(i))),
      );
    expect(NOT_SECTOR_WORDS.filter((p) => !hides(p))).toEqual([]);
  });
});
