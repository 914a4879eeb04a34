import type { ReactNode, TextareaHTMLAttributes } from "react";
import { describeError } from "../api.js";
import { failureMessageOf, fieldErrorsOf, focusFirstError, type FieldErrors } from "../components/campaign-form-errors.js";
import type { SubmitFailure } from "../components/form-submission.js";
import { SignInLink } from "../components/sign-in-link.js";

type TextAreaProps = {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  optional?: boolean;
} & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className">;

/** A DSFR multi-line field with its label, hint and error, the last two tied to the field. */
export function ProjectTextArea({ id, label, hint, error, optional = false, rows = 3, ...textarea }: TextAreaProps) {
  const described = [hint ? `${id}-aide` : null, error ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        {optional ? " (facultatif)" : <span aria-hidden="true"> *</span>}
        {hint && <span className="fr-hint-text" id={`${id}-aide`}>{hint}</span>}
      </label>
      <textarea
        {...textarea}
        id={id}
        rows={rows}
        className={`fr-input${error ? " fr-input--error" : ""}`}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
      />
      {error && <p id={`${id}-erreur`} className="fr-error-text">{error}</p>}
    </div>
  );
}

/** A failed form, said once at the top: what failed and why, the fields at fault being marked under each. */
export function FormFailure({ title, message }: { title: string; message: string | null }) {
  if (!message) return null;
  return (
    <div className="fr-alert fr-alert--error fr-alert--sm fr-mb-2w" role="alert">
      <p className="fr-alert__title">{title}</p>
      <p>{message}</p>
    </div>
  );
}

/** What the user can do about a call the service refused, by its HTTP status. */
function adviceOf(err: unknown): string {
  switch (describeError(err).status) {
    case 409:
      return " Rechargez la page pour voir l'état à jour, puis recommencez si besoin.";
    case 401:
      return " Votre session a expiré : reconnectez-vous.";
    case 403:
      return " Votre compte n'a pas accès à cette action.";
    default:
      return "";
  }
}

/** The sentence at the top of a project form after a failed submission, with what to do next. */
export function failureText(failure: SubmitFailure | null): string | null {
  return failure && failure.message + adviceOf(failure.error);
}

/**
 * What a failed mutation means for a form: the errors of its own fields (put under each, the
 * first one focused), and one sentence for the top of the form.
 */
export function formFailureOf(
  err: unknown,
  fields: readonly string[],
  idOf: (field: string) => string,
  prefix = "",
): { fields: FieldErrors; message: string } {
  const found = fieldErrorsOf(err, fields, prefix);
  focusFirstError(found.fields, fields, idOf);
  return { fields: found.fields, message: failureMessageOf(err, found) + adviceOf(err) };
}

/** For a visitor who is not signed in. */
export function ProjectsSignInCallout() {
  return (
    <div className="fr-callout">
      <h2 className="fr-callout__title">Connectez-vous pour accéder aux projets</h2>
      <p className="fr-callout__text">
        Les agents de l'ANCT, des préfectures et les partenaires suivent ici la priorisation et l'accompagnement des projets de
        leurs départements.
      </p>
      <SignInLink className="fr-btn">Se connecter</SignInLink>
    </div>
  );
}

/** A success said to everyone, screen reader users included (the region is always in the page). */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <div role="status">
      {message && (
        <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-2w">
          <p>{message}</p>
        </div>
      )}
    </div>
  );
}
