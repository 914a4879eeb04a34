import { actorTypeLabels } from "../components/campaign-types.js";
import { sourceLabels, type ParticipantView, type SessionView } from "./workshop-types.js";

/** A DOM id made from a participant id, whatever characters the server put in it. */
const domId = (participantId: string) => `participant-${participantId.replace(/[^A-Za-z0-9_-]/g, "_")}`;

interface Props {
  participant: ParticipantView;
  sessions: SessionView[];
  /** Staff only: the e-mail under the name (the API gives partners none anyway). */
  showEmail: boolean;
  /** Staff on a day not completed yet: registrations and attendance are checkboxes. */
  editable: boolean;
  /** A change of this participant is on its way (the boxes stay usable: disabling one would drop the keyboard focus). */
  busy: boolean;
  onRegister: (sessionIds: string[]) => void;
  onAttendance: (present: boolean) => void;
}

/** One participant: who, from where, the sessions they registered to, present or not. */
export function ParticipantRow({ participant: p, sessions, showEmail, editable, busy, onRegister, onAttendance }: Props) {
  const id = domId(p.participantId);
  const registered = sessions.filter((s) => p.sessionIds.includes(s.sessionId));
  return (
    <tr aria-busy={busy}>
      <th scope="row">
        {p.name}
        {showEmail && p.email && (
          <>
            <br />
            <a className="fr-link fr-text--xs" href={`mailto:${p.email}`}>{p.email}</a>
          </>
        )}
      </th>
      <td>
        {p.organisation}
        <br />
        <span className="fr-text--xs">{actorTypeLabels[p.actorType]}</span>
      </td>
      <td>{sourceLabels[p.source]}</td>
      <td>
        {editable ? (
          <div className="fr-checkbox-group fr-checkbox-group--sm">
            <input type="checkbox" id={`${id}-present`} checked={p.present} onChange={(e) => onAttendance(e.target.checked)} />
            <label className="fr-label" htmlFor={`${id}-present`}>
              Présent<span className="fr-sr-only"> : {p.name}</span>
            </label>
          </div>
        ) : p.present ? (
          "Présent"
        ) : (
          "Absent"
        )}
      </td>
      <td>
        {editable ? (
          <fieldset className="fr-fieldset fr-mb-0">
            <legend className="fr-sr-only">Ateliers où {p.name} est inscrit</legend>
            {sessions.map((s, index) => {
              const boxId = `${id}-${s.sessionId.replace(/[^A-Za-z0-9_-]/g, "_")}`;
              return (
                <div className="fr-fieldset__element fr-mb-1v" key={s.sessionId}>
                  <div className="fr-checkbox-group fr-checkbox-group--sm">
                    <input
                      type="checkbox"
                      id={boxId}
                      checked={p.sessionIds.includes(s.sessionId)}
                      onChange={(e) =>
                        onRegister(e.target.checked ? [...p.sessionIds, s.sessionId] : p.sessionIds.filter((sid) => sid !== s.sessionId))
                      }
                    />
                    <label className="fr-label" htmlFor={boxId}>
                      {index + 1}. {s.title}
                    </label>
                  </div>
                </div>
              );
            })}
          </fieldset>
        ) : registered.length === 0 ? (
          "Aucun"
        ) : (
          <ul className="fr-mb-0">
            {registered.map((s) => (
              <li key={s.sessionId}>{s.title}</li>
            ))}
          </ul>
        )}
      </td>
    </tr>
  );
}
