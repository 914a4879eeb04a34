import type { Principal } from "@tetris/shared";
import { participationOf } from "../close-campaign.js";
import type { QuestionnaireDeps } from "../deps.js";
import { invitationsOf } from "../invitations.js";
import { loadCampaignFor } from "../load-campaign.js";
import { responsesOf } from "../submitted-responses.js";
import { epciOfCommune } from "@tetris/shared";

const NO_EPCI = { code: "", name: "Sans territoire intercommunal" };

/**
 * Who answered and who did not, by actor type and by EPCI (a commune counts for its EPCI),
 * with the list of those still to remind.
 */
export async function campaignParticipation(deps: QuestionnaireDeps, campaignId: string, principal: Principal) {
  const campaign = await loadCampaignFor(deps, campaignId, principal);
  const invitations = await invitationsOf(deps, campaign);
  const responses = await responsesOf(deps, campaign._id, invitations.map((i) => i.invitationId), ["current", "draftSavedAt"]);
  const responded = new Set(responses.filter((r) => r.current).map((r) => r._id));
  const started = new Set(responses.filter((r) => !r.current && r.draftSavedAt).map((r) => r._id));
  const active = invitations.filter((i) => !i.revokedAt);

  const byEpci = new Map<string, { epciCode: string; epciName: string; invited: number; responded: number }>();
  for (const invitation of active) {
    const t = invitation.territory;
    const epci = !t ? NO_EPCI : t.kind === "epci" ? { code: t.code, name: t.name } : (epciOfCommune(t.code) ?? NO_EPCI);
    const counts = byEpci.get(epci.code) ?? { epciCode: epci.code, epciName: epci.name, invited: 0, responded: 0 };
    counts.invited++;
    if (responded.has(invitation.invitationId)) counts.responded++;
    byEpci.set(epci.code, counts);
  }

  return {
    ...participationOf(invitations, responded),
    byEpci: [...byEpci.values()].sort((a, b) => a.epciName.localeCompare(b.epciName, "fr")),
    toRemind: active
      .filter((i) => !responded.has(i.invitationId))
      .map((i) => ({
        invitationId: i.invitationId,
        organisation: i.organisation,
        actorType: i.actorType,
        contactName: i.contactName,
        contactEmail: i.contactEmail,
        draftStarted: started.has(i.invitationId),
      })),
  };
}
