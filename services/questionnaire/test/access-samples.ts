import type { SampleTable } from "@tetris/shared/testing";
import { miniTemplate, staff, type Service } from "./questionnaire-test-kit.js";

const CAMPAIGN_TITLE = "Cadrage confidentiel — Meuse";

/**
 * Département A (Meuse, 55) with something behind every procedure: a published template, an
 * open campaign with three invitations, one of them revoked later, and a respondent's draft.
 */
export async function meuseCampaign(service: Service) {
  const anct = await staff(service);
  await anct.mutate("templates.saveDraft", miniTemplate);
  await anct.mutate("templates.publish", { templateId: miniTemplate.templateId, version: 1 });
  const prefecture = await staff(service, "prefecture", ["55"]);
  const opened = await prefecture.mutate<{ campaignId: string; caseId: string }>("campaigns.open", {
    departmentCode: "55",
    edition: 2026,
    title: CAMPAIGN_TITLE,
    closesAt: new Date(Date.now() + 86_400_000).toISOString(),
    templateId: miniTemplate.templateId,
    invitations: [
      { organisation: "Communauté secrète de Meuse", actorType: "epci", territory: { kind: "epci", code: "200034874" }, contactEmail: "secret@example.fr" },
      { organisation: "Mairie discrète de Bar-le-Duc", actorType: "autre", territory: { kind: "commune", code: "55029" } },
      { organisation: "Tiers-lieu caché", actorType: "tiers-lieu" },
    ],
  });
  if (opened.status !== 200) throw new Error(`campaigns.open: ${opened.status} ${opened.error?.message}`);
  const links = await prefecture.query<{ invitationId: string; organisation: string; token: string }[]>("campaigns.invitationLinks", {
    campaignId: opened.data.campaignId,
  });
  const [respondent, toRevoke] = links.data;
  await prefecture.mutate("respondent.saveDraft", { token: respondent!.token, answers: { mediation: "oui" } });
  return {
    campaignId: opened.data.campaignId,
    caseId: opened.data.caseId,
    respondentToken: respondent!.token,
    revokedInvitationId: toRevoke!.invitationId,
    /** What a caller of another département must never read. */
    secrets: [CAMPAIGN_TITLE, "secret@example.fr", ...links.data.flatMap((l) => [l.organisation, l.invitationId, l.token])],
  };
}
export type MeuseCampaign = Awaited<ReturnType<typeof meuseCampaign>>;

const answers = { mediation: "oui", "tiers-lieu": "non", couverture: 3 };

/**
 * One valid input per procedure, in the order the allowed callers run them: what ends the
 * campaign (`campaigns.close`) comes last, after the respondent's calls it would refuse.
 */
export const questionnaireSamples: SampleTable<MeuseCampaign> = {
  "templates.list": () => ({ input: undefined, scope: "global" }),
  "templates.get": () => ({ input: { templateId: miniTemplate.templateId, version: 1 }, scope: "global" }),
  "templates.saveDraft": () => ({ input: { ...miniTemplate, templateId: "matrix-template" }, scope: "global" }),
  "templates.publish": () => ({ input: { templateId: "matrix-template", version: 1 }, scope: "global" }),
  "campaigns.list": () => ({ input: undefined }),
  "campaigns.get": (a) => ({ input: { campaignId: a.campaignId } }),
  "campaigns.byCase": (a) => ({ input: { caseId: a.caseId } }),
  "campaigns.open": () => ({
    input: { departmentCode: "55", edition: 2027, title: "Édition suivante", closesAt: new Date(Date.now() + 86_400_000).toISOString(), templateId: miniTemplate.templateId, invitations: [] },
  }),
  "campaigns.invite": (a) => ({ input: { campaignId: a.campaignId, invitations: [{ organisation: "Nouvel acteur", actorType: "autre" }] } }),
  "campaigns.revokeInvitation": (a) => ({ input: { campaignId: a.campaignId, invitationId: a.revokedInvitationId } }),
  "campaigns.invitationLinks": (a) => ({ input: { campaignId: a.campaignId } }),
  "campaigns.participation": (a) => ({ input: { campaignId: a.campaignId } }),
  "campaigns.answers": (a) => ({ input: { campaignId: a.campaignId } }),
  "respondent.open": (a) => ({ input: { token: a.respondentToken } }),
  "respondent.saveDraft": (a) => ({ input: { token: a.respondentToken, answers } }),
  "respondent.saveAnswers": (a) => ({ input: { token: a.respondentToken, answers } }),
  "respondent.submit": (a) => ({ input: { token: a.respondentToken, answers } }),
  "campaigns.close": (a) => ({ input: { campaignId: a.campaignId } }),
};
