import { useState, type FormEvent } from "react";
import { failureMessageOf, fieldErrorsOf, focusFirstError, type FieldErrors } from "./campaign-form-errors.js";

/** A failed submission: the error, for alerts that advise by its status, and the sentence to show. */
export interface SubmitFailure {
  error: unknown;
  message: string;
}

interface Options {
  /** The fields in page order, named as the server names them (after `prefix`). */
  fields: readonly string[];
  idOf: (field: string) => string;
  /** Where the server puts the form's fields in its input, e.g. `invitations.0.`. */
  prefix?: string;
  /** For a form whose fields the server names otherwise; by default, its issues on `fields`. */
  issuesOf?: (err: unknown) => { fields: FieldErrors; rest: string[] };
}

/**
 * Every form submits through this hook so that users meet one behaviour everywhere: the local
 * checks first, then the call; whatever is wrong is said under its field, the focus lands on the
 * first one (keyboard and screen reader users start there), and one sentence at the top says
 * what failed. A form's own twists (a conflict to reload, a success message) stay in the form.
 */
export function useFormSubmission({ fields, idOf, prefix, issuesOf }: Options) {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<SubmitFailure | null>(null);
  const [busy, setBusy] = useState(false);

  function mark(found: FieldErrors) {
    setErrors(found);
    focusFirstError(found, fields, idOf);
  }

  async function submit(event: FormEvent, localErrors: FieldErrors, send: () => Promise<void>): Promise<void> {
    event.preventDefault();
    setFailure(null);
    mark(localErrors);
    if (Object.keys(localErrors).length) return;
    setBusy(true);
    try {
      await send();
    } catch (error) {
      const found = issuesOf ? issuesOf(error) : fieldErrorsOf(error, fields, prefix);
      mark(found.fields);
      setFailure({ error, message: failureMessageOf(error, found) });
    } finally {
      setBusy(false);
    }
  }

  return { errors, setErrors, failure, setFailure, busy, submit };
}
