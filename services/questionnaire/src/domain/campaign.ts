import type { RankedTheme } from "./theme-ranking.js";
import { RuleViolation, type ActorType, type DepartmentCode, type Territory } from "@tetris/shared";

/**
 * An actor invited to answer, as the use cases see it. Written once in its own document and
 * never changed: its revocation is a fact of the campaign (`revocations`), joined in here.
 */
export interface Invitation {
  invitationId: string;
  organisation: string;
  actorType: ActorType;
  territory: Territory | null;
  contactName: string | null;
  contactEmail: string | null;
  /** Part of what the link's signature covers: a new nonce would make a new link. */
  linkNonce: string;
  revokedAt: Date | null;
}

/**
 * The invitations made by one call (the opening, or one `invite`). Its invitations are
 * written first; the campaign then records the batch with its event, and only invitations of
 * a recorded batch count. Keeps the campaign small however many actors it invites: every
 * respondent's call reads it.
 */
export interface InvitationBatch {
  batchId: string;
  count: number;
}

export interface Revocation {
  invitationId: string;
  revokedAt: Date;
}

/** Whom respondents ask about the questionnaire: the préfecture's service running it. */
export interface CampaignContact {
  service: string;
  email: string | null;
  phone: string | null;
}

/** One campaign per case: the questionnaire's life from opening to the ranked themes. */
export interface Campaign {
  _id: string;
  caseId: string;
  departmentCode: DepartmentCode;
  title: string;
  /** Shown to respondents; null for campaigns opened before it was asked. */
  contact: CampaignContact | null;
  templateId: string;
  templateVersion: number;
  opensAt: Date;
  closesAt: Date;
  status: "open" | "closed";
  invitationBatches: InvitationBatch[];
  revocations: Revocation[];
  closedAt: Date | null;
  /** The ranking announced at closing, kept as it was computed. */
  ranking: RankedTheme[] | null;
}

/** A campaign with its invitations read, as staff see it. */
export type CampaignWithInvitations = Campaign & { invitations: Invitation[] };

export function revokedAtOf(campaign: Pick<Campaign, "revocations">, invitationId: string): Date | null {
  return campaign.revocations.find((r) => r.invitationId === invitationId)?.revokedAt ?? null;
}

/** Invitations whose link still works (or would, while the campaign runs). */
export function activeInvitationCount(campaign: Pick<Campaign, "invitationBatches" | "revocations">): number {
  return campaign.invitationBatches.reduce((n, b) => n + b.count, 0) - campaign.revocations.length;
}

/** A case is one département for one edition: its id says both. */
export function caseIdOf(departmentCode: string, edition: number): string {
  return `case-${departmentCode}-${edition}`;
}

export function assertCanClose(campaign: Pick<Campaign, "status">): void {
  if (campaign.status === "closed") throw new RuleViolation("La campagne est déjà clôturée");
}

/** Staff may change the invitations only while the campaign runs. */
export function assertOpen(campaign: Pick<Campaign, "status">): void {
  if (campaign.status === "closed") throw new RuleViolation("La campagne est clôturée : elle ne peut plus être modifiée");
}

/**
 * Why a respondent's link no longer works, or null when it does: revoked, campaign closed
 * (by staff or by its closing date), or not open yet.
 */
export function invitationRefusal(campaign: Pick<Campaign, "status" | "opensAt" | "closesAt">, invitation: Pick<Invitation, "revokedAt">, now: Date): string | null {
  if (invitation.revokedAt) return "Cette invitation a été révoquée : contactez la préfecture pour en recevoir une nouvelle.";
  if (campaign.status === "closed" || now >= campaign.closesAt) return "La campagne est close : les réponses ne sont plus acceptées.";
  if (now < campaign.opensAt) return `La campagne ouvre le ${campaign.opensAt.toLocaleDateString("fr-FR")}.`;
  return null;
}
