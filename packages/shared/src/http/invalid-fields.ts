import { TRPCError } from "@trpc/server";

export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * Input that passed its schema but breaks a rule only the server can check (an answer against
 * its template, a territory against the referential): a 400 naming each field at fault, in
 * the same `issues` shape as schema errors.
 */
export function invalidFields(issues: FieldIssue[]): never {
  throw new TRPCError({
    code: "BAD_REQUEST",
    message: `Données invalides : ${issues.map((i) => `${i.path} : ${i.message}`).join(" ; ")}`,
    cause: new InvalidFieldsError(issues),
  });
}

export class InvalidFieldsError extends Error {
  override name = "InvalidFieldsError";
  constructor(readonly issues: FieldIssue[]) {
    super("invalid fields");
  }
}
