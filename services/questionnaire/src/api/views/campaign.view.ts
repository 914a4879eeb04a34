import { actorTypeSchema, answerEvidenceSchema, departmentCodeSchema, isoDateTimeSchema, territorySchema, themeCodeSchema } from "@tetris/shared";
import { z } from "zod";
import { activeInvitationCount, type Campaign, type CampaignWithInvitations, type Invitation } from "../../domain/campaign.js";

/** An invitation as staff see it. Never the link material (linkNonce): the token is asked for on its own. */
export const invitationViewSchema = z.object({
  invitationId: z.string(),
  organisation: z.string(),
  actorType: actorTypeSchema,
  territory: territorySchema.nullable().describe("The commune or EPCI the actor speaks for, or null."),
  contactName: z.string().nullable(),
  contactEmail: z.string().nullable(),
  revokedAt: isoDateTimeSchema.nullable().describe("When its link was revoked; null while the link works."),
});

const rankedThemeViewSchema = z.object({
  themeCode: themeCodeSchema,
  label: z.string(),
  rank: z.number().int().positive().describe("1 for the first theme; ties keep the order of the template's themes."),
  score: z.number().nonnegative().describe("Sum of the points the submitted answers give the theme."),
  explanation: z.string().describe("How the score was made, in French, for the facilitator."),
  topContributions: z
    .array(
      answerEvidenceSchema.extend({
        responseId: answerEvidenceSchema.shape.responseId.describe("The invitationId of the respondent (a response is keyed by its invitation)."),
        contribution: z.number().describe("Points this answer gave the theme."),
      }),
    )
    .describe("The answers that weighed most (three at most), with the value as the respondent gave it."),
});

/** What staff see of a campaign: its state, invitations and ranking; never the outbox, version or link material. */
export const campaignViewSchema = z.object({
  campaignId: z.string(),
  caseId: z.string().describe("`case-<departmentCode>-<edition>`: one campaign per case."),
  departmentCode: departmentCodeSchema,
  title: z.string(),
  contact: z
    .object({ service: z.string(), email: z.string().nullable(), phone: z.string().nullable() })
    .nullable()
    .describe("Whom respondents may ask about the questionnaire; null if none was given."),
  templateId: z.string(),
  templateVersion: z.number().int().positive(),
  opensAt: isoDateTimeSchema,
  closesAt: isoDateTimeSchema.describe("Links stop accepting answers at this time, even if staff have not closed the campaign."),
  status: z
    .enum(["open", "closed"])
    .describe("`closed` once staff have closed it (`campaigns.close`); past `closesAt` it stays `open` but no longer accepts answers."),
  closedAt: isoDateTimeSchema.nullable().describe("When staff closed it; null while open."),
  invitations: z.array(invitationViewSchema),
  ranking: z
    .array(rankedThemeViewSchema)
    .nullable()
    .describe("Every theme of the template in rank order, computed at closing from the last submissions; null while open."),
});
export type CampaignView = z.infer<typeof campaignViewSchema>;

/** A campaign in a list: its state without the invitations, which `campaigns.get` gives. */
export const campaignSummaryViewSchema = campaignViewSchema.omit({ invitations: true }).extend({
  activeInvitations: z.number().int().nonnegative().describe("Invitations whose link has not been revoked."),
});
export type CampaignSummaryView = z.infer<typeof campaignSummaryViewSchema>;

function invitationView(i: Invitation): CampaignView["invitations"][number] {
  return {
    invitationId: i.invitationId,
    organisation: i.organisation,
    actorType: i.actorType,
    territory: i.territory ?? null,
    contactName: i.contactName ?? null,
    contactEmail: i.contactEmail ?? null,
    revokedAt: i.revokedAt?.toISOString() ?? null,
  };
}

/** Field by field, so that whatever else the document holds stays in the database. */
export function campaignView(c: CampaignWithInvitations): CampaignView {
  const { activeInvitations: _listOnly, ...summary } = campaignSummaryView(c);
  return { ...summary, invitations: c.invitations.map(invitationView) };
}

export function campaignSummaryView(c: Campaign): CampaignSummaryView {
  return {
    campaignId: c._id,
    caseId: c.caseId,
    departmentCode: c.departmentCode,
    title: c.title,
    contact: c.contact ?? null,
    templateId: c.templateId,
    templateVersion: c.templateVersion,
    opensAt: c.opensAt.toISOString(),
    closesAt: c.closesAt.toISOString(),
    status: c.status,
    closedAt: c.closedAt?.toISOString() ?? null,
    activeInvitations: activeInvitationCount(c),
    // The ranking holds no dates: themes, scores and quoted answer values.
    ranking: c.ranking ?? null,
  };
}
