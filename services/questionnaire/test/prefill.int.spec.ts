import { apiClient } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openMeuseCampaign, questionnaireTestEnvironment, startQuestionnaire, type InvitationLink, type Service } from "./questionnaire-test-kit.js";

const env = questionnaireTestEnvironment("prefill");
let service: Service;
let links: InvitationLink[];

const COTES_DE_MEUSE = "200034874";
const VERDUN = "55545";

type Opened = { draft: Record<string, unknown>; draftSavedAt: string | null };
const open = async (token: string) => (await apiClient(service.url).query<Opened>("respondent.open", { token })).data;

beforeAll(async () => {
  service = await startQuestionnaire(env);
  // No templateId: the Questionnaire de cadrage, which asks for the structure and its territories.
  ({ links } = await openMeuseCampaign(service, {
    invitations: [
      { organisation: "CC Côtes de Meuse Woëvre", actorType: "epci", territory: { kind: "epci", code: COTES_DE_MEUSE } },
      { organisation: "Mairie de Verdun", actorType: "autre", territory: { kind: "commune", code: VERDUN } },
      { organisation: "Association des maires de la Meuse", actorType: "association-des-maires" },
    ],
  }));
});
afterAll(async () => service?.stop());

describe("a fresh link opens with what the invitation already says", () => {
  it("prefills the structure and the territory from the invitation", async () => {
    expect(await open(links[0]!.token)).toMatchObject({ draft: { "structure-type": "epci", territoires: [COTES_DE_MEUSE] }, draftSavedAt: null });
    expect((await open(links[1]!.token)).draft).toEqual({ "structure-type": "autre", territoires: [VERDUN] });
  });

  it("leaves unanswered what the invitation cannot say", async () => {
    // « association-des-maires » is not one of the question's options, and no territory was given.
    expect((await open(links[2]!.token)).draft).toEqual({});
  });

  it("gives back the respondent's own draft once one was saved, even without the prefilled answers", async () => {
    const token = links[0]!.token;
    const saved = await apiClient(service.url).mutate("respondent.saveDraft", { token, answers: { "structure-type": "petr" } });
    expect(saved.status).toBe(200);
    expect((await open(token)).draft).toEqual({ "structure-type": "petr" });
  });
});
