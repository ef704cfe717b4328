import { districtOf, mostSpecificPlace, unambiguousPlace } from "./placeChoice";

describe("districtOf", () => {
  it.each([
    ["jintan", "金坛区"],
    ["jintan-econ", "金坛区"],
    ["changzhou-hi-tech", "新北区"],
  ])("%s lies in %s", (id, district) => {
    expect(districtOf(id)?.name).toBe(district);
  });

  it("knows no district for an unknown place", () => {
    expect(districtOf("nowhere")).toBeNull();
  });
});

describe("mostSpecificPlace", () => {
  it("prefers a town over a park over its district, the first among equals", () => {
    expect(mostSpecificPlace(["liyang", "zhongguancun"])).toBe("zhongguancun");
    expect(mostSpecificPlace(["jintan", "zhixi"])).toBe("zhixi");
    expect(mostSpecificPlace(["jintan", "wujin"])).toBe("jintan");
    expect(mostSpecificPlace([])).toBeNull();
  });
});

describe("unambiguousPlace", () => {
  it("gives no place where two districts are named alike", () => {
    expect(unambiguousPlace(["tianning", "zhonglou"])).toBeNull();
  });

  it("gives the more specific place, and a district with a park of its own", () => {
    expect(unambiguousPlace(["tianning", "zhonglou", "jintan-econ"])).toBe("jintan-econ");
    expect(unambiguousPlace(["jintan", "jintan-econ"])).toBe("jintan-econ");
    expect(unambiguousPlace([])).toBeNull();
  });
});
