import { useEffect, useState, type FormEvent } from "react";
import { workshops } from "../api.js";
import { CampaignInputField } from "../components/campaign-field.js";
import type { FieldErrors } from "../components/campaign-form-errors.js";
import { useFormSubmission } from "../components/form-submission.js";
import { WorkshopErrorAlert } from "./workshop-error-alert.js";
import type { SessionView } from "./workshop-types.js";

const fields = ["title", "startsAt", "endsAt", "room", "facilitators"] as const;

interface Values {
  title: string;
  startsAt: string;
  endsAt: string;
  room: string;
  facilitators: string;
}

export type SessionChanges = Pick<SessionView, "title" | "startsAt" | "endsAt" | "room" | "facilitators">;

const facilitatorsOf = (text: string) =>
  text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);

function check(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  const title = values.title.trim();
  if (title.length < 3 || title.length > 200) errors.title = "Saisissez un titre de 3 à 200 caractères.";
  if (values.startsAt && values.endsAt && values.endsAt <= values.startsAt) errors.endsAt = "L'heure de fin doit suivre l'heure de début.";
  if (values.room.trim().length > 100) errors.room = "Saisissez la salle en 100 caractères au plus.";
  const facilitators = facilitatorsOf(values.facilitators);
  if (facilitators.length > 20) errors.facilitators = "Indiquez 20 animateurs au plus.";
  else if (facilitators.some((f) => f.length > 200)) errors.facilitators = "Chaque nom d'animateur tient en 200 caractères au plus.";
  return errors;
}

interface Props {
  workshopId: string;
  expectedVersion: number;
  session: SessionView;
  /** Makes the ids of the form unique on the page. */
  idPrefix: string;
  onSaved: (version: number, changes: SessionChanges) => void;
  onCancel: () => void;
  onReload: () => void;
}

/** Changes a session inline: title, time slot, room, facilitators (`workshops.editSession`). */
export function SessionEditForm({ workshopId, expectedVersion, session, idPrefix, onSaved, onCancel, onReload }: Props) {
  const idOf = (field: string) => `${idPrefix}-${field}`;
  const [values, setValues] = useState<Values>({
    title: session.title,
    startsAt: session.startsAt ?? "",
    endsAt: session.endsAt ?? "",
    room: session.room ?? "",
    facilitators: session.facilitators.join("\n"),
  });
  const { errors, failure, setFailure, busy, submit } = useFormSubmission({ fields, idOf });
  const set = (field: keyof Values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  useEffect(() => {
    document.getElementById(`${idPrefix}-title`)?.focus();
  }, [idPrefix]);

  function save(event: FormEvent) {
    void submit(event, check(values), async () => {
      const changes: SessionChanges = {
        title: values.title.trim(),
        startsAt: values.startsAt || null,
        endsAt: values.endsAt || null,
        room: values.room.trim() || null,
        facilitators: facilitatorsOf(values.facilitators),
      };
      const { version } = await workshops.workshops.editSession.mutate({ workshopId, expectedVersion, sessionId: session.sessionId, ...changes });
      onSaved(version, changes);
    });
  }

  return (
    <form onSubmit={save} noValidate aria-busy={busy} aria-label={`Modifier l'atelier « ${session.title} »`}>
      {failure && (
        <WorkshopErrorAlert
          error={failure.error}
          message={failure.message}
          title="L'atelier n'a pas été modifié"
          onReload={() => {
            setFailure(null);
            onReload();
            document.getElementById(idOf("title"))?.focus();
          }}
        />
      )}
      <CampaignInputField id={idOf("title")} label="Titre de l'atelier" error={errors.title} value={values.title} onChange={set("title")} maxLength={200} />
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-6 fr-col-md-3">
          <CampaignInputField id={idOf("startsAt")} label="Début" optional error={errors.startsAt} value={values.startsAt} onChange={set("startsAt")} type="time" />
        </div>
        <div className="fr-col-6 fr-col-md-3">
          <CampaignInputField id={idOf("endsAt")} label="Fin" optional error={errors.endsAt} value={values.endsAt} onChange={set("endsAt")} type="time" />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CampaignInputField
            id={idOf("room")}
            label="Salle"
            optional
            error={errors.room}
            value={values.room}
            onChange={set("room")}
            maxLength={100}
            autoComplete="off"
          />
        </div>
      </div>
      <div className={`fr-input-group${errors.facilitators ? " fr-input-group--error" : ""}`}>
        <label className="fr-label" htmlFor={idOf("facilitators")}>
          Animateurs (facultatif)
          <span className="fr-hint-text" id={`${idOf("facilitators")}-aide`}>Un nom par ligne, 20 au plus.</span>
        </label>
        <textarea
          id={idOf("facilitators")}
          className={`fr-input${errors.facilitators ? " fr-input--error" : ""}`}
          rows={3}
          value={values.facilitators}
          onChange={set("facilitators")}
          aria-invalid={errors.facilitators ? true : undefined}
          aria-describedby={[`${idOf("facilitators")}-aide`, errors.facilitators ? `${idOf("facilitators")}-erreur` : null].filter(Boolean).join(" ")}
        />
        {errors.facilitators && (
          <p id={`${idOf("facilitators")}-erreur`} className="fr-error-text">{errors.facilitators}</p>
        )}
      </div>
      <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm">
        <li>
          <button type="submit" className="fr-btn" disabled={busy}>
            {busy ? "Enregistrement…" : "Enregistrer l'atelier"}
          </button>
        </li>
        <li>
          <button type="button" className="fr-btn fr-btn--secondary" onClick={onCancel} disabled={busy}>
            Annuler
          </button>
        </li>
      </ul>
    </form>
  );
}
