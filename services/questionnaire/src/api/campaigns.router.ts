import { assertDepartment, notFound, router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import { closeCampaign } from "../application/close-campaign.js";
import type { QuestionnaireDeps } from "../application/deps.js";
import { openCampaign, openCampaignInput } from "../application/open-campaign.js";
import type { Campaign } from "../domain/campaign.js";

const idSchema = z.string().trim().min(1).max(100);

/** What clients see of a campaign: its state, never the outbox. */
function campaignView(c: Campaign & { version?: number }) {
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
    invitations: c.invitations,
  };
}

export function campaignsRouter(deps: QuestionnaireDeps) {
  return router({
    /** Opens the campaign of a case (one per département and edition). ANCT, or the préfecture of the département. */
    open: staffProcedure("anct", "prefecture")
      .input(openCampaignInput)
      .mutation(async ({ ctx, input }) => {
        assertDepartment(ctx.principal, input.departmentCode);
        return campaignView(await openCampaign(deps, input, ctx.correlationId));
      }),

    /** Closes the campaign: ranks the themes and emits CampaignClosed. */
    close: staffProcedure("anct", "prefecture")
      .input(z.object({ campaignId: idSchema }))
      .mutation(async ({ ctx, input }) =>
        campaignView(await closeCampaign(deps, input.campaignId, ctx.principal, ctx.correlationId)),
      ),

    /** The campaign of a case, for every role that may see the département. */
    byCase: staffProcedure("anct", "prefecture", "partner")
      .input(z.object({ caseId: idSchema }))
      .query(async ({ ctx, input }) => {
        const campaign = await deps.campaigns.findOne({ caseId: input.caseId }).lean();
        if (!campaign) notFound("Campagne");
        assertDepartment(ctx.principal, campaign.departmentCode);
        return campaignView(campaign);
      }),

    /** The campaigns of the départements the caller may see, newest first. */
    list: staffProcedure("anct", "prefecture", "partner").query(async ({ ctx }) => {
      const filter = ctx.principal.role === "anct" ? {} : { departmentCode: { $in: ctx.principal.departments } };
      const campaigns = await deps.campaigns.find(filter).sort({ opensAt: -1 }).limit(200).lean();
      return campaigns.map(campaignView);
    }),
  });
}
