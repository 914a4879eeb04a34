import { randomBytes, randomUUID } from "node:crypto";
import { actorTypeSchema, invalidFields } from "@tetris/shared";
import { z } from "zod";
import type { Invitation } from "../domain/campaign.js";
import { territoryExistsIn, territoryName } from "@tetris/shared";

/** An actor to invite; the territory it speaks for is named by its code only (the referential gives the name). */
export const invitationInput = z.object({
  organisation: z.string().trim().min(1).max(200),
  actorType: actorTypeSchema,
  contactName: z.string().trim().min(1).max(200).nullable().default(null),
  contactEmail: z.email("Adresse électronique invalide").max(320).nullable().default(null),
  territory: z
    .object({ kind: z.enum(["commune", "epci"]), code: z.string().trim().min(5).max(9) })
    .nullable()
    .default(null),
});
export type InvitationInput = z.infer<typeof invitationInput>;

/**
 * Turns the actors to invite into invitations, checking that each territory belongs to the
 * case's département in the official referential.
 */
export function newInvitations(departmentCode: string, inputs: InvitationInput[], path: string): Invitation[] {
  const exists = territoryExistsIn(departmentCode);
  return inputs.map((input, index) => {
    const { territory, ...rest } = input;
    if (territory && !exists(territory.code, territory.kind)) {
      const what = territory.kind === "epci" ? "EPCI" : "commune";
      invalidFields([{ path: `${path}.${index}.territory.code`, message: `${what} ${territory.code} inconnu(e) dans le département ${departmentCode}` }]);
    }
    return {
      invitationId: randomUUID(),
      ...rest,
      territory: territory ? { ...territory, name: territoryName(departmentCode, territory.code)! } : null,
      linkNonce: randomBytes(16).toString("base64url"),
      revokedAt: null,
    };
  });
}

/** What an event says of an invitation: no contact, no link material. */
export function invitationSummary(i: Invitation) {
  return { invitationId: i.invitationId, organisation: i.organisation, actorType: i.actorType, territory: i.territory };
}
