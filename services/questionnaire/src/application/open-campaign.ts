import { randomUUID } from "node:crypto";
import {
  conflict,
  createEvent,
  departmentCodeSchema,
  insertOnce,
  isoDateTimeSchema,
  newWithEvents,
} from "@tetris/shared";
import { z } from "zod";
import { caseIdOf, type Campaign, type CampaignWithInvitations } from "../domain/campaign.js";
import { defaultTemplate } from "../domain/template/default-template.js";
import type { QuestionnaireDeps } from "./deps.js";
import { invitationInput, invitationSummary, newInvitations } from "./invitation-input.js";
import { recordInvitations } from "./invitations.js";
import { findPublishedTemplate } from "./templates/find-template.js";

export const openCampaignInput = z
  .object({
    departmentCode: departmentCodeSchema,
    edition: z.number().int().min(2020).max(2100),
    title: z.string().trim().min(3).max(200),
    contact: z
      .object({
        service: z.string().trim().min(2).max(200).describe("The préfecture's service respondents may ask, e.g. « Préfecture de la Meuse — mission numérique »."),
        email: z.email("Adresse électronique invalide").max(320).nullable().default(null),
        phone: z.string().trim().regex(/^\+?[0-9 .()-]{6,25}$/, "Numéro de téléphone invalide").nullable().default(null),
      })
      .nullable()
      .default(null)
      .describe("Whom respondents may ask about the questionnaire: shown on their introduction page."),
    opensAt: isoDateTimeSchema.optional(),
    closesAt: isoDateTimeSchema,
    templateId: z.string().trim().min(1).max(100).default(defaultTemplate.templateId),
    /** Without it, the latest published version. */
    templateVersion: z.number().int().positive().optional(),
    invitations: z.array(invitationInput).max(2000).default([]),
  })
  .refine((i) => !i.opensAt || Date.parse(i.closesAt) > Date.parse(i.opensAt), {
    path: ["closesAt"],
    message: "La clôture doit suivre l'ouverture",
  });
export type OpenCampaignInput = z.infer<typeof openCampaignInput>;

/**
 * Opens the campaign of a case and announces it, in one document write (its first invitations
 * are written just before, see recordInvitations).
 */
export async function openCampaign(deps: QuestionnaireDeps, input: OpenCampaignInput, correlationId: string): Promise<CampaignWithInvitations> {
  const caseId = caseIdOf(input.departmentCode, input.edition);
  const template = await findPublishedTemplate(deps, input.templateId, input.templateVersion);
  const now = deps.now();
  const campaignId = randomUUID();
  const invitations = newInvitations(input.departmentCode, input.invitations, "invitations");
  const batch = await recordInvitations(deps, campaignId, invitations);
  const campaign: Campaign = {
    _id: campaignId,
    caseId,
    departmentCode: input.departmentCode,
    title: input.title,
    contact: input.contact,
    templateId: template.templateId,
    templateVersion: template.version,
    opensAt: input.opensAt ? new Date(input.opensAt) : now,
    closesAt: new Date(input.closesAt),
    status: "open",
    invitationBatches: batch ? [batch] : [],
    revocations: [],
    closedAt: null,
    ranking: null,
  };
  const event = createEvent(
    "CampaignOpened",
    { caseId, departmentCode: campaign.departmentCode, correlationId, causationId: null },
    {
      campaignId: campaign._id,
      title: campaign.title,
      templateId: campaign.templateId,
      templateVersion: campaign.templateVersion,
      opensAt: campaign.opensAt.toISOString(),
      closesAt: campaign.closesAt.toISOString(),
      invitations: invitations.map(invitationSummary),
    },
    now,
  );
  // The unique index on caseId refuses a second campaign for the case, even when two requests race.
  if (!(await insertOnce(deps.campaigns, { ...campaign, ...newWithEvents([event]) }))) {
    conflict(`Une campagne existe déjà pour le dossier ${caseId}`);
  }
  deps.eventsQueued();
  return { ...campaign, invitations };
}
