import type { DomainEvent } from "@tetris/shared";

const statusWords = {
  selected: "retenu",
  "in-accompaniment": "en accompagnement",
  paused: "mis en pause",
  abandoned: "abandonné",
  delivered: "livré",
} as const;

/** One line of a case's history, in French, from any service's event. */
export function describeEvent(event: DomainEvent): string {
  switch (event.type) {
    case "CampaignOpened":
      return `Campagne ouverte : « ${event.payload.title} » (${event.payload.invitations.length} acteurs invités)`;
    case "ActorsInvited":
      return `Invitation${event.payload.invitations.length > 1 ? "s" : ""} au questionnaire : ${event.payload.invitations.map((i) => i.organisation).join(", ")}`;
    case "InvitationRevoked":
      return "Lien d'invitation révoqué";
    case "ResponseSubmitted":
      return `Réponse reçue de ${event.payload.organisation}`;
    case "CampaignClosed": {
      const first = event.payload.rankedThemes[0];
      return `Campagne clôturée : ${event.payload.participation.responded}/${event.payload.participation.invited} réponses${first ? `, thème prioritaire « ${first.label} »` : ""}`;
    }
    case "WorkshopScheduled":
      return `Journée d'ateliers fixée au ${event.payload.date} (${event.payload.venue})`;
    case "NeedCaptured":
      return `Besoin exprimé : ${event.payload.need.statement}`;
    case "CandidateProjectProposed":
      return `Fiche projet proposée : « ${event.payload.title} » portée par ${event.payload.leadOrganisation}`;
    case "WorkshopCompleted":
      return `Journée d'ateliers terminée : ${event.payload.candidateIds.length} fiche(s) projet`;
    case "ProjectPrioritised":
      return `Projet classé n° ${event.payload.rank} (score ${event.payload.weightedScore})`;
    case "ProjectSelected":
      return `Projet retenu : ${event.payload.reason}`;
    case "ProjectNotSelected":
      return `Projet non retenu : ${event.payload.reason}`;
    case "AccompanimentPlanned":
      return `Accompagnement planifié (référent : ${event.payload.referent})`;
    case "MilestoneUpdated":
      return `Jalon « ${event.payload.title} » : ${event.payload.status}`;
    case "ProjectStatusChanged":
      return `Projet ${statusWords[event.payload.to]}${event.payload.reason ? ` : ${event.payload.reason}` : ""}`;
    case "ProjectDelivered":
      return "Projet livré";
  }
}
