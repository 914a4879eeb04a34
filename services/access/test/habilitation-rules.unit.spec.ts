import { describe, expect, it } from "vitest";
import { grantInput } from "../src/application/habilitations.js";
import { habilitationOfAgent } from "../src/domain/habilitation.js";
import { holderKey, holderSchema, isValidSiret } from "../src/domain/holder.js";
import { expiryOf, isExpired, needsTouch } from "../src/domain/session.js";

describe("holders", () => {
  it("checks a SIRET's Luhn key, La Poste's establishments by their own rule", () => {
    // oidc-dev's demo organisations (fictitious, Luhn-valid).
    for (const siret of ["17559999000009", "17099999000006", "13559999000003", "21559999000003"]) expect(isValidSiret(siret)).toBe(true);
    for (const siret of ["17559999000008", "1755999900000", "1755999900000a", ""]) expect(isValidSiret(siret)).toBe(false);
    expect(isValidSiret("35600000000010")).toBe(true); // not Luhn-valid, but its digits add up to 15: La Poste's rule
    expect(isValidSiret("35600000000011")).toBe(false);
  });

  it("keys a person by their lower-case address and an organisation by its digits", () => {
    expect(holderKey(holderSchema.parse({ kind: "email", email: " Camille.Lefevre@ANCT.gouv.fr " }))).toBe("email:camille.lefevre@anct.gouv.fr");
    expect(holderKey(holderSchema.parse({ kind: "siret", siret: "175 599 990 00009" }))).toBe("siret:17559999000009");
  });
});

describe("grants", () => {
  const holder = { kind: "siret", siret: "17559999000009" };
  it("name no département for ANCT and at least one for the others, each once and sorted", () => {
    expect(grantInput.safeParse({ holder, role: "anct", departments: [] }).success).toBe(true);
    expect(grantInput.parse({ holder, role: "partner", departments: ["55", "2A", "09", "55"] }).departments).toEqual(["09", "2A", "55"]);
    for (const bad of [{ role: "anct", departments: ["55"] }, { role: "prefecture", departments: [] }, { role: "partner", departments: [] }]) {
      const parsed = grantInput.safeParse({ holder, ...bad });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => i.path.join("."))).toEqual(["departments"]);
    }
  });

  it("resolve the agent's own grant before their organisation's", () => {
    const own = { role: "partner" as const, departments: ["55"], label: null };
    const organisation = { role: "prefecture" as const, departments: ["09"], label: "Préfecture" };
    expect(habilitationOfAgent(own, organisation)).toEqual({ role: "partner", departments: ["55"] });
    expect(habilitationOfAgent(null, organisation)).toEqual({ role: "prefecture", departments: ["09"] });
    expect(habilitationOfAgent(null, null)).toBeNull();
  });
});

describe("session expiry", () => {
  const lifetimes = { idleSeconds: 7200, maxSeconds: 43_200 };
  const start = new Date("2026-03-02T08:00:00Z");
  const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

  it("is the earlier of the idle and the absolute expiry", () => {
    expect(expiryOf({ lastSeenAt: start, absoluteExpiresAt: at(43_200) }, lifetimes)).toEqual(at(7200));
    expect(expiryOf({ lastSeenAt: at(40_000), absoluteExpiresAt: at(43_200) }, lifetimes)).toEqual(at(43_200));
    expect(isExpired({ lastSeenAt: start, absoluteExpiresAt: at(43_200) }, lifetimes, at(7199))).toBe(false);
    expect(isExpired({ lastSeenAt: start, absoluteExpiresAt: at(43_200) }, lifetimes, at(7200))).toBe(true);
  });

  it("writes the last use down at most once a minute", () => {
    expect(needsTouch({ lastSeenAt: start, absoluteExpiresAt: at(43_200) }, at(59))).toBe(false);
    expect(needsTouch({ lastSeenAt: start, absoluteExpiresAt: at(43_200) }, at(60))).toBe(true);
  });
});
