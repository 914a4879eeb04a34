import { useEffect, useState } from "react";
import { workshops } from "../api.js";
import { SessionAddForm } from "./session-add-form.js";
import { SessionCard, sessionDomId } from "./session-card.js";
import type { LoadedWorkshop } from "./use-workshop.js";
import { WorkshopErrorAlert } from "./workshop-error-alert.js";
import type { SessionView, WorkshopView } from "./workshop-types.js";

interface Props {
  loaded: LoadedWorkshop & { workshop: WorkshopView };
  staff: boolean;
}

/** « Ateliers »: the sessions in the order of the day; staff edit one inline, add, drop and reorder them. */
export function SessionsSection({ loaded, staff }: Props) {
  const { workshop } = loaded;
  const editable = staff && workshop.status !== "completed";
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<{ error: unknown; title: string } | null>(null);
  const [said, setSaid] = useState("");
  const [focusId, setFocusId] = useState<string | null>(null);

  // After a move the buttons are drawn again where the session went: keep the focus on them.
  useEffect(() => {
    if (!focusId) return;
    const target = document.getElementById(focusId) as HTMLButtonElement | null;
    if (target && !target.disabled) target.focus();
    else document.getElementById(focusId.replace(/-(monter|descendre)$/, "-modifier"))?.focus();
    setFocusId(null);
  }, [focusId, workshop.sessions]);

  const registeredTo = (sessionId: string) => workshop.participants.filter((p) => p.sessionIds.includes(sessionId)).length;

  async function move(session: SessionView, delta: -1 | 1) {
    const from = workshop.sessions.findIndex((s) => s.sessionId === session.sessionId);
    const to = from + delta;
    if (from < 0 || to < 0 || to >= workshop.sessions.length) return;
    const order = [...workshop.sessions];
    order.splice(from, 1);
    order.splice(to, 0, session);
    setBusy(true);
    setFailure(null);
    setSaid("");
    try {
      const { version } = await workshops.workshops.reorderSessions.mutate({
        workshopId: workshop.workshopId,
        expectedVersion: workshop.version,
        sessionIds: order.map((s) => s.sessionId),
      });
      loaded.saved(version, (w) => ({ ...w, sessions: order }));
      setSaid(`Atelier « ${session.title} » déplacé en position ${to + 1} sur ${order.length}.`);
      setFocusId(`${sessionDomId(session.sessionId)}-${delta < 0 ? "monter" : "descendre"}`);
    } catch (err) {
      setFailure({ error: err, title: "L'ordre des ateliers n'a pas été changé" });
    } finally {
      setBusy(false);
    }
  }

  async function remove(session: SessionView) {
    const registered = registeredTo(session.sessionId);
    const sure = confirm(
      `Retirer l'atelier « ${session.title} » de la journée ?\n\n` +
        (registered ? `${registered} participant(s) inscrit(s) en seront désinscrits. ` : "") +
        "Les besoins déjà saisis dans cet atelier sont gardés.",
    );
    if (!sure) return;
    setBusy(true);
    setFailure(null);
    setSaid("");
    try {
      const { version } = await workshops.workshops.removeSession.mutate({
        workshopId: workshop.workshopId,
        expectedVersion: workshop.version,
        sessionId: session.sessionId,
      });
      loaded.saved(version, (w) => ({
        ...w,
        sessions: w.sessions.filter((s) => s.sessionId !== session.sessionId),
        participants: w.participants.map((p) => ({ ...p, sessionIds: p.sessionIds.filter((id) => id !== session.sessionId) })),
      }));
      setSaid(`Atelier « ${session.title} » retiré de la journée.`);
      document.getElementById("ateliers")?.focus();
    } catch (err) {
      setFailure({ error: err, title: "L'atelier n'a pas été retiré" });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <p className="fr-sr-only" role="status">{said}</p>
      {failure && (
        <WorkshopErrorAlert
          error={failure.error}
          title={failure.title}
          onReload={() => {
            setFailure(null);
            loaded.reload();
          }}
        />
      )}
      {workshop.sessions.length === 0 ? (
        <p>Aucun atelier pour le moment.{editable ? " Ajoutez-en un avec le formulaire ci-dessous." : ""}</p>
      ) : (
        <>
          <p>Dans l'ordre de la journée ; au départ un atelier par thème prioritaire, dans l'ordre du classement du questionnaire.</p>
          <ol className="fr-raw-list" aria-label="Ateliers de la journée">
            {workshop.sessions.map((session, index) => (
              <li key={session.sessionId}>
                <SessionCard
                  workshopId={workshop.workshopId}
                  expectedVersion={workshop.version}
                  session={session}
                  sessions={workshop.sessions}
                  position={index + 1}
                  editable={editable}
                  busy={busy}
                  registered={registeredTo(session.sessionId)}
                  onMove={(delta) => move(session, delta)}
                  onRemove={() => remove(session)}
                  onSaved={(version, changes) => {
                    loaded.saved(version, (w) => ({ ...w, sessions: w.sessions.map((s) => (s.sessionId === session.sessionId ? { ...s, ...changes } : s)) }));
                    setSaid(`Atelier « ${changes.title} » enregistré.`);
                  }}
                  onReload={loaded.reload}
                />
              </li>
            ))}
          </ol>
        </>
      )}
      {editable && (
        <SessionAddForm
          workshopId={workshop.workshopId}
          expectedVersion={workshop.version}
          sessions={workshop.sessions}
          onAdded={(version, session) => {
            loaded.saved(version, (w) => ({ ...w, sessions: [...w.sessions, session] }));
            setSaid(`Atelier « ${session.title} » ajouté en fin de journée.`);
          }}
          onReload={loaded.reload}
        />
      )}
    </>
  );
}
