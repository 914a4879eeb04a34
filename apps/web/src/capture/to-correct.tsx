import { useEffect, useState } from "react";
import type { TerritoryLists } from "../../../../packages/shared/src/territories/territory-label.js";
import type { QueueItem } from "./capture-queue.js";
import { checkDraft, fieldLabels, fieldOfIssuePath, parseTerritories, type NeedDraft } from "./need-draft.js";
import type { EvidenceOption } from "./need-evidence.js";
import { fieldControlId, NeedForm, type DraftErrors } from "./need-form.js";

interface Props {
  items: QueueItem[];
  sessions: { sessionId: string; label: string }[];
  themes: { code: string; label: string }[];
  territories: TerritoryLists | null;
  /** The answers a need of that session may quote. */
  evidenceOptionsOf: (sessionId: string) => EvidenceOption[];
  onResubmit: (needId: string, draft: NeedDraft) => void;
  onDiscard: (needId: string) => void;
}

/** The server's issues, by field; `territories.2.code` also names the code at fault. */
export function errorsOfRejection(item: QueueItem): { byField: DraftErrors; other: string[] } {
  const byField: DraftErrors = {};
  const other: string[] = [];
  const codes = parseTerritories(item.draft.territories).territories;
  for (const issue of item.rejection?.issues ?? []) {
    const field = fieldOfIssuePath(issue.path);
    if (!field) {
      other.push(issue.message);
      continue;
    }
    const index = field === "territories" ? Number(issue.path.split(".")[1]) : NaN;
    const code = Number.isInteger(index) ? codes[index]?.code : undefined;
    const message = code ? `${issue.message} (code ${code})` : issue.message;
    byField[field] = byField[field] ? `${byField[field]} ; ${message}` : message;
  }
  if (Object.keys(byField).length === 0 && other.length === 0 && item.rejection) other.push(item.rejection.message);
  return { byField, other };
}

function Rejected({ item, sessions, themes, territories, evidenceOptionsOf, onResubmit, onDiscard }: Omit<Props, "items"> & { item: QueueItem }) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [draft, setDraft] = useState(item.draft);
  const [localErrors, setLocalErrors] = useState<DraftErrors | null>(null);
  const [focusField, setFocusField] = useState<string | null>(null);
  const p = `corriger-${item.needId.slice(0, 8)}`;
  const { byField, other } = errorsOfRejection(item);
  const errors = localErrors ?? byField;

  useEffect(() => {
    if (focusField) document.getElementById(focusField)?.focus();
    setFocusField(null);
  }, [focusField]);

  function startEditing() {
    setDraft(item.draft);
    setLocalErrors(null);
    setEditing(true);
    const first = Object.keys(byField)[0] as keyof DraftErrors | undefined;
    setFocusField(fieldControlId(p, first ?? "statement"));
  }

  function resend() {
    const issues = checkDraft(draft);
    if (issues.length > 0) {
      setLocalErrors(Object.fromEntries(issues.map((i) => [i.field, i.message])));
      setFocusField(fieldControlId(p, issues[0]!.field));
      return;
    }
    onResubmit(item.needId, draft);
  }

  const headingId = `${p}-titre`;
  const name = item.draft.statement.trim() || "(besoin sans texte)";
  // Several refused needs each have their buttons: the hidden words say which need a button acts on.
  const which = <span className="fr-sr-only"> le besoin « {name} »</span>;
  return (
    <li className="fr-mb-3w">
      <div className="fr-alert fr-alert--error fr-alert--sm">
        <h3 className="fr-alert__title fr-h6" id={headingId}>{name}</h3>
        <p>Refusé par le serveur{item.rejection?.status ? ` (erreur ${item.rejection.status})` : ""} :</p>
        <ul>
          {Object.entries(byField).map(([field, message]) => (
            <li key={field}>{fieldLabels[field as keyof typeof fieldLabels]} : {message}</li>
          ))}
          {other.map((message, i) => <li key={i}>{message}</li>)}
        </ul>
      </div>
      {editing ? (
        <div className="fr-mt-2w fr-pl-2w">
          <NeedForm
            idPrefix={p}
            draft={draft}
            onChange={setDraft}
            errors={errors}
            themes={themes}
            territories={territories}
            sessions={sessions}
            evidenceOptions={evidenceOptionsOf(draft.sessionId)}
            submitLabel="Renvoyer le besoin corrigé"
            labelledBy={headingId}
            onSubmit={resend}
            onCancel={() => {
              setEditing(false);
              setFocusField(`${p}-corriger`);
            }}
          />
        </div>
      ) : (
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-mt-1w">
          <li>
            <button type="button" id={`${p}-corriger`} className="fr-btn fr-btn--sm" onClick={startEditing}>Corriger{which}</button>
          </li>
          <li>
            {confirming ? (
              <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={() => onDiscard(item.needId)} autoFocus>
                Confirmer la suppression<span className="fr-sr-only"> du besoin « {name} »</span>
              </button>
            ) : (
              <button type="button" className="fr-btn fr-btn--sm fr-btn--tertiary" onClick={() => setConfirming(true)}>
                Supprimer{which}
              </button>
            )}
          </li>
        </ul>
      )}
    </li>
  );
}

/** The needs the server refused: each with why, to correct and send again (same id) or to delete. */
export function ToCorrect({ items, ...rest }: Props) {
  return (
    <ul className="fr-raw-list">
      {items.map((item) => <Rejected key={`${item.needId}-${item.rejection?.at ?? ""}`} item={item} {...rest} />)}
    </ul>
  );
}
