import { describe, expect, it } from "vitest";
import { savePlan } from "../src/respondent/answer-checks.js";
import { acknowledge, changeAnswer, keptKey, mergeOpened, noKeptAnswers, readKept, refuse, submitted, updateKept } from "../src/respondent/kept-answers.js";
import type { Opened } from "../src/respondent/respondent-types.js";

const opened = (draft: Record<string, unknown>, draftSavedAt: string | null) => ({ draft, draftSavedAt }) as unknown as Opened;

describe("a respondent's answers kept on the device", () => {
  it("puts the device's unsent answers over the server's draft on opening, removals included", () => {
    let kept = changeAnswer(noKeptAnswers(), "population", -5);
    kept = changeAnswer(kept, "repondant", undefined);
    const merged = mergeOpened(kept, opened({ repondant: "Marie", fibre: "en-cours", population: 800 }, "2026-12-03T10:00:00.000Z"));
    expect(merged.answers).toEqual({ fibre: "en-cours", population: -5 });
    expect(merged.unsent).toEqual(["population", "repondant"]);
  });

  it("sends a draft never saved (prefilled from the invitation) with the first save", () => {
    const merged = mergeOpened(noKeptAnswers(), opened({ "structure-type": "epci" }, null));
    expect(savePlan(merged, {})).toEqual({ answers: { "structure-type": "epci" }, cleared: [] });
  });

  it("sends neither an answer that fails the checks nor one the server refused, and sends removals", () => {
    let kept = changeAnswer(noKeptAnswers(), "population", -5);
    kept = changeAnswer(kept, "repondant", "Marie");
    kept = changeAnswer(kept, "mobile", "oui");
    kept = changeAnswer(kept, "fibre", undefined);
    kept = refuse(kept, { mobile: "« Mobile » : choisissez une des réponses proposées" });
    expect(savePlan(kept, { population: "saisissez au moins 0" })).toEqual({ answers: { repondant: "Marie" }, cleared: ["fibre"] });
    // Changed again, a refused answer is to send again.
    expect(savePlan(changeAnswer(kept, "mobile", "non"), {}).answers).toMatchObject({ mobile: "non" });
  });

  it("acknowledges only the value the server got: an answer changed while the call was on its way stays to send", () => {
    let kept = changeAnswer(changeAnswer(noKeptAnswers(), "repondant", "Mar"), "fibre", undefined);
    const plan = savePlan(kept, {});
    kept = changeAnswer(kept, "repondant", "Marie");
    kept = acknowledge(kept, plan.answers, plan.cleared, "2026-12-03T10:00:00.000Z");
    expect(kept.unsent).toEqual(["repondant"]);
    expect(kept.savedAt).toBe("2026-12-03T10:00:00.000Z");
  });

  it("has nothing left to send after a submission of the same answers", () => {
    const kept = changeAnswer(changeAnswer(noKeptAnswers(), "repondant", "Marie"), "fibre", "oui");
    expect(submitted(kept, { repondant: "Marie", fibre: "oui" }, "2026-12-03T10:00:00.000Z").unsent).toEqual([]);
  });

  it("is stored under the invitation, never its secret, and re-read at every change", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const key = keptKey("0b9c5f7e-invitation.secret-signature");
    expect(key).toBe("tetris.reponses.0b9c5f7e-invitation");
    updateKept(storage, key, (k) => changeAnswer(k, "repondant", "Marie"));
    // Another tab wrote meanwhile: its answer is not overwritten by this one's.
    updateKept(storage, key, (k) => changeAnswer(k, "fibre", "oui"));
    expect(readKept(storage, key)?.answers).toEqual({ repondant: "Marie", fibre: "oui" });
  });
});
