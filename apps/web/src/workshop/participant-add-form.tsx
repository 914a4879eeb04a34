import { useState, type FormEvent } from "react";
import { workshops } from "../api.js";
import { CampaignInputField, CampaignSelectField } from "../components/campaign-field.js";
import type { FieldErrors } from "../components/campaign-form-errors.js";
import { actorTypeOptions, type ActorType } from "../components/campaign-types.js";
import { useFormSubmission } from "../components/form-submission.js";
import { WorkshopErrorAlert } from "./workshop-error-alert.js";
import type { ParticipantView } from "./workshop-types.js";

const fields = ["name", "organisation", "actorType", "email"] as const;
const idOf = (field: string) => `nouveau-participant-${field}`;
const empty = { name: "", organisation: "", actorType: "", email: "" };
type Values = typeof empty;

function check(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = "Saisissez le nom de la personne.";
  if (!values.organisation.trim()) errors.organisation = "Saisissez son organisation.";
  if (!values.actorType) errors.actorType = "Choisissez le type d'organisation.";
  const email = values.email.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.";
  return errors;
}

interface Props {
  workshopId: string;
  expectedVersion: number;
  onAdded: (version: number, participant: ParticipantView) => void;
  onReload: () => void;
}

/** Adds an associated participant (DDT, Région, hub…) beside the invited actors (`workshops.addParticipant`). */
export function ParticipantAddForm({ workshopId, expectedVersion, onAdded, onReload }: Props) {
  const [values, setValues] = useState<Values>(empty);
  const { errors, failure, setFailure, busy, submit } = useFormSubmission({ fields, idOf });
  const set = (field: keyof Values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  function add(event: FormEvent) {
    void submit(event, check(values), async () => {
      const person = {
        name: values.name.trim(),
        organisation: values.organisation.trim(),
        actorType: values.actorType as ActorType,
        email: values.email.trim() || null,
      };
      const { participantId, version } = await workshops.workshops.addParticipant.mutate({ workshopId, expectedVersion, ...person });
      onAdded(version, { participantId, ...person, source: "associated", sessionIds: [], present: false });
      setValues(empty);
      document.getElementById(idOf("name"))?.focus();
    });
  }

  return (
    <form onSubmit={add} noValidate aria-busy={busy} aria-labelledby="nouveau-participant-titre">
      <h3 id="nouveau-participant-titre">Ajouter un participant associé</h3>
      <p className="fr-text--sm">
        Une personne venue sans invitation au questionnaire : DDT, SGAR, Région, hub régional… Les champs marqués d'un astérisque (*) sont obligatoires.
      </p>
      {failure && (
        <WorkshopErrorAlert
          error={failure.error}
          message={failure.message}
          title="Le participant n'a pas été ajouté"
          onReload={() => {
            setFailure(null);
            onReload();
            document.getElementById(idOf("name"))?.focus();
          }}
        />
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <CampaignInputField id={idOf("name")} label="Nom et prénom" error={errors.name} value={values.name} onChange={set("name")} maxLength={200} autoComplete="off" />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CampaignInputField
            id={idOf("organisation")}
            label="Organisation"
            hint="Par exemple « DDT de la Meuse »."
            error={errors.organisation}
            value={values.organisation}
            onChange={set("organisation")}
            maxLength={200}
            autoComplete="off"
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CampaignSelectField id={idOf("actorType")} label="Type d'organisation" error={errors.actorType} value={values.actorType} onChange={set("actorType")}>
            <option value="" disabled>Sélectionnez un type</option>
            {actorTypeOptions.map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </CampaignSelectField>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CampaignInputField
            id={idOf("email")}
            label="Courriel"
            optional
            hint="Visible des seuls agents de l'ANCT et de la préfecture."
            error={errors.email}
            value={values.email}
            onChange={set("email")}
            type="email"
            maxLength={320}
            autoComplete="off"
          />
        </div>
      </div>
      <button type="submit" className="fr-btn fr-btn--secondary" disabled={busy}>
        {busy ? "Ajout en cours…" : "Ajouter le participant"}
      </button>
    </form>
  );
}
