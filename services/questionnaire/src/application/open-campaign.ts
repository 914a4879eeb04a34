import { randomUUID } from "node:crypto";
import {
  actorTypeSchema,
  conflict,
  createEvent,
  departmentCodeSchema,
  insertOnce,
  isoDateTimeSchema,
  newWithEvents,
  territorySchema,
} from "@tetris/shared";
import { z } from "zod";
import { caseIdOf, type Campaign } from "../domain/campaign.js";
import type { QuestionnaireDeps } from "./deps.js";

export const openCampaignInput = z
  .object({
    departmentCode: departmentCodeSchema,
    edition: z.number().int().min(2020).max(2100),
    title: z.string().trim().min(3).max(200),
    opensAt: isoDateTimeSchema.optional(),
    closesAt: isoDateTimeSchema,
    invitations: z
      .array(
        z.object({
          organisation: z.string().trim().min(1).max(200),
          actorType: actorTypeSchema,
          territory: territorySchema.nullable().default(null),
        }),
      )
      .max(1000),
  })
  .refine((i) => !i.opensAt || Date.parse(i.closesAt) > Date.parse(i.opensAt), {
    path: ["closesAt"],
    message: "La clôture doit suivre l'ouverture",
  });
export type OpenCampaignInput = z.infer<typeof openCampaignInput>;

// The framing questionnaire ships as this template until templates are managed (questionnaire issue).
const DEFAULT_TEMPLATE = { id: "questionnaire-de-cadrage", version: 1 };

/** Opens the campaign of a case and announces it, in one document write. */
export async function openCampaign(deps: QuestionnaireDeps, input: OpenCampaignInput, correlationId: string): Promise<Campaign> {
  const caseId = caseIdOf(input.departmentCode, input.edition);
  if (await deps.campaigns.exists({ caseId })) conflict(`Une campagne existe déjà pour le dossier ${caseId}`);
  const now = deps.now();
  const campaign: Campaign = {
    _id: randomUUID(),
    caseId,
    departmentCode: input.departmentCode,
    title: input.title,
    templateId: DEFAULT_TEMPLATE.id,
    templateVersion: DEFAULT_TEMPLATE.version,
    opensAt: input.opensAt ? new Date(input.opensAt) : now,
    closesAt: new Date(input.closesAt),
    status: "open",
    invitations: input.invitations.map((i) => ({ invitationId: randomUUID(), ...i })),
    closedAt: null,
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
      invitations: campaign.invitations,
    },
    now,
  );
  // The unique index on caseId settles two requests that raced past the check above.
  if (!(await insertOnce(deps.campaigns, { ...campaign, ...newWithEvents([event]) }))) {
    conflict(`Une campagne existe déjà pour le dossier ${caseId}`);
  }
  deps.eventsQueued();
  return campaign;
}
