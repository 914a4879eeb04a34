import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

interface Common {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Says « Facultatif » after the label. */
  optional?: boolean;
}

function describedBy(id: string, hint: ReactNode, error: string | undefined): string | undefined {
  return [hint ? `${id}-aide` : null, error ? `${id}-erreur` : null].filter(Boolean).join(" ") || undefined;
}

function Label({ id, label, hint, optional }: Pick<Common, "id" | "label" | "hint" | "optional">) {
  return (
    <label className="fr-label" htmlFor={id}>
      {label}
      {optional ? " (facultatif)" : <span aria-hidden="true"> *</span>}
      {hint && <span className="fr-hint-text" id={`${id}-aide`}>{hint}</span>}
    </label>
  );
}

function ErrorText({ id, error }: { id: string; error: string | undefined }) {
  return error ? <p id={`${id}-erreur`} className="fr-error-text">{error}</p> : null;
}

type InputProps = Common & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className">;

/** A DSFR text field with its label, hint and error, the last two tied to the input. */
export function CampaignInputField({ id, label, hint, error, optional = false, ...input }: InputProps) {
  return (
    <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
      <Label id={id} label={label} hint={hint} optional={optional} />
      <input
        {...input}
        id={id}
        className={`fr-input${error ? " fr-input--error" : ""}`}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      />
      <ErrorText id={id} error={error} />
    </div>
  );
}

type SelectProps = Common & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className"> & { children: ReactNode };

/** A DSFR select with its label, hint and error. */
export function CampaignSelectField({ id, label, hint, error, optional = false, children, ...select }: SelectProps) {
  return (
    <div className={`fr-select-group${error ? " fr-select-group--error" : ""}`}>
      <Label id={id} label={label} hint={hint} optional={optional} />
      <select
        {...select}
        id={id}
        className={`fr-select${error ? " fr-select--error" : ""}`}
        required={!optional}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
      >
        {children}
      </select>
      <ErrorText id={id} error={error} />
    </div>
  );
}
