import { notFound, assertDepartment, router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import { closeCampaign } from "../application/close-campaign.js";
import type { QuestionnaireDeps } from "../application/deps.js";
import { campaignAnswers } from "../application/follow/campaign-answers.js";
import { campaignParticipation } from "../application/follow/campaign-participation.js";
import { invitationInput } from "../application/invitation-input.js";
import { loadCampaignFor } from "../application/load-campaign.js";
import { inviteActors, revokeInvitation } from "../application/manage-invitations.js";
import { openCampaign, openCampaignInput } from "../application/open-campaign.js";
import type { Campaign } from "../domain/campaign.js";

const idSchema = z.string().trim().min(1).max(100);
const campaignInput = z.object({ campaignId: idSchema });

/** What staff see of a campaign: its state and invitations, never the outbox or link material. */
function campaignView(c: Campaign) {
  return {
    campaignId: c._id,
    caseId: c.caseId,
    departmentCode: c.departmentCode,
    title: c.title,
    templateId: c.templateId,
    templateVersion: c.templateVersion,
    opensAt: c.opensAt.toISOString(),
    closesAt: c.closesAt.toISOString(),
    status: c.status,
    closedAt: c.closedAt ? c.closedAt.toISOString() : null,
    invitations: c.invitations.map(({ linkNonce: _nonce, revokedAt, ...i }) => ({ ...i, revokedAt: revokedAt?.toISOString() ?? null })),
    ranking: c.ranking,
  };
}

export function campaignsRouter(deps: QuestionnaireDeps) {
  const staff = staffProcedure("anct", "prefecture");
  const readers = staffProcedure("anct", "prefecture", "partner");
  return router({
    /** Opens the campaign of a case (one per département and edition). ANCT, or the préfecture of the département. */
    open: staff.input(openCampaignInput).mutation(async ({ ctx, input }) => {
      assertDepartment(ctx.principal, input.departmentCode);
      return campaignView(await openCampaign(deps, input, ctx.correlationId));
    }),

    /** Invites more actors while the campaign runs; answers their new invitations. */
    invite: staff
      .input(campaignInput.extend({ invitations: z.array(invitationInput).min(1).max(2000) }))
      .mutation(async ({ ctx, input }) => {
        const invitations = await inviteActors(deps, input.campaignId, input.invitations, ctx.principal);
        return invitations.map((i) => ({ invitationId: i.invitationId, organisation: i.organisation, token: deps.links.tokenFor(i) }));
      }),

    /** Revokes an invitation's link at once. */
    revokeInvitation: staff.input(campaignInput.extend({ invitationId: idSchema })).mutation(async ({ ctx, input }) => {
      await revokeInvitation(deps, input.campaignId, input.invitationId, ctx.principal);
      return { invitationId: input.invitationId, revoked: true };
    }),

    /** The secret link token of every invitation, for staff to send or copy again. */
    invitationLinks: staff.input(campaignInput).query(async ({ ctx, input }) => {
      const campaign = await loadCampaignFor(deps, input.campaignId, ctx.principal);
      return campaign.invitations.map((i) => ({
        invitationId: i.invitationId,
        organisation: i.organisation,
        token: deps.links.tokenFor(i),
        revoked: i.revokedAt !== null,
      }));
    }),

    /** Closes the campaign: ranks the themes from the last submissions and emits CampaignClosed. */
    close: staff
      .input(campaignInput)
      .mutation(async ({ ctx, input }) => campaignView(await closeCampaign(deps, input.campaignId, ctx.principal, ctx.correlationId))),

    /** Participation by actor type and EPCI, and who is still to remind. */
    participation: readers
      .input(campaignInput)
      .query(async ({ ctx, input }) => campaignParticipation(deps, input.campaignId, ctx.principal)),

    /** Submitted answers question by question, and free texts by theme. */
    answers: readers.input(campaignInput).query(async ({ ctx, input }) => campaignAnswers(deps, input.campaignId, ctx.principal)),

    /** The campaign of a case, for every role that may see the département. */
    byCase: readers.input(z.object({ caseId: idSchema })).query(async ({ ctx, input }) => {
      const campaign = await deps.campaigns.findOne({ caseId: input.caseId }).lean();
      if (!campaign) notFound("Campagne");
      assertDepartment(ctx.principal, campaign.departmentCode);
      return campaignView(campaign);
    }),

    /** The campaigns of the départements the caller may see, newest first. */
    list: readers.query(async ({ ctx }) => {
      const filter = ctx.principal.role === "anct" ? {} : { departmentCode: { $in: ctx.principal.departments } };
      const campaigns = await deps.campaigns.find(filter).sort({ opensAt: -1 }).limit(200).lean();
      return campaigns.map(campaignView);
    }),
  });
}
