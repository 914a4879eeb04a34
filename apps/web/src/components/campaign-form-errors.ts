import { describeError } from "../api.js";

export type FieldErrors = Record<string, string>;

/**
 * The server's field issues by field, e.g. `departmentCode` or, with prefix `invitations.0.`,
 * `territory.code`; the first message of a field wins. `rest` holds the issues of no known field.
 */
export function fieldErrorsOf(err: unknown, known: readonly string[], prefix = ""): { fields: FieldErrors; rest: string[] } {
  const fields: FieldErrors = {};
  const rest: string[] = [];
  for (const issue of describeError(err).issues) {
    const path = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
    const field = known.find((k) => path === k || path.startsWith(`${k}.`));
    if (field && !fields[field]) fields[field] = issue.message;
    else if (!field) rest.push(issue.path ? `${issue.path} : ${issue.message}` : issue.message);
  }
  return { fields, rest };
}

/**
 * The sentence for the top of a form whose call failed: a pointer to the fields when every issue
 * is under one, else what no field could show, else the server's message.
 */
export function failureMessageOf(err: unknown, { fields, rest }: { fields: FieldErrors; rest: string[] }): string {
  if (Object.keys(fields).length && !rest.length) return "Le formulaire contient des erreurs : corrigez les champs signalés.";
  return rest.length ? rest.join(" ; ") : describeError(err).message;
}

/** Moves the focus to the first field in error, so that keyboard and screen reader users land on it. */
export function focusFirstError(fields: FieldErrors, order: readonly string[], idOf: (field: string) => string): void {
  const first = order.find((field) => fields[field]);
  if (first) document.getElementById(idOf(first))?.focus();
}
