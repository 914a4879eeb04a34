import { describe, expect, it } from "vitest";
import { workshopView, workshopViewSchema } from "../src/api/views/workshop.view.js";
import type { Workshop } from "../src/domain/workshop.js";

/** A day drafted before free texts kept their response and question: stored without them. */
const olderDay: Workshop & { version: number } = {
  _id: "workshop-campaign-09",
  caseId: "case-09-2026",
  departmentCode: "09",
  campaignId: "campaign-09",
  status: "draft",
  date: null,
  venue: null,
  votesPerParticipant: 3,
  completedAt: null,
  version: 1,
  participants: [],
  sessions: [
    {
      sessionId: "session-tiers-lieux",
      themeCode: "tiers-lieux",
      title: "Atelier « Tiers-lieux »",
      startsAt: null,
      endsAt: null,
      room: null,
      facilitators: [],
      evidence: {
        themeRank: 1,
        themeScore: 10,
        explanation: "Cité par un répondant sur un.",
        topContributions: [],
        freeTexts: [{ organisation: "CC Couserans-Pyrénées", questionLabel: "Décrivez votre projet de tiers-lieu", text: "Réhabiliter l'ancienne gare de Saint-Girons" }],
        actors: [],
        territories: [],
      },
    },
  ],
};

describe("the workshop view", () => {
  it("still shows the free texts of a day drafted before they named their response and question", () => {
    const view = workshopViewSchema.parse(workshopView(olderDay, { subject: "pref-09", name: "Préfecture de l'Ariège", role: "prefecture", departments: ["09"] }));
    expect(view.sessions[0]!.evidence.freeTexts).toEqual(olderDay.sessions[0]!.evidence.freeTexts);
  });
});
