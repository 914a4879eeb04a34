import { describe, expect, it } from "vitest";
import { demoAgents } from "../src/demo-agents.js";

/** The SIRET's own check: Luhn over its 14 digits. */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

describe("the demo agents", () => {
  it("answer every claim ProConnect gives, with unique subs and emails and well-formed SIRETs", () => {
    expect(new Set(demoAgents.map((a) => a.sub)).size).toBe(demoAgents.length);
    expect(new Set(demoAgents.map((a) => a.email)).size).toBe(demoAgents.length);
    for (const agent of demoAgents) {
      for (const claim of ["sub", "email", "given_name", "usual_name", "siret", "uid", "idp_id"] as const) expect(agent[claim]).not.toBe("");
      expect(agent.siret).toMatch(/^\d{14}$/);
      expect(luhnValid(agent.siret)).toBe(true);
    }
  });

  it("cover ANCT, both préfectures, a partner and someone Tétris does not know", () => {
    const organisations = demoAgents.map((a) => a.organisation).join("\n");
    for (const expected of ["ANCT", "Préfecture de la Meuse", "Préfecture de l'Ariège", "partenaire", "sans habilitation"]) {
      expect(organisations).toContain(expected);
    }
  });
});
