// Campaigns opened through the questionnaire's public API, one per département and edition,
// inviting the département's actors from the official referential: the conseil
// départemental, every EPCI and every commune (up to what the caller asks for).
import { territoriesOf } from "@tetris/shared";

// The API takes at most 2,000 invitations per call.
const PER_CALL = 2000;

/** Every département of the referential that has communes (the overseas ones included). */
export function departmentCodes() {
  const codes = [];
  for (let n = 1; n <= 95; n++) if (n !== 20) codes.push(String(n).padStart(2, "0"));
  codes.splice(codes.indexOf("21"), 0, "2A", "2B");
  codes.push("971", "972", "973", "974", "976");
  return codes.filter((code) => territoriesOf(code).communes.length > 0);
}

/**
 * The actors of a département: the conseil départemental and the associations of mayors,
 * the EPCIs, and (with `communes`) every commune.
 */
export function actorsOf(departmentCode, { communes: withCommunes = false, others = true } = {}) {
  const { communes, epcis } = territoriesOf(departmentCode);
  return [
    ...(others
      ? [
          { organisation: `Conseil départemental (${departmentCode})`, actorType: "conseil-departemental" },
          { organisation: `Association des maires (${departmentCode})`, actorType: "association-des-maires" },
          { organisation: `Association des maires ruraux (${departmentCode})`, actorType: "association-des-maires-ruraux" },
        ]
      : []),
    ...epcis.map((e) => ({ organisation: e.name, actorType: "epci", territory: { kind: "epci", code: e.code } })),
    ...(withCommunes ? communes : []).map((c) => ({ organisation: `Commune de ${c.name}`, actorType: "autre", territory: { kind: "commune", code: c.code } })),
  ];
}

/**
 * Opens the campaign and returns its respondents: { token, invitationId, departmentCode,
 * territory, caseId, campaignId }.
 */
export async function openCampaign(questionnaire, { departmentCode, edition, actors }) {
  const closesAt = new Date(Date.now() + 365 * 24 * 3600 * 1000).toISOString();
  const campaign = await questionnaire.mutate("campaigns.open", {
    departmentCode,
    edition,
    title: `Banc d'essai — ${departmentCode} ${edition}`,
    closesAt,
    invitations: actors.slice(0, PER_CALL),
  });
  for (let from = PER_CALL; from < actors.length; from += PER_CALL) {
    await questionnaire.mutate("campaigns.invite", { campaignId: campaign.campaignId, invitations: actors.slice(from, from + PER_CALL) });
  }
  const links = await questionnaire.query("campaigns.invitationLinks", { campaignId: campaign.campaignId });
  // Links come in invitation order, which is the order the actors were sent in.
  if (links.length !== actors.length || links.some((link, i) => link.organisation !== actors[i].organisation)) {
    throw new Error(`campaigns.invitationLinks of ${campaign.caseId} does not list the invitations in the order sent`);
  }
  return {
    campaignId: campaign.campaignId,
    caseId: campaign.caseId,
    departmentCode,
    respondents: links.map((link, i) => ({
      token: link.token,
      invitationId: link.invitationId,
      departmentCode,
      territory: actors[i].territory ?? null,
    })),
  };
}
