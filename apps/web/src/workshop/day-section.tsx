import { useState, type FormEvent } from "react";
import { workshops } from "../api.js";
import { CampaignInputField } from "../components/campaign-field.js";
import type { FieldErrors } from "../components/campaign-form-errors.js";
import { useFormSubmission } from "../components/form-submission.js";
import type { LoadedWorkshop } from "./use-workshop.js";
import { WorkshopErrorAlert } from "./workshop-error-alert.js";
import { formatDateTime, formatDay, plural } from "./workshop-format.js";
import { WorkshopStatusBadge } from "./workshop-status-badge.js";
import type { WorkshopView } from "./workshop-types.js";

const fields = ["date", "venue", "votesPerParticipant"] as const;
const idOf = (field: string) => `journee-${field}`;

interface Values {
  date: string;
  venue: string;
  votesPerParticipant: string;
}

/** The checks the server makes too, worded for the user; the server has the last word. */
function check(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.date) || Number.isNaN(Date.parse(values.date))) {
    errors.date = "Choisissez la date de la journée, par exemple 18/06/2026.";
  }
  const venue = values.venue.trim();
  if (venue.length < 3 || venue.length > 300) errors.venue = "Saisissez le lieu en 3 à 300 caractères, par exemple « Préfecture de la Meuse, salle Poincaré ».";
  const votes = Number(values.votesPerParticipant);
  if (!Number.isInteger(votes) || votes < 1 || votes > 20) errors.votesPerParticipant = "Saisissez un nombre entier de voix entre 1 et 20.";
  return errors;
}

interface Props {
  loaded: LoadedWorkshop & { workshop: WorkshopView };
  staff: boolean;
}

/** « La journée »: its status, date and venue; staff set or change them (`workshops.schedule`). */
export function DaySection({ loaded, staff }: Props) {
  const { workshop } = loaded;
  return (
    <>
      <ul className="fr-mb-3w">
        <li>
          Statut : <WorkshopStatusBadge status={workshop.status} />
        </li>
        <li>
          Date :{" "}
          {workshop.date ? <time dateTime={workshop.date}>{formatDay(workshop.date)}</time> : "à fixer"}
        </li>
        <li>Lieu : {workshop.venue ?? "à fixer"}</li>
        <li>Voix par participant pour le vote : {workshop.votesPerParticipant}</li>
        {workshop.completedAt && (
          <li>
            Clôturée le <time dateTime={workshop.completedAt}>{formatDateTime(workshop.completedAt)}</time>
          </li>
        )}
        <li>
          {plural(workshop.participants.length, "participant")}, dont{" "}
          {plural(workshop.participants.filter((p) => p.present).length, "présent")} ; {plural(workshop.sessions.length, "atelier")}
        </li>
      </ul>
      {staff && workshop.status !== "completed" && <ScheduleForm loaded={loaded} />}
    </>
  );
}

function ScheduleForm({ loaded }: { loaded: LoadedWorkshop & { workshop: WorkshopView } }) {
  const { workshop } = loaded;
  const [values, setValues] = useState<Values>({
    date: workshop.date ?? "",
    venue: workshop.venue ?? "",
    votesPerParticipant: String(workshop.votesPerParticipant),
  });
  const [done, setDone] = useState<string | null>(null);
  const { errors, failure, setFailure, busy, submit } = useFormSubmission({ fields, idOf });
  const set = (field: keyof Values) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));
  const scheduled = workshop.status === "scheduled";

  function schedule(event: FormEvent) {
    setDone(null);
    void submit(event, check(values), async () => {
      const input = {
        workshopId: workshop.workshopId,
        expectedVersion: workshop.version,
        date: values.date,
        venue: values.venue.trim(),
        votesPerParticipant: Number(values.votesPerParticipant),
      };
      const { version } = await workshops.workshops.schedule.mutate(input);
      loaded.saved(version, (w) => ({ ...w, status: "scheduled", date: input.date, venue: input.venue, votesPerParticipant: input.votesPerParticipant }));
      setDone(`Journée programmée le ${formatDay(input.date)}, lieu : ${input.venue}.`);
    });
  }

  function reload() {
    setFailure(null);
    loaded.reload();
    document.getElementById(idOf("date"))?.focus();
  }

  return (
    <form onSubmit={schedule} noValidate aria-busy={busy} aria-labelledby="journee-form-titre">
      <h3 id="journee-form-titre">{scheduled ? "Changer la date ou le lieu" : "Programmer la journée"}</h3>
      <p className="fr-text--sm">
        La date et le lieu sont transmis au suivi des projets ; pensez à prévenir les participants. Les champs marqués d'un
        astérisque (*) sont obligatoires.
      </p>
      <div role="status">
        {done && (
          <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w">
            <p>{done}</p>
          </div>
        )}
      </div>
      {failure && <WorkshopErrorAlert error={failure.error} message={failure.message} title="La date et le lieu n'ont pas été enregistrés" onReload={reload} />}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-4">
          <CampaignInputField id={idOf("date")} label="Date de la journée" error={errors.date} value={values.date} onChange={set("date")} type="date" />
        </div>
        <div className="fr-col-12 fr-col-md-8">
          <CampaignInputField
            id={idOf("venue")}
            label="Lieu"
            hint="L'adresse ou la salle, par exemple « Préfecture de la Meuse, salle Poincaré, Bar-le-Duc »."
            error={errors.venue}
            value={values.venue}
            onChange={set("venue")}
            maxLength={300}
            autoComplete="off"
          />
        </div>
        <div className="fr-col-12 fr-col-md-4">
          <CampaignInputField
            id={idOf("votesPerParticipant")}
            label="Voix par participant"
            hint="Les gommettes que chacun répartit sur les fiches projet, de 1 à 20."
            error={errors.votesPerParticipant}
            value={values.votesPerParticipant}
            onChange={set("votesPerParticipant")}
            type="number"
            inputMode="numeric"
            min={1}
            max={20}
          />
        </div>
      </div>
      <button className="fr-btn" type="submit" disabled={busy}>
        {busy ? "Enregistrement…" : "Enregistrer la date et le lieu"}
      </button>
    </form>
  );
}
