import { createHmac, timingSafeEqual } from "node:crypto";
import type { Invitation } from "../domain/campaign.js";

/**
 * A respondent's link carries `<invitationId>.<signature>`: unguessable without the
 * installation's secret, re-derivable for staff who need to copy it again, and nothing secret
 * is stored in the database. Revocation is the campaign's, checked on every use.
 */
export function invitationLinks(secret: string) {
  const key = createHmac("sha256", secret).update("tetris:invitation-links").digest();
  const signature = (invitationId: string, nonce: string) =>
    createHmac("sha256", key).update(`${invitationId}.${nonce}`).digest("base64url");

  return {
    tokenFor(invitation: Pick<Invitation, "invitationId" | "linkNonce">): string {
      return `${invitation.invitationId}.${signature(invitation.invitationId, invitation.linkNonce)}`;
    },
    /** The invitation a token claims to be for, before its signature is checked. */
    invitationIdOf(token: string): string | null {
      return /^([0-9a-f-]{36})\.[A-Za-z0-9_-]{43}$/.exec(token)?.[1] ?? null;
    },
    isAuthentic(invitation: Pick<Invitation, "invitationId" | "linkNonce">, token: string): boolean {
      const expected = Buffer.from(this.tokenFor(invitation));
      const given = Buffer.from(token);
      return expected.length === given.length && timingSafeEqual(expected, given);
    },
  };
}
export type InvitationLinks = ReturnType<typeof invitationLinks>;
