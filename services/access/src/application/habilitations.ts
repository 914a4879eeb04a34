import { randomUUID } from "node:crypto";
import { conflict, findByIds, isDuplicateKeyError, type Role } from "@tetris/shared";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { checkGrant, grantFields, habilitationOfAgent, sameGrant, type Actor, type Habilitation, type HabilitationValue } from "../domain/habilitation.js";
import { holderKey, holderSchema, holderValue, type Holder } from "../domain/holder.js";
import type { HabilitationGranted, HabilitationWithdrawn } from "../domain/journal-events.js";
import type { HabilitationDocument } from "../infrastructure/habilitation.model.js";
import type { AccessDeps } from "./deps.js";

export const grantInput = z
  .object({
    holder: holderSchema,
    label: z.string().trim().min(1, "Le libellé ne peut pas être vide").max(200, "200 caractères au plus").optional(),
    ...grantFields,
  })
  .superRefine(checkGrant);
export type GrantInput = z.infer<typeof grantInput>;

export const withdrawInput = z.object({ holder: holderSchema });

/** Two administrators changing one holder at once: the loser computes again from the winner's state. */
const ATTEMPTS = 5;

function valueOf(doc: HabilitationDocument): HabilitationValue {
  return { role: doc.role, departments: doc.departments, label: doc.label };
}

function habilitationOf(doc: HabilitationDocument): Habilitation {
  return { holder: doc.holder, ...valueOf(doc), grantedAt: doc.grantedAt, grantedBy: doc.grantedBy };
}

/**
 * Sets the holder's habilitation (replacing any previous one) and records the grant with who,
 * when and what it replaced, in one write. Granting what the holder already has changes
 * nothing and records nothing.
 */
export async function grantHabilitation(deps: AccessDeps, input: GrantInput, actor: Actor): Promise<Habilitation> {
  const key = holderKey(input.holder);
  const next: HabilitationValue = { role: input.role, departments: input.departments, label: input.label ?? null };
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const doc = await deps.habilitations.findById(key).lean<HabilitationDocument>();
    const current = doc?.status === "current" ? valueOf(doc) : null;
    if (doc && current && sameGrant(current, next)) return habilitationOf(doc);
    const now = deps.now();
    const event: HabilitationGranted = {
      id: randomUUID(),
      type: "HabilitationGranted",
      version: 1,
      occurredAt: now,
      actor,
      holder: input.holder,
      ...next,
      previous: current,
    };
    const state = { holder: input.holder, status: "current" as const, ...next, grantedAt: now, grantedBy: actor, withdrawnAt: null };
    if (!doc) {
      try {
        await deps.habilitations.create({ _id: key, ...state, revision: 1, history: [event] });
      } catch (err) {
        if (isDuplicateKeyError(err)) continue;
        throw err;
      }
    } else {
      const written = await deps.habilitations.updateOne(
        { _id: key, revision: doc.revision },
        { $set: state, $inc: { revision: 1 }, $push: { history: event } },
      );
      if (written.matchedCount === 0) continue;
    }
    return { holder: input.holder, ...next, grantedAt: now, grantedBy: actor };
  }
  conflict("Cette habilitation a été modifiée en même temps par quelqu'un d'autre : réessayez.");
}

/** Removes the holder's habilitation, keeping it as withdrawn with the record of who and when. */
export async function withdrawHabilitation(deps: AccessDeps, holder: Holder, actor: Actor): Promise<void> {
  const key = holderKey(holder);
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const doc = await deps.habilitations.findById(key).lean<HabilitationDocument>();
    if (!doc || doc.status !== "current") {
      throw new TRPCError({ code: "NOT_FOUND", message: `Aucune habilitation en cours pour ${holderValue(holder)}` });
    }
    const now = deps.now();
    const event: HabilitationWithdrawn = {
      id: randomUUID(),
      type: "HabilitationWithdrawn",
      version: 1,
      occurredAt: now,
      actor,
      holder,
      previous: valueOf(doc),
    };
    const written = await deps.habilitations.updateOne(
      { _id: key, revision: doc.revision },
      { $set: { status: "withdrawn", withdrawnAt: now }, $inc: { revision: 1 }, $push: { history: event } },
    );
    if (written.matchedCount === 1) return;
  }
  conflict("Cette habilitation a été modifiée en même temps par quelqu'un d'autre : réessayez.");
}

/** The current habilitations, by label (or holder when there is none), in French order. */
export async function currentHabilitations(deps: AccessDeps): Promise<Habilitation[]> {
  const docs = await deps.habilitations.find({ status: "current" }, { history: 0 }).lean<HabilitationDocument[]>();
  const sortKey = (h: Habilitation) => h.label ?? holderValue(h.holder);
  return docs.map(habilitationOf).sort((a, b) => sortKey(a).localeCompare(sortKey(b), "fr") || holderKey(a.holder).localeCompare(holderKey(b.holder)));
}

/**
 * What a signed-in agent may do, from the grants as they are now: the one on their address
 * (any case) wins over the one on their organisation's SIRET; none gives null.
 */
export async function habilitationOfIdentity(
  deps: AccessDeps,
  identity: { email: string; siret: string | null },
): Promise<{ role: Role; departments: string[] } | null> {
  const byEmail = holderKey({ kind: "email", email: identity.email.trim().toLowerCase() });
  const bySiret = identity.siret ? holderKey({ kind: "siret", siret: identity.siret }) : null;
  const docs = await findByIds(deps.habilitations, bySiret ? [byEmail, bySiret] : [byEmail], { history: 0 });
  const current = (key: string | null) => {
    const doc = docs.find((d) => d._id === key && d.status === "current");
    return doc ? valueOf(doc) : null;
  };
  return habilitationOfAgent(current(byEmail), current(bySiret));
}
