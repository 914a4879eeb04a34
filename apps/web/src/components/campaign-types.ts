import type { ActorType } from "@tetris/shared";
import type { questionnaire } from "../api.js";

// The shapes the questionnaire service answers, read from its router through the typed client:
// a change of contract shows here as a type error, not as a blank cell.
type Campaigns = typeof questionnaire.campaigns;
export type CampaignView = Awaited<ReturnType<Campaigns["get"]["query"]>>;
export type CampaignSummary = Awaited<ReturnType<Campaigns["list"]["query"]>>[number];
export type CampaignInvitation = CampaignView["invitations"][number];
export type RankedTheme = NonNullable<CampaignView["ranking"]>[number];
export type InvitationLink = Awaited<ReturnType<Campaigns["invitationLinks"]["query"]>>[number];
export type Participation = Awaited<ReturnType<Campaigns["participation"]["query"]>>;
export type AnswersSummary = Awaited<ReturnType<Campaigns["answers"]["query"]>>;
export type QuestionSummary = AnswersSummary["questions"][number];
export type OpenCampaignInput = Parameters<Campaigns["open"]["mutate"]>[0];
export type InvitationInput = Parameters<Campaigns["invite"]["mutate"]>[0]["invitations"][number];
export type { ActorType };

/**
 * French labels of the actor types of `@tetris/shared` (`actorTypes`). A Record over the type,
 * so a type added to the contract fails the type check here until it has its label; the
 * shared package itself is not imported at run time (it carries the services' server code).
 */
export const actorTypeLabels: Record<ActorType, string> = {
  "conseil-departemental": "Conseil départemental",
  epci: "Intercommunalité (EPCI)",
  petr: "PETR",
  "association-des-maires": "Association des maires",
  "association-des-maires-ruraux": "Association des maires ruraux",
  "tiers-lieu": "Tiers-lieu",
  ddt: "DDT",
  sgar: "SGAR",
  region: "Région",
  "hub-regional": "Hub régional",
  autre: "Autre",
};

export const actorTypeOptions = Object.entries(actorTypeLabels) as [ActorType, string][];

/** The roles that run campaigns (open, invite, revoke, close); partners only read. */
export function isCampaignStaff(role: string | undefined): boolean {
  return role === "anct" || role === "prefecture";
}
