import { TRPCError } from "@trpc/server";
import { invitationRefusal } from "../../domain/campaign.js";
import type { QuestionnaireDeps } from "../deps.js";
import { campaignOfInvitation } from "../invitations.js";

type RespondentDeps = Pick<QuestionnaireDeps, "campaigns" | "invitations" | "invitationBatches" | "links" | "now">;

/**
 * The campaign and invitation behind a respondent's link. A link that does not exist and a
 * forged one get the same 404, so a link cannot be guessed by trial; a revoked link or a
 * closed campaign gets a 403 that says why.
 */
export async function resolveInvitation(deps: RespondentDeps, token: string) {
  const unknown = () => new TRPCError({ code: "NOT_FOUND", message: "Lien d'invitation inconnu : vérifiez l'adresse reçue" });
  const invitationId = deps.links.invitationIdOf(token);
  if (!invitationId) throw unknown();
  const found = await campaignOfInvitation(deps, invitationId);
  if (!found || !deps.links.isAuthentic(found.invitation, token)) throw unknown();
  const { campaign, invitation } = found;
  const refusal = invitationRefusal(campaign, invitation, deps.now());
  return { campaign, invitation, refusal };
}

export async function usableInvitation(deps: RespondentDeps, token: string) {
  const resolved = await resolveInvitation(deps, token);
  if (resolved.refusal) throw new TRPCError({ code: "FORBIDDEN", message: resolved.refusal });
  return resolved;
}
