import type { Model, QueryFilter } from "mongoose";
import { canActOn, type Principal } from "../auth/principal.js";
import { notFound } from "../http/trpc.js";

/**
 * An aggregate the caller may act on, found by its id (or by another unique key, such as a
 * case id). One that belongs to another département answers exactly like one that does not
 * exist, `<label> introuvable` (404): ids are often guessable (`workshop-<campaignId>`,
 * `case-<département>-<edition>`), and a 403 would tell a caller what exists elsewhere.
 */
export async function loadFor<T extends { departmentCode: string }>(
  model: Model<T>,
  where: string | QueryFilter<T>,
  principal: Principal,
  label: string,
): Promise<T> {
  const doc = await (typeof where === "string" ? model.findById(where) : model.findOne(where)).lean<T>();
  if (!doc || !canActOn(principal, doc.departmentCode)) notFound(label);
  return doc;
}
