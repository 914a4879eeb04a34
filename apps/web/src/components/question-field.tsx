import type { TerritoryLists } from "../../../../packages/shared/src/territories/territory-label.js";
import type { AnswerValue, Question } from "../../../../services/questionnaire/src/domain/template/template.js";
import { TerritoryCombobox } from "./territory-combobox.js";

interface Props {
  question: Question;
  value: AnswerValue | undefined;
  error: string | undefined;
  territories: TerritoryLists;
  readOnly: boolean;
  onChange: (value: AnswerValue | undefined) => void;
}

const ordinal = (n: number) => (n === 1 ? "1er choix" : `${n}e choix`);

/** One question, with the DSFR control its type calls for, its hint and its error tied to it. */
export function QuestionField({ question: q, value, error, territories, readOnly, onChange }: Props) {
  const id = `q-${q.id}`;
  const errorId = `${id}-erreur`;
  const described = [q.help ? `${id}-aide` : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  const label = (
    <>
      {q.label}
      {q.required ? <span aria-hidden="true"> *</span> : <span className="fr-hint-text">Facultatif</span>}
      {q.help && <span className="fr-hint-text" id={`${id}-aide`}>{q.help}</span>}
    </>
  );
  const errorText = error && <p id={errorId} className="fr-error-text">{error}</p>;

  if (q.type === "single-choice" || q.type === "multiple-choice" || q.type === "scale") {
    const multiple = q.type === "multiple-choice";
    const options = q.type === "scale"
      ? [1, 2, 3, 4, 5].map((n) => ({ value: n, label: n === 1 ? `1 — ${q.minLabel}` : n === 5 ? `5 — ${q.maxLabel}` : String(n) }))
      : q.options.map((o) => ({ value: o.value as string | number, label: o.label }));
    const chosen = (v: string | number) => (multiple ? Array.isArray(value) && value.includes(String(v)) : value === v);
    return (
      <fieldset className={`fr-fieldset${error ? " fr-fieldset--error" : ""}`} id={id} aria-describedby={described}>
        <legend className="fr-fieldset__legend">{label}</legend>
        {options.map((o) => (
          <div className="fr-fieldset__element" key={String(o.value)}>
            <div className={multiple ? "fr-checkbox-group" : "fr-radio-group"}>
              <input
                type={multiple ? "checkbox" : "radio"}
                id={`${id}-${o.value}`}
                name={id}
                checked={chosen(o.value)}
                disabled={readOnly}
                onChange={(e) => {
                  if (!multiple) return onChange(o.value);
                  const current = Array.isArray(value) ? value : [];
                  const next = e.target.checked ? [...current, String(o.value)] : current.filter((v) => v !== String(o.value));
                  onChange(next.length ? next : undefined);
                }}
              />
              <label className="fr-label" htmlFor={`${id}-${o.value}`}>{o.label}</label>
            </div>
          </div>
        ))}
        {errorText}
      </fieldset>
    );
  }

  if (q.type === "ranking") {
    const count = q.rankCount ?? q.options.length;
    const ranked = Array.isArray(value) ? value : [];
    return (
      <fieldset className={`fr-fieldset${error ? " fr-fieldset--error" : ""}`} id={id} aria-describedby={described}>
        <legend className="fr-fieldset__legend">{label}</legend>
        {Array.from({ length: count }, (_, i) => (
          <div className="fr-fieldset__element" key={i}>
            <div className="fr-select-group">
              <label className="fr-label" htmlFor={`${id}-${i}`}>{ordinal(i + 1)}</label>
              <select
                className="fr-select"
                id={`${id}-${i}`}
                value={ranked[i] ?? ""}
                disabled={readOnly}
                onChange={(e) => {
                  const next = [...ranked];
                  next[i] = e.target.value;
                  const cleaned = next.slice(0, count).filter((v, j) => v && next.indexOf(v) === j);
                  onChange(cleaned.length ? cleaned : undefined);
                }}
              >
                <option value="">— Choisir —</option>
                {q.options.map((o) => (
                  <option key={o.value} value={o.value} disabled={ranked.includes(o.value) && ranked[i] !== o.value}>{o.label}</option>
                ))}
              </select>
            </div>
          </div>
        ))}
        {errorText}
      </fieldset>
    );
  }

  if (q.type === "territory") {
    return (
      <TerritoryCombobox
        id={id}
        label={label}
        describedBy={q.help ? `${id}-aide` : undefined}
        error={error}
        territories={territories}
        kinds={q.kinds}
        multiple={q.multiple}
        value={Array.isArray(value) ? value : []}
        onChange={(codes) => onChange(codes.length ? codes : undefined)}
        required={q.required}
        disabled={readOnly}
      />
    );
  }

  const text = typeof value === "string" || typeof value === "number" ? String(value) : "";
  const common = {
    id,
    className: `fr-input${error ? " fr-input--error" : ""}`,
    value: text,
    disabled: readOnly,
    "aria-describedby": described,
    "aria-required": q.required,
  };
  return (
    <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={id}>{label}</label>
      {q.type === "number" ? (
        <input
          {...common}
          type="number"
          inputMode={q.integer ? "numeric" : "decimal"}
          min={q.min}
          max={q.max}
          step={q.integer ? 1 : "any"}
          onChange={(e) => onChange(e.target.value === "" ? undefined : Number(e.target.value))}
        />
      ) : q.type === "long-text" ? (
        <textarea {...common} rows={5} maxLength={q.maxLength} onChange={(e) => onChange(e.target.value || undefined)} />
      ) : (
        <input {...common} type="text" maxLength={q.maxLength} onChange={(e) => onChange(e.target.value || undefined)} />
      )}
      {errorText}
    </div>
  );
}
