import { describe, expect, it } from "vitest";
import { closingSentence, formatParisDateTime } from "../src/application/receipt/receipt-text.js";

describe("the receipt's dates", () => {
  it("are written the French way, in the time of Paris (winter and summer)", () => {
    expect(formatParisDateTime(new Date("2026-12-03T13:02:00Z"))).toBe("3 décembre 2026 à 14 h 02");
    expect(formatParisDateTime(new Date("2026-12-31T23:05:00Z"))).toBe("1er janvier 2027 à 0 h 05");
    expect(formatParisDateTime(new Date("2026-07-14T21:59:00Z"))).toBe("14 juillet 2026 à 23 h 59");
  });

  it("invite changes until closing only while the link may still be used", () => {
    expect(closingSentence(new Date("2027-01-15T22:59:00Z"), true)).toBe(
      "Vous pouvez modifier vos réponses jusqu'au 15 janvier 2027 à 23 h 59 depuis votre lien d'invitation ; la dernière version envoyée est celle prise en compte.",
    );
    expect(closingSentence(new Date("2027-01-15T22:59:00Z"), false)).toBe(
      "Vos réponses ne sont plus modifiables depuis ce lien ; la dernière version envoyée est celle prise en compte.",
    );
  });
});
