import { useState, type FormEvent } from "react";
import { workshops } from "../api.js";
import { CampaignInputField, CampaignSelectField } from "../components/campaign-field.js";
import type { FieldErrors } from "../components/campaign-form-errors.js";
import { useFormSubmission } from "../components/form-submission.js";
import { WorkshopErrorAlert } from "./workshop-error-alert.js";
import { themeOptions, type SessionView } from "./workshop-types.js";

const fields = ["themeCode", "title"] as const;
const idOf = (field: string) => `nouvel-atelier-${field}`;

interface Props {
  workshopId: string;
  expectedVersion: number;
  sessions: SessionView[];
  onAdded: (version: number, session: SessionView) => void;
  onReload: () => void;
}

/** « Ajouter un atelier » on a theme, at the end of the day (`workshops.addSession`). */
export function SessionAddForm({ workshopId, expectedVersion, sessions, onAdded, onReload }: Props) {
  const themes = themeOptions(sessions);
  const [values, setValues] = useState({ themeCode: "", title: "" });
  const { errors, failure, setFailure, busy, submit } = useFormSubmission({ fields, idOf });

  function chooseTheme(themeCode: string) {
    const previous = themes.find((t) => t.code === values.themeCode)?.label ?? "";
    const label = themes.find((t) => t.code === themeCode)?.label ?? "";
    // The theme's name is a fair first title, until staff type their own.
    setValues((v) => ({ themeCode, title: !v.title.trim() || v.title === previous ? label : v.title }));
  }

  function add(event: FormEvent) {
    const found: FieldErrors = {};
    if (!values.themeCode) found.themeCode = "Choisissez le thème de l'atelier.";
    const title = values.title.trim();
    if (title.length < 3 || title.length > 200) found.title = "Saisissez un titre de 3 à 200 caractères.";
    void submit(event, found, async () => {
      const { sessionId, version } = await workshops.workshops.addSession.mutate({ workshopId, expectedVersion, themeCode: values.themeCode, title });
      onAdded(version, {
        sessionId,
        themeCode: values.themeCode,
        title,
        startsAt: null,
        endsAt: null,
        room: null,
        facilitators: [],
        evidence: { themeRank: null, themeScore: 0, explanation: "", topContributions: [], freeTexts: [], actors: [], territories: [] },
      });
      setValues({ themeCode: "", title: "" });
    });
  }

  return (
    <form onSubmit={add} noValidate aria-busy={busy} aria-labelledby="nouvel-atelier-titre-form">
      <h3 id="nouvel-atelier-titre-form">Ajouter un atelier</h3>
      <p className="fr-text--sm">
        Sur un thème que le classement n'a pas mis en tête, ou un second atelier sur un même thème. Il s'ajoute à la fin de la journée.
      </p>
      {failure && (
        <WorkshopErrorAlert
          error={failure.error}
          message={failure.message}
          title="L'atelier n'a pas été ajouté"
          onReload={() => {
            setFailure(null);
            onReload();
            document.getElementById(idOf("themeCode"))?.focus();
          }}
        />
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <CampaignSelectField id={idOf("themeCode")} label="Thème" error={errors.themeCode} value={values.themeCode} onChange={(e) => chooseTheme(e.target.value)}>
            <option value="" disabled>Sélectionnez un thème</option>
            {themes.map((t) => (
              <option key={t.code} value={t.code}>{t.label}</option>
            ))}
          </CampaignSelectField>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CampaignInputField
            id={idOf("title")}
            label="Titre de l'atelier"
            error={errors.title}
            value={values.title}
            onChange={(e) => setValues((v) => ({ ...v, title: e.target.value }))}
            maxLength={200}
            autoComplete="off"
          />
        </div>
      </div>
      <button type="submit" className="fr-btn fr-btn--secondary" disabled={busy}>
        {busy ? "Ajout en cours…" : "Ajouter l'atelier"}
      </button>
    </form>
  );
}
