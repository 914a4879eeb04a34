import { assertDepartment, router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import { closeCampaign } from "../application/close-campaign.js";
import type { QuestionnaireDeps } from "../application/deps.js";
import { campaignAnswers } from "../application/follow/campaign-answers.js";
import { campaignParticipation } from "../application/follow/campaign-participation.js";
import { invitationInput } from "../application/invitation-input.js";
import { invitationsOf, withInvitations } from "../application/invitations.js";
import { loadCampaignFor, loadCaseCampaignFor } from "../application/load-campaign.js";
import { inviteActors, revokeInvitation } from "../application/manage-invitations.js";
import { openCampaign, openCampaignInput } from "../application/open-campaign.js";
import { answersSummaryViewSchema, type AnswersSummaryView } from "./views/answers-summary.view.js";
import { campaignSummaryView, campaignSummaryViewSchema, campaignView, campaignViewSchema } from "./views/campaign.view.js";
import { invitationLinkSchema, newInvitationLinkSchema, revokedInvitationSchema } from "./views/invitation.view.js";
import { participationViewSchema } from "./views/participation.view.js";

const idSchema = z.string().trim().min(1).max(100);
const campaignInput = z.object({ campaignId: idSchema });

// The errors of every procedure that loads a campaign by its id: another département's
// campaign answers as if it did not exist, so that ids cannot be probed.
const campaignNotFound = "404 if the campaign does not exist or belongs to a département that is not the caller's (the same answer)";
const closed = "409 if the campaign is closed";
const changedMeanwhile = "409 if the campaign changed meanwhile (reload it and try again)";
const unknownTerritory =
  "400 naming each invitation whose territory is not a commune or EPCI of the département (path `invitations.<index>.territory.code`)";

export function campaignsRouter(deps: QuestionnaireDeps) {
  const staff = staffProcedure("anct", "prefecture");
  const readers = staffProcedure("anct", "prefecture", "partner");
  return router({
    open: staff
      .meta({
        summary:
          "Opens the campaign of a case (one per département and edition, case id `case-<departmentCode>-<edition>`) on a published " +
          "template version (the latest unless `templateVersion` is given), with its first invitations, and emits `CampaignOpened`. " +
          "Links accept answers from `opensAt` (now if omitted) until `closesAt`. The answer holds no link tokens: " +
          "get them with `campaigns.invitationLinks`.",
        errors: [
          "403 if `departmentCode` is not one of the caller's départements",
          "404 if the template has no published version, or `templateVersion` is not a published one",
          "409 if the case already has a campaign",
          "400 if `closesAt` is not after `opensAt` (path `closesAt`)",
          unknownTerritory,
        ],
      })
      .input(openCampaignInput)
      .output(campaignViewSchema)
      .mutation(async ({ ctx, input }) => {
        assertDepartment(ctx.principal, input.departmentCode);
        return campaignView(await openCampaign(deps, input, ctx.correlationId));
      }),

    invite: staff
      .meta({
        summary:
          "Invites more actors to an open campaign and answers the secret link token of each new invitation, in the order given: " +
          "send each actor its own. A territory is given by its code; its name comes from the official referential.",
        errors: [campaignNotFound, closed, changedMeanwhile, unknownTerritory],
      })
      .input(campaignInput.extend({ invitations: z.array(invitationInput).min(1).max(2000) }))
      .output(z.array(newInvitationLinkSchema))
      .mutation(async ({ ctx, input }) => {
        const invitations = await inviteActors(deps, input.campaignId, input.invitations, ctx.principal, ctx.correlationId);
        return invitations.map((i) => ({ invitationId: i.invitationId, organisation: i.organisation, token: deps.links.tokenFor(i) }));
      }),

    revokeInvitation: staff
      .meta({
        summary:
          "Revokes an invitation's link at once: the respondent can still open it (and is told why) but can no longer save or submit. " +
          "What it already submitted still counts. To give the actor a new link, invite it again.",
        errors: [
          campaignNotFound,
          "404 if the campaign has no such invitation",
          closed,
          "409 if the invitation is already revoked",
          changedMeanwhile,
        ],
      })
      .input(campaignInput.extend({ invitationId: idSchema }))
      .output(revokedInvitationSchema)
      .mutation(async ({ ctx, input }) => {
        await revokeInvitation(deps, input.campaignId, input.invitationId, ctx.principal, ctx.correlationId);
        return { invitationId: input.invitationId, revoked: true as const };
      }),

    invitationLinks: staff
      .meta({
        summary:
          "The secret link token of every invitation of the campaign, revoked ones included (flagged), for staff to send or copy again. " +
          "A token stays the same for the life of its invitation.",
        errors: [campaignNotFound],
      })
      .input(campaignInput)
      .output(z.array(invitationLinkSchema))
      .query(async ({ ctx, input }) => {
        const campaign = await loadCampaignFor(deps, input.campaignId, ctx.principal);
        return (await invitationsOf(deps, campaign)).map((i) => ({
          invitationId: i.invitationId,
          organisation: i.organisation,
          token: deps.links.tokenFor(i),
          revoked: i.revokedAt !== null,
        }));
      }),

    close: staff
      .meta({
        summary:
          "Closes the campaign for good: links stop accepting answers, the themes are ranked from each respondent's last submission, " +
          "and `CampaignClosed` is emitted. Answers the closed campaign with its `ranking`.",
        errors: [campaignNotFound, "409 if the campaign is already closed", changedMeanwhile],
      })
      .input(campaignInput)
      .output(campaignViewSchema)
      .mutation(async ({ ctx, input }) => campaignView(await closeCampaign(deps, input.campaignId, ctx.principal, ctx.correlationId))),

    participation: readers
      .meta({
        summary:
          "Participation so far, by actor type and by EPCI, and the active invitations that have not submitted yet, with their " +
          "contact and whether they started a draft: who to remind.",
        errors: [campaignNotFound],
      })
      .input(campaignInput)
      .output(participationViewSchema)
      .query(async ({ ctx, input }) => campaignParticipation(deps, input.campaignId, ctx.principal)),

    answers: readers
      .meta({
        summary:
          "The answers submitted so far (each respondent's last submission), question by question according to the question's type " +
          "(counts per option, ranking positions, averages, territories chosen, the texts with their organisation), and the free " +
          "texts theme by theme. Drafts are not included.",
        errors: [campaignNotFound],
      })
      .input(campaignInput)
      .output(answersSummaryViewSchema)
      // summariseQuestion sets `type` before it narrows on it, so its static type is wider than
      // what it returns; the output schema checks the pairs of type and fields at run time.
      .query(async ({ ctx, input }) => (await campaignAnswers(deps, input.campaignId, ctx.principal)) as AnswersSummaryView),

    get: readers
      .meta({
        summary: "A campaign with its invitations (revoked ones included, with when) and, once closed, its ranking.",
        errors: [campaignNotFound],
      })
      .input(campaignInput)
      .output(campaignViewSchema)
      .query(async ({ ctx, input }) => campaignView(await withInvitations(deps, await loadCampaignFor(deps, input.campaignId, ctx.principal)))),

    byCase: readers
      .meta({
        summary: "The campaign of a case, found by its case id (`case-<departmentCode>-<edition>`).",
        errors: ["404 if the case has no campaign or is in a département that is not the caller's (the same answer)"],
      })
      .input(z.object({ caseId: idSchema }))
      .output(campaignViewSchema)
      .query(async ({ ctx, input }) => campaignView(await withInvitations(deps, await loadCaseCampaignFor(deps, input.caseId, ctx.principal)))),

    list: readers
      .meta({
        summary:
          "The campaigns of the départements the caller may see (every département for ANCT), latest opening first, 200 at most, " +
          "without their invitations (`campaigns.get` gives them).",
      })
      .output(z.array(campaignSummaryViewSchema))
      .query(async ({ ctx }) => {
        const filter = ctx.principal.role === "anct" ? {} : { departmentCode: { $in: ctx.principal.departments } };
        const campaigns = await deps.campaigns.find(filter).sort({ opensAt: -1 }).limit(200).lean();
        return campaigns.map(campaignSummaryView);
      }),
  });
}
