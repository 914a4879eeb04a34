import { useState, type FormEvent, type KeyboardEvent, type ReactNode, type Ref } from "react";
import { EvidenceFieldset } from "./evidence-fieldset.js";
import { describedBy, ErrorText } from "./field-messages.js";
import { DETAIL_MAX, STATEMENT_MAX, territoryCodes, type DraftField, type NeedDraft } from "./need-draft.js";
import type { EvidenceOption } from "./need-evidence.js";
import type { TerritoryLists } from "../../../../packages/shared/src/territories/territory-label.js";
import { TerritoryCombobox } from "../components/territory-combobox.js";

export type DraftErrors = Partial<Record<DraftField, string>>;

interface Props {
  /** Makes every id of the form unique on the page. */
  idPrefix: string;
  draft: NeedDraft;
  onChange: (draft: NeedDraft) => void;
  errors: DraftErrors;
  themes: { code: string; label: string }[];
  /** The communes and EPCI of the workshop's département; null while they load. */
  territories: TerritoryLists | null;
  /** Given when the form chooses its own session (a correction); the capture form has it above. */
  sessions?: { sessionId: string; label: string }[];
  /** The answers of the draft's session that the need may quote. */
  evidenceOptions: EvidenceOption[];
  submitLabel: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
  onSubmit: () => void;
  onCancel?: () => void;
  statementRef?: Ref<HTMLTextAreaElement>;
  autoFocus?: boolean;
  disabled?: boolean;
  children?: ReactNode;
}

const SCORES = [1, 2, 3, 4, 5] as const;
const KINDS = ["epci", "commune"] as const;

function ScoreRow(props: {
  id: string;
  legend: string;
  hint: string;
  value: number;
  error: string | undefined;
  disabled: boolean;
  onChange: (n: number) => void;
}) {
  const { id, legend, hint, value, error, disabled, onChange } = props;
  return (
    <fieldset className={`fr-fieldset${error ? " fr-fieldset--error" : ""}`} id={id} aria-describedby={describedBy(id, error, false)}>
      <legend className="fr-fieldset__legend fr-fieldset__legend--regular">
        {legend}
        <span className="fr-hint-text">{hint}</span>
      </legend>
      {SCORES.map((n) => (
        <div className="fr-fieldset__element fr-fieldset__element--inline" key={n}>
          <div className="fr-radio-group">
            <input
              type="radio"
              id={`${id}-${n}`}
              name={id}
              value={n}
              checked={value === n}
              disabled={disabled}
              aria-invalid={error ? true : undefined}
              onChange={() => onChange(n)}
            />
            <label className="fr-label" htmlFor={`${id}-${n}`}>{n}</label>
          </div>
        </div>
      ))}
      <ErrorText id={id} error={error} />
    </fieldset>
  );
}

/**
 * The fields of a need, laid out for fast typing: the statement first (Ctrl + Entrée sends
 * from any field), the theme, urgency and impact as rows of radio buttons, the optional
 * territories, and « Plus de détails » folded (what exists, what blocks, the questionnaire answers
 * behind the need). Each error is tied to its field.
 */
export function NeedForm(props: Props) {
  const { idPrefix: p, draft, onChange, errors, themes, territories, sessions, evidenceOptions, submitLabel, labelledBy, onSubmit, onCancel, statementRef, autoFocus, disabled = false, children } = props;
  const detailErrors = Boolean(errors.existing || errors.blockers || errors.evidence);
  const hasDetails = Boolean(draft.existing || draft.blockers || draft.evidence.length > 0 || detailErrors);
  const [detailsOpen, setDetailsOpen] = useState(hasDetails);
  const open = detailsOpen || detailErrors;
  const set = <K extends keyof NeedDraft>(key: K, value: NeedDraft[K]) => onChange({ ...draft, [key]: value });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!disabled) onSubmit();
  }

  function shortcut(event: KeyboardEvent) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      if (!disabled) onSubmit();
    }
  }

  const group = (field: DraftField, kind: "input" | "select") => `fr-${kind}-group${errors[field] ? ` fr-${kind}-group--error` : ""}`;
  const control = (field: DraftField, kind: "input" | "select") => `fr-${kind}${errors[field] ? ` fr-${kind}--error` : ""}`;

  return (
    <form onSubmit={submit} onKeyDown={shortcut} noValidate aria-labelledby={labelledBy}>
      {sessions && (
        <div className={group("sessionId", "select")}>
          <label className="fr-label" htmlFor={`${p}-atelier`}>Atelier</label>
          <select
            className={control("sessionId", "select")}
            id={`${p}-atelier`}
            value={sessions.some((s) => s.sessionId === draft.sessionId) ? draft.sessionId : ""}
            disabled={disabled}
            aria-invalid={errors.sessionId ? true : undefined}
            aria-describedby={describedBy(`${p}-atelier`, errors.sessionId, false)}
            onChange={(e) => set("sessionId", e.target.value)}
          >
            <option value="">— Choisir —</option>
            {sessions.map((s) => <option key={s.sessionId} value={s.sessionId}>{s.label}</option>)}
          </select>
          <ErrorText id={`${p}-atelier`} error={errors.sessionId} />
        </div>
      )}

      <div className={group("statement", "input")}>
        <label className="fr-label" htmlFor={`${p}-besoin`}>
          Besoin exprimé
          <span className="fr-hint-text" id={`${p}-besoin-aide`}>
            Une ou deux phrases, avec les mots des participants. Ctrl + Entrée enregistre le besoin.
          </span>
        </label>
        <textarea
          className={control("statement", "input")}
          id={`${p}-besoin`}
          ref={statementRef}
          rows={3}
          maxLength={STATEMENT_MAX}
          value={draft.statement}
          autoFocus={autoFocus}
          disabled={disabled}
          required
          aria-invalid={errors.statement ? true : undefined}
          aria-describedby={describedBy(`${p}-besoin`, errors.statement, true)}
          onChange={(e) => set("statement", e.target.value)}
        />
        <ErrorText id={`${p}-besoin`} error={errors.statement} />
      </div>

      <div className={group("themeCode", "select")}>
        <label className="fr-label" htmlFor={`${p}-theme`}>Thème</label>
        <select
          className={control("themeCode", "select")}
          id={`${p}-theme`}
          value={draft.themeCode}
          disabled={disabled}
          aria-invalid={errors.themeCode ? true : undefined}
          aria-describedby={describedBy(`${p}-theme`, errors.themeCode, false)}
          onChange={(e) => set("themeCode", e.target.value)}
        >
          {!themes.some((t) => t.code === draft.themeCode) && <option value={draft.themeCode}>— Choisir —</option>}
          {themes.map((t) => <option key={t.code} value={t.code}>{t.label}</option>)}
        </select>
        <ErrorText id={`${p}-theme`} error={errors.themeCode} />
      </div>

      <ScoreRow
        id={`${p}-urgence`}
        legend="Urgence"
        hint="De 1 (peut attendre) à 5 (très urgent)."
        value={draft.urgency}
        error={errors.urgency}
        disabled={disabled}
        onChange={(n) => set("urgency", n)}
      />
      <ScoreRow
        id={`${p}-impact`}
        legend="Impact"
        hint="De 1 (limité) à 5 (très important pour le territoire)."
        value={draft.impact}
        error={errors.impact}
        disabled={disabled}
        onChange={(n) => set("impact", n)}
      />

      <TerritoryCombobox
        id={`${p}-territoires`}
        label={
          <>
            Territoires concernés
            <span className="fr-hint-text">Facultatif</span>
          </>
        }
        error={errors.territories}
        territories={territories}
        kinds={KINDS}
        multiple
        value={territoryCodes(draft.territories)}
        onChange={(codes) => set("territories", codes.join(", "))}
        disabled={disabled}
      />

      <button
        type="button"
        className={`fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-btn--icon-left ${open ? "fr-icon-arrow-up-s-line" : "fr-icon-arrow-down-s-line"} fr-mb-2w`}
        aria-expanded={open}
        aria-controls={`${p}-details`}
        onClick={() => setDetailsOpen(!open)}
      >
        Plus de détails
      </button>
      <div id={`${p}-details`} hidden={!open}>
        {(["existing", "blockers"] as const).map((field) => {
          const id = `${p}-${field === "existing" ? "existant" : "blocages"}`;
          return (
            <div className={group(field, "input")} key={field}>
              <label className="fr-label" htmlFor={id}>
                {field === "existing" ? "Ce qui existe déjà" : "Ce qui bloque"}
                <span className="fr-hint-text">Facultatif</span>
              </label>
              <textarea
                className={control(field, "input")}
                id={id}
                rows={2}
                maxLength={DETAIL_MAX}
                value={draft[field]}
                disabled={disabled}
                aria-invalid={errors[field] ? true : undefined}
                aria-describedby={describedBy(id, errors[field], false)}
                onChange={(e) => set(field, e.target.value)}
              />
              <ErrorText id={id} error={errors[field]} />
            </div>
          );
        })}
        <EvidenceFieldset
          id={`${p}-appui`}
          options={evidenceOptions}
          value={draft.evidence}
          error={errors.evidence}
          disabled={disabled}
          onChange={(evidence) => set("evidence", evidence)}
        />
      </div>

      {children}

      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
        <li>
          <button type="submit" className="fr-btn fr-icon-check-line" disabled={disabled}>{submitLabel}</button>
        </li>
        {onCancel && (
          <li>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={onCancel}>Annuler</button>
          </li>
        )}
      </ul>
    </form>
  );
}

/** The id of the control that shows a field, to move the focus to the first one in error. */
export function fieldControlId(idPrefix: string, field: DraftField): string {
  const suffix: Record<DraftField, string> = {
    sessionId: "atelier",
    statement: "besoin",
    themeCode: "theme",
    territories: "territoires",
    existing: "existant",
    blockers: "blocages",
    urgency: "urgence-1",
    impact: "impact-1",
    // The fieldset, not one of its boxes: the legend then says what the error is about.
    evidence: "appui",
  };
  return `${idPrefix}-${suffix[field]}`;
}
