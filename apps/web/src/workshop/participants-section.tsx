import { useRef, useState } from "react";
import { workshops } from "../api.js";
import { CampaignTable } from "../components/campaign-table.js";
import { ParticipantAddForm } from "./participant-add-form.js";
import { ParticipantRow } from "./participant-row.js";
import type { LoadedWorkshop } from "./use-workshop.js";
import { WorkshopErrorAlert } from "./workshop-error-alert.js";
import { plural } from "./workshop-format.js";
import type { ParticipantView, WorkshopView } from "./workshop-types.js";

interface Props {
  loaded: LoadedWorkshop & { workshop: WorkshopView };
  staff: boolean;
}

/**
 * « Participants »: the invited actors and the associated participants, the sessions they
 * registered to and who came. Registration and attendance are saved at each tick, one
 * participant at a time, with no version: several staff can take attendance at once.
 */
export function ParticipantsSection({ loaded, staff }: Props) {
  const { workshop } = loaded;
  const editable = staff && workshop.status !== "completed";
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [failure, setFailure] = useState<{ error: unknown; title: string } | null>(null);
  const [said, setSaid] = useState("");

  const patchParticipant = (participantId: string, change: Partial<ParticipantView>) =>
    loaded.patch((w) => ({ ...w, participants: w.participants.map((p) => (p.participantId === participantId ? { ...p, ...change } : p)) }));

  // One participant's changes go to the server one after the other, in the order they were made.
  const chains = useRef(new Map<string, Promise<void>>());

  /** Shows the change at once, then saves it; on failure the day is reloaded to show what the server holds. */
  function run(participant: ParticipantView, change: Partial<ParticipantView>, title: string, call: () => Promise<string>) {
    const id = participant.participantId;
    patchParticipant(id, change);
    setFailure(null);
    setSaid("");
    setBusy((b) => new Set(b).add(id));
    const next = (chains.current.get(id) ?? Promise.resolve()).then(async () => {
      try {
        setSaid(await call());
      } catch (err) {
        setFailure({ error: err, title });
        loaded.reload();
      }
    });
    chains.current.set(id, next);
    void next.then(() => {
      if (chains.current.get(id) !== next) return;
      chains.current.delete(id);
      setBusy((b) => {
        const rest = new Set(b);
        rest.delete(id);
        return rest;
      });
    });
  }

  const register = (participant: ParticipantView, sessionIds: string[]) =>
    run(participant, { sessionIds }, `Les inscriptions de ${participant.name} n'ont pas été enregistrées`, async () => {
      const answer = await workshops.workshops.register.mutate({ workshopId: workshop.workshopId, participantId: participant.participantId, sessionIds });
      patchParticipant(participant.participantId, { sessionIds: answer.sessionIds });
      return `${participant.name} : ${answer.sessionIds.length ? `inscrit à ${plural(answer.sessionIds.length, "atelier")}` : "inscrit à aucun atelier"}.`;
    });

  const attend = (participant: ParticipantView, present: boolean) =>
    run(participant, { present }, `La présence de ${participant.name} n'a pas été enregistrée`, async () => {
      const answer = await workshops.workshops.attendance.mutate({ workshopId: workshop.workshopId, participantId: participant.participantId, present });
      patchParticipant(participant.participantId, { present: answer.present });
      return `${participant.name} : ${answer.present ? "présent" : "absent"}.`;
    });

  const present = workshop.participants.filter((p) => p.present).length;
  const headers = [staff ? "Nom et courriel" : "Nom", "Organisation", "Origine", "Présence", "Ateliers"];
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
      {editable && (
        <p className="fr-text--sm">
          Chaque case cochée ou décochée est enregistrée aussitôt{busy.size ? " (enregistrement en cours…)" : ""}.
        </p>
      )}
      {workshop.participants.length === 0 ? (
        <p>Aucun participant pour le moment.</p>
      ) : (
        <>
          <p>
            {plural(workshop.participants.length, "participant")}, dont {plural(present, "présent")}.
          </p>
          <CampaignTable size="sm" multiline
            caption={`Participants (${workshop.participants.length}, dont ${plural(present, "présent")})`}
            headers={headers}
            hideCaption
          >
            {workshop.participants.map((participant) => (
              <ParticipantRow
                key={participant.participantId}
                participant={participant}
                sessions={workshop.sessions}
                showEmail={staff}
                editable={editable}
                busy={busy.has(participant.participantId)}
                onRegister={(sessionIds) => register(participant, sessionIds)}
                onAttendance={(isPresent) => attend(participant, isPresent)}
              />
            ))}
          </CampaignTable>
        </>
      )}
      <p className="fr-text--sm">
        Origine : « A répondu » au questionnaire avant sa clôture, « Invité, sans réponse » au questionnaire, « Associé » par l'équipe
        le jour venu.
      </p>
      {editable && (
        <ParticipantAddForm
          workshopId={workshop.workshopId}
          expectedVersion={workshop.version}
          onAdded={(version, participant) => {
            loaded.saved(version, (w) => ({ ...w, participants: [...w.participants, participant] }));
            setSaid(`${participant.name} (${participant.organisation}) ajouté aux participants.`);
          }}
          onReload={loaded.reload}
        />
      )}
    </>
  );
}
