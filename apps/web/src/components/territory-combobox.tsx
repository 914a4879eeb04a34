import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { territoryLabeller, type TerritoryKind, type TerritoryLists } from "../../../../packages/shared/src/territories/territory-label.js";
import { searchTerritories, territoryOptions, territoryOptionText, type TerritoryOption } from "../../../../packages/shared/src/territories/territory-search.js";

/** Enough to choose from on a phone; typing more letters narrows the rest down. */
const MAX_RESULTS = 50;

interface Props {
  id: string;
  /** What goes inside the label: the question, its « * » or « Facultatif », its own hints. */
  label: ReactNode;
  /** Ids of hints the label holds, read after the label. */
  describedBy?: string | undefined;
  error?: string | undefined;
  /** Null while the département's territories load; empty lists when they could not be loaded. */
  territories: TerritoryLists | null;
  kinds: readonly TerritoryKind[];
  multiple: boolean;
  /** The codes chosen, in the order they were chosen. */
  value: string[];
  onChange: (codes: string[]) => void;
  required?: boolean;
  disabled?: boolean;
}

/**
 * A search field for the communes and EPCI of a département (WAI-ARIA « combobox with listbox
 * popup »): the focus stays in the field while the arrows move through the options, so a
 * screen reader user hears each option and can go on typing. The territories chosen are
 * removable DSFR tags. A native multiple select of 500 communes cannot be used on a phone.
 */
export function TerritoryCombobox(props: Props) {
  const { id, label, describedBy, error, territories, kinds, multiple, value, onChange, required = false, disabled = false } = props;
  const listId = `${id}-liste`;
  const modeId = `${id}-mode`;
  const statusId = `${id}-statut`;
  const input = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  /** What the last choice or removal did, said by the live region once the list is closed. */
  const [said, setSaid] = useState("");

  const options = useMemo(() => (territories ? territoryOptions(territories, kinds) : []), [territories, kinds]);
  const labelOf = useMemo(() => territoryLabeller(territories ?? { communes: [], epcis: [] }), [territories]);
  const { matches, total } = useMemo(() => searchTerritories(options, query, MAX_RESULTS), [options, query]);
  const expanded = open && matches.length > 0;
  const optionId = (option: TerritoryOption) => `${id}-option-${option.code}`;
  const activeOption = expanded ? matches[active] : undefined;

  function show(next: number) {
    setActive(next);
    const option = matches[next];
    // The focus stays in the field: the active option is only scrolled into view.
    if (option) document.getElementById(optionId(option))?.scrollIntoView({ block: "nearest" });
  }

  function choose(option: TerritoryOption) {
    const chosen = value.includes(option.code);
    const next = multiple ? (chosen ? value.filter((c) => c !== option.code) : [...value, option.code]) : [option.code];
    onChange(next);
    setSaid(`${labelOf(option.code)} ${chosen && multiple ? "retiré" : "choisi"}.`);
    setQuery("");
    setOpen(false);
    setActive(-1);
  }

  function remove(code: string) {
    onChange(value.filter((c) => c !== code));
    setSaid(`${labelOf(code)} retiré.`);
    // The tag is gone with its button: the field keeps the focus from being lost.
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    const last = matches.length - 1;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(0);
        } else show(active >= last ? 0 : active + 1);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!expanded) {
          setOpen(true);
          setActive(last);
        } else show(active <= 0 ? last : active - 1);
        break;
      case "Home":
      case "End":
        // Within the list the keys go to its first or last option; otherwise they move the caret.
        if (activeOption) {
          event.preventDefault();
          show(event.key === "Home" ? 0 : last);
        }
        break;
      case "Enter":
        // Enter chooses the active option instead of sending the form.
        if (activeOption) {
          event.preventDefault();
          choose(activeOption);
        }
        break;
      case "Escape":
        if (expanded) {
          event.preventDefault();
          setOpen(false);
          setActive(-1);
        } else if (query) {
          event.preventDefault();
          setQuery("");
        }
        break;
    }
  }

  const unavailable = territories !== null && territories.communes.length === 0 && territories.epcis.length === 0;
  function statusText(): string {
    if (!territories) return "Chargement des territoires…";
    if (unavailable) return "La liste des territoires n'a pas pu être chargée : vérifiez la connexion au réseau, puis rechargez la page.";
    if (!open || !query.trim()) return said;
    if (total === 0) return `Aucun territoire ne correspond à « ${query.trim()} ».`;
    if (total > matches.length) return `${matches.length} premiers résultats sur ${total} : tapez davantage de lettres pour préciser.`;
    return `${total} résultat${total > 1 ? "s" : ""}, à parcourir avec les flèches haut et bas.`;
  }

  return (
    <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
      <label className="fr-label" htmlFor={id}>
        {label}
        <span className="fr-hint-text" id={modeId}>
          Tapez les premières lettres d'un nom ou d'un code, puis choisissez avec les flèches et Entrée
          {multiple ? " ; plusieurs choix possibles." : "."}
        </span>
      </label>
      {value.length > 0 && (
        <ul className="fr-tags-group fr-mt-1w" aria-label={multiple ? "Territoires choisis" : "Territoire choisi"}>
          {value.map((code) => (
            <li key={code}>
              {disabled ? (
                <p className="fr-tag">{labelOf(code)}</p>
              ) : (
                <button type="button" className="fr-tag fr-tag--dismiss" aria-label={`Retirer ${labelOf(code)}`} onClick={() => remove(code)}>
                  {labelOf(code)}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <input
        ref={input}
        id={id}
        type="text"
        className={`fr-input${error ? " fr-input--error" : ""}`}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={activeOption ? optionId(activeOption) : undefined}
        aria-describedby={[describedBy, modeId, error ? `${id}-erreur` : null].filter(Boolean).join(" ")}
        aria-required={required || undefined}
        aria-invalid={error ? true : undefined}
        autoComplete="off"
        spellCheck={false}
        value={query}
        disabled={disabled || !territories || unavailable}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          setOpen(false);
          setActive(-1);
        }}
      />
      <ul id={listId} role="listbox" aria-label="Territoires proposés" aria-multiselectable={multiple || undefined} hidden={!expanded} style={listStyle}>
        {expanded &&
          matches.map((option, i) => (
            <li
              key={`${option.kind}:${option.code}`}
              id={optionId(option)}
              role="option"
              aria-selected={value.includes(option.code)}
              style={i === active ? { ...optionStyle, ...activeStyle } : optionStyle}
              // The click must not take the focus out of the field first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(option)}
            >
              {value.includes(option.code) && <span aria-hidden="true">✓ </span>}
              {territoryOptionText(option)}
            </li>
          ))}
      </ul>
      <p className="fr-hint-text fr-mt-1w" id={statusId} role="status">{statusText()}</p>
      {error && <p id={`${id}-erreur`} className="fr-error-text">{error}</p>}
    </div>
  );
}

const listStyle = {
  listStyle: "none",
  margin: 0,
  padding: 0,
  maxHeight: "16rem",
  overflowY: "auto",
  border: "1px solid var(--border-default-grey)",
  background: "var(--background-default-grey)",
} as const;
const optionStyle = { padding: "0.75rem 1rem", cursor: "pointer", borderBottom: "1px solid var(--border-default-grey)" } as const;
const activeStyle = { background: "var(--background-action-high-blue-france)", color: "var(--text-inverted-blue-france)", outline: "2px solid var(--border-active-blue-france)", outlineOffset: "-2px" } as const;
