import type { EvidenceRef } from "../workshop/workshop-types.js";
import { describedBy, ErrorText } from "./field-messages.js";
import { sameEvidence, type EvidenceOption } from "./need-evidence.js";

interface Props {
  id: string;
  /** The answers of the need's session that may be quoted. */
  options: EvidenceOption[];
  value: EvidenceRef[];
  error: string | undefined;
  disabled: boolean;
  onChange: (value: EvidenceRef[]) => void;
}

/**
 * « Réponses du questionnaire à l'appui »: the answers of the session a need echoes, as
 * checkboxes. An answer ticked that the session no longer offers (a correction moved to another
 * session, a refused reference) stays listed, so that it can be unticked.
 */
export function EvidenceFieldset({ id, options: offered, value, error, disabled, onChange }: Props) {
  const elsewhere = value.filter((ref) => !offered.some((o) => sameEvidence(o, ref)));
  const ticked = (ref: EvidenceRef) => value.some((v) => sameEvidence(v, ref));
  const toggle = (ref: EvidenceRef, on: boolean) =>
    onChange(on ? [...value, { responseId: ref.responseId, questionId: ref.questionId }] : value.filter((v) => !sameEvidence(v, ref)));

  const box = (key: string, ref: EvidenceRef, index: number, label: string, hint: string) => (
    <div className="fr-fieldset__element" key={key}>
      <div className="fr-checkbox-group fr-checkbox-group--sm">
        <input
          type="checkbox"
          id={`${id}-${index}`}
          name={id}
          checked={ticked(ref)}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          onChange={(e) => toggle(ref, e.target.checked)}
        />
        <label className="fr-label" htmlFor={`${id}-${index}`}>
          {label}
          <span className="fr-hint-text">{hint}</span>
        </label>
      </div>
    </div>
  );

  return (
    <fieldset className={`fr-fieldset${error ? " fr-fieldset--error" : ""}`} id={id} tabIndex={-1} aria-describedby={describedBy(id, error, false)}>
      <legend className="fr-fieldset__legend fr-fieldset__legend--regular">
        Réponses du questionnaire à l'appui
        <span className="fr-hint-text">Facultatif. Cochez les réponses que ce besoin reprend : le projet qui en naîtra remontera jusqu'à elles.</span>
      </legend>
      {offered.length === 0 && elsewhere.length === 0 && (
        <p className="fr-fieldset__element fr-text--sm">Le questionnaire n'a aucune réponse à citer pour cet atelier.</p>
      )}
      {offered.map((o, index) => box(`${o.responseId} ${o.questionId}`, o, index, `${o.organisation}, à « ${o.questionLabel} »`, `« ${o.excerpt} »`))}
      {elsewhere.map((ref, index) =>
        box(`${ref.responseId} ${ref.questionId}`, ref, offered.length + index, "Réponse qui n'est pas proposée pour cet atelier", `Question « ${ref.questionId} » de la réponse ${ref.responseId}`),
      )}
      <ErrorText id={id} error={error} />
    </fieldset>
  );
}
