import { randomUUID } from "node:crypto";
import { findByIds, insertAllOnce, insertOnce } from "@tetris/shared";
import { revokedAtOf, type Campaign, type CampaignWithInvitations, type Invitation, type InvitationBatch } from "../domain/campaign.js";
import type { InvitationRecord } from "../infrastructure/invitation.model.js";
import type { QuestionnaireDeps } from "./deps.js";

type InvitationDeps = Pick<QuestionnaireDeps, "invitations" | "invitationBatches">;

/**
 * Writes new invitations and their batch, before the campaign write that records the batch
 * and announces it: if the process dies between the two, the batch is in no campaign and its
 * links read as unknown. Null when there is nothing to write.
 */
export async function recordInvitations(
  deps: InvitationDeps,
  campaignId: string,
  invitations: readonly Invitation[],
  batchId: string = randomUUID(),
): Promise<InvitationBatch | null> {
  if (invitations.length === 0) return null;
  await insertAllOnce(
    deps.invitations,
    invitations.map(({ invitationId, revokedAt: _revocationIsTheCampaigns, ...rest }) => ({ _id: invitationId, campaignId, batchId, ...rest })),
  );
  await insertOnce(deps.invitationBatches, { _id: batchId, campaignId, invitationIds: invitations.map((i) => i.invitationId) });
  return { batchId, count: invitations.length };
}

/** The ids of the campaign's invitations, in the order they were made. */
export async function invitationIdsOf(deps: Pick<QuestionnaireDeps, "invitationBatches">, campaign: Pick<Campaign, "invitationBatches">): Promise<string[]> {
  const batches = await findByIds(deps.invitationBatches, campaign.invitationBatches.map((b) => b.batchId));
  const byId = new Map(batches.map((b) => [b._id, b.invitationIds]));
  return campaign.invitationBatches.flatMap((b) => byId.get(b.batchId) ?? []);
}

/** The campaign's invitations, in the order they were made, each with its revocation. */
export async function invitationsOf(deps: InvitationDeps, campaign: Pick<Campaign, "invitationBatches" | "revocations">): Promise<Invitation[]> {
  const ids = await invitationIdsOf(deps, campaign);
  const records = new Map((await findByIds(deps.invitations, ids)).map((r) => [r._id, r]));
  return ids.flatMap((id) => {
    const record = records.get(id);
    return record ? [invitationOf(record, campaign)] : [];
  });
}

/** The campaign with its invitations read, as staff see it. */
export async function withInvitations(deps: InvitationDeps, campaign: Campaign): Promise<CampaignWithInvitations> {
  return { ...campaign, invitations: await invitationsOf(deps, campaign) };
}

/** One invitation of this campaign; null when the campaign did not make it (or never recorded its batch). */
export async function invitationIn(
  deps: InvitationDeps,
  campaign: Pick<Campaign, "_id" | "invitationBatches" | "revocations">,
  invitationId: string,
): Promise<Invitation | null> {
  const record = await deps.invitations.findById(invitationId).lean();
  return record && belongsTo(record, campaign) ? invitationOf(record, campaign) : null;
}

/** The invitation behind a respondent's link and its campaign, both read by `_id`; null when none. */
export async function campaignOfInvitation(deps: InvitationDeps & Pick<QuestionnaireDeps, "campaigns">, invitationId: string): Promise<{ campaign: Campaign; invitation: Invitation } | null> {
  const record = await deps.invitations.findById(invitationId).lean();
  if (!record) return null;
  const campaign = await deps.campaigns.findById(record.campaignId).lean();
  return campaign && belongsTo(record, campaign) ? { campaign, invitation: invitationOf(record, campaign) } : null;
}

function belongsTo(record: InvitationRecord, campaign: Pick<Campaign, "_id" | "invitationBatches">): boolean {
  return record.campaignId === campaign._id && campaign.invitationBatches.some((b) => b.batchId === record.batchId);
}

function invitationOf(record: InvitationRecord, campaign: Pick<Campaign, "revocations">): Invitation {
  return {
    invitationId: record._id,
    organisation: record.organisation,
    actorType: record.actorType,
    territory: record.territory ?? null,
    contactName: record.contactName ?? null,
    contactEmail: record.contactEmail ?? null,
    linkNonce: record.linkNonce,
    revokedAt: revokedAtOf(campaign, record._id),
  };
}
