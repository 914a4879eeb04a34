import { useState } from "react";
import { SessionEditForm, type SessionChanges } from "./session-edit-form.js";
import { SessionEvidence } from "./session-evidence.js";
import { timeSlot } from "./workshop-format.js";
import { themeLabel, type SessionView } from "./workshop-types.js";

/** A DOM id made from a session id, whatever characters the server put in it. */
export const sessionDomId = (sessionId: string) => `atelier-${sessionId.replace(/[^A-Za-z0-9_-]/g, "_")}`;

interface Props {
  workshopId: string;
  expectedVersion: number;
  session: SessionView;
  sessions: SessionView[];
  position: number;
  /** Staff on a day not completed yet: the session may be changed, moved and dropped. */
  editable: boolean;
  /** Another change of the sessions is on its way: the actions wait for it. */
  busy: boolean;
  registered: number;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
  onSaved: (version: number, changes: SessionChanges) => void;
  onReload: () => void;
}

/** One session of the day: title, theme, time slot, room, facilitators, evidence; for staff, edit, move and drop. */
export function SessionCard(props: Props) {
  const { workshopId, expectedVersion, session, sessions, position, editable, busy, registered, onMove, onRemove, onSaved, onReload } = props;
  const [editing, setEditing] = useState(false);
  const domId = sessionDomId(session.sessionId);
  const count = sessions.length;

  function close() {
    setEditing(false);
    requestAnimationFrame(() => document.getElementById(`${domId}-modifier`)?.focus());
  }

  return (
    <div className="fr-card fr-card--no-arrow fr-mb-3w">
      <div className="fr-card__body">
        <div className="fr-card__content">
          <h3 className="fr-card__title" id={`${domId}-titre`}>
            {position}. {session.title}
          </h3>
          <div className="fr-card__desc">
            {editing ? (
              <SessionEditForm
                workshopId={workshopId}
                expectedVersion={expectedVersion}
                session={session}
                idPrefix={`${domId}-edition`}
                onSaved={(version, changes) => {
                  onSaved(version, changes);
                  close();
                }}
                onCancel={close}
                onReload={onReload}
              />
            ) : (
              <>
                <ul className="fr-mb-1w">
                  <li>Thème : {themeLabel(session.themeCode, sessions)}</li>
                  <li>Horaire : {timeSlot(session)}</li>
                  <li>Salle : {session.room ?? "à préciser"}</li>
                  <li>Animation : {session.facilitators.length ? session.facilitators.join(", ") : "à préciser"}</li>
                  <li>Inscrits : {registered}</li>
                </ul>
                <SessionEvidence evidence={session.evidence} />
              </>
            )}
          </div>
        </div>
        {editable && !editing && (
          <div className="fr-card__footer">
            <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-btns-group--icon-left">
              <li>
                <button type="button" id={`${domId}-modifier`} className="fr-btn fr-btn--secondary fr-icon-edit-line" onClick={() => setEditing(true)} disabled={busy}>
                  Modifier<span className="fr-sr-only"> l'atelier « {session.title} »</span>
                </button>
              </li>
              <li>
                <button
                  type="button"
                  id={`${domId}-monter`}
                  className="fr-btn fr-btn--tertiary fr-icon-arrow-up-line"
                  onClick={() => onMove(-1)}
                  disabled={busy || position === 1}
                >
                  Monter<span className="fr-sr-only"> l'atelier « {session.title} »</span>
                </button>
              </li>
              <li>
                <button
                  type="button"
                  id={`${domId}-descendre`}
                  className="fr-btn fr-btn--tertiary fr-icon-arrow-down-line"
                  onClick={() => onMove(1)}
                  disabled={busy || position === count}
                >
                  Descendre<span className="fr-sr-only"> l'atelier « {session.title} »</span>
                </button>
              </li>
              <li>
                <button type="button" className="fr-btn fr-btn--tertiary fr-icon-delete-line" onClick={onRemove} disabled={busy}>
                  Retirer<span className="fr-sr-only"> l'atelier « {session.title} »</span>
                </button>
              </li>
            </ul>
          </div>
        )}
      </div>
    </div>
  );
}
