import { districtOf, mostSpecificPlace } from "./placeChoice";

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
