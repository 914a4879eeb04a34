import { describe, expect, it } from "vitest";
import { departmentName, ofDepartment } from "../src/territories/territory-referential.js";

describe("a département named in a French sentence", () => {
  it("takes the article its name calls for after « de »", () => {
    expect(ofDepartment("55")).toBe("de la Meuse");
    expect(ofDepartment("09")).toBe("de l'Ariège");
    expect(ofDepartment("59")).toBe("du Nord");
    expect(ofDepartment("88")).toBe("des Vosges");
    expect(ofDepartment("75")).toBe("de Paris");
    expect(departmentName("2A")).toBe("Corse-du-Sud");
  });

  it("says « du département » for a code the referential does not know", () => {
    expect(ofDepartment("00")).toBe("du département 00");
  });
});
