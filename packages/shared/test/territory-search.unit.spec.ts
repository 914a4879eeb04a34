import { describe, expect, it } from "vitest";
import { searchTerritories, territoryLabelIn, territoryLabeller, territoryOptions, territoryOptionText, territoriesOf } from "../src/index.js";

const meuse = territoryOptions(territoriesOf("55"), ["commune", "epci"]);
const names = (query: string, limit = 50) => searchTerritories(meuse, query, limit).matches.map((o) => o.name);

describe("searching the territories of a département", () => {
  it("finds a name by the start of its words, whatever the case and accents", () => {
    expect(names("verd")[0]).toBe("Verdun");
    expect(names("VERD")).toEqual(names("verd"));
    expect(names("verd")).toContain("CA du Grand Verdun");
    expect(names("bonzee")).toEqual(["Bonzée"]);
    expect(names("bonzée")).toEqual(["Bonzée"]);
    expect(names("mihiel")).toContain("Saint-Mihiel");
    expect(names("saint mih")).toContain("Saint-Mihiel");
    // Inside a word is not a start of a word.
    expect(names("erdun")).toEqual([]);
  });

  it("finds a territory by the start of its code", () => {
    expect(names("55545")).toEqual(["Verdun"]);
  });

  it("caps the results and says how many match in all", () => {
    const { matches, total } = searchTerritories(meuse, "b", 10);
    expect(matches).toHaveLength(10);
    expect(total).toBeGreaterThan(10);
    expect(searchTerritories(meuse, "  ", 10)).toEqual({ matches: [], total: 0 });
  });

  it("keeps to the kinds asked for", () => {
    const communes = territoryOptions(territoriesOf("55"), ["commune"]);
    expect(searchTerritories(communes, "verd", 50).matches.every((o) => o.kind === "commune")).toBe(true);
  });
});

describe("naming a territory", () => {
  it("says the name with the code, and the code alone when it is unknown", () => {
    expect(territoryLabelIn("55")("55545")).toBe("Verdun (55545)");
    expect(territoryLabelIn("55")("75056")).toBe("75056");
    expect(territoryLabeller({ communes: [{ code: "55545", name: "Verdun" }], epcis: [] })("55545")).toBe("Verdun (55545)");
  });

  it("says what an option is", () => {
    const verdun = meuse.find((o) => o.code === "55545")!;
    expect(territoryOptionText(verdun)).toBe("Verdun — commune, 55545");
  });
});
