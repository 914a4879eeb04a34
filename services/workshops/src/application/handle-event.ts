import type { EventHandler } from "@tetris/shared";
import type { WorkshopsDeps } from "./deps.js";
import { forgetInvitation, rememberInvitations, rememberResponse } from "./learn-from-questionnaire.js";
import { prepareDraftWorkshop } from "./prepare-draft-workshop.js";

/** What the workshops service does with the events it consumes. */
export function workshopsEventHandler(deps: WorkshopsDeps): EventHandler {
  return async (event, logger) => {
    switch (event.type) {
      case "CampaignOpened":
      case "ActorsInvited":
        return rememberInvitations(deps, event);
      case "InvitationRevoked":
        return forgetInvitation(deps, event);
      case "ResponseSubmitted":
        return rememberResponse(deps, event);
      case "CampaignClosed":
        return prepareDraftWorkshop(deps, event, logger);
      default:
        return;
    }
  };
}
