import { useState, type FormEvent } from "react";
import { questionnaire } from "../api.js";
import { CampaignInputField, CampaignSelectField } from "./campaign-field.js";
import type { FieldErrors } from "./campaign-form-errors.js";
import { formatDate } from "./campaign-format.js";
import { campaignPath, CampaignNavLink } from "./campaign-nav-link.js";
import type { CampaignView } from "./campaign-types.js";
import { useFormSubmission } from "./form-submission.js";

const fields = ["departmentCode", "edition", "title", "closesAt", "contact.service", "contact.email", "contact.phone"] as const;
const idOf = (field: string) => `ouverture-${field}`;
// The rule of `departmentCodeSchema` in @tetris/shared, checked here to answer in French at once.
const departmentCode = /^(0[1-9]|[1-8]\d|9[0-5]|2A|2B|97[1-6])$/;

interface Values {
  departmentCode: string;
  edition: string;
  title: string;
  closesOn: string;
  contactService: string;
  contactEmail: string;
  contactPhone: string;
}

/** The checks the server makes too, worded for the user; the server has the last word. */
function check(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  if (!departmentCode.test(values.departmentCode.trim().toUpperCase())) {
    errors.departmentCode = "Saisissez un code de département valide, par exemple 55, 09, 2A ou 971.";
  }
  const edition = Number(values.edition);
  if (!Number.isInteger(edition) || edition < 2020 || edition > 2100) {
    errors.edition = "Saisissez l'année de l'édition, entre 2020 et 2100.";
  }
  const title = values.title.trim();
  if (title.length < 3 || title.length > 200) {
    errors.title = "Saisissez un titre de 3 à 200 caractères.";
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(values.closesOn)) {
    errors.closesAt = "Choisissez la date de clôture.";
  } else if (endOfDay(values.closesOn).getTime() <= Date.now()) {
    errors.closesAt = "La date de clôture doit être aujourd'hui ou plus tard.";
  }
  if (!values.contactService.trim() && (values.contactEmail.trim() || values.contactPhone.trim())) {
    errors["contact.service"] = "Nommez le service à contacter, par exemple « Préfecture de la Meuse — mission numérique ».";
  }
  return errors;
}

/** The links accept answers until the end of the chosen day, in the user's time zone. */
function endOfDay(date: string): Date {
  return new Date(`${date}T23:59:59`);
}

interface Props {
  /** The départements of a préfecture user; empty for ANCT, who may type any. */
  departments: string[];
  onOpened: (campaign: CampaignView) => void;
}

/** « Ouvrir une campagne »: a case's campaign on the latest published questionnaire; actors are invited afterwards. */
export function CampaignOpenForm({ departments, onOpened }: Props) {
  const [values, setValues] = useState<Values>({
    departmentCode: departments.length === 1 ? departments[0]! : "",
    edition: String(new Date().getFullYear()),
    title: "",
    closesOn: "",
    contactService: "",
    contactEmail: "",
    contactPhone: "",
  });
  const [opened, setOpened] = useState<CampaignView | null>(null);
  const { errors, failure, busy, submit } = useFormSubmission({ fields, idOf });

  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  function openCampaign(event: FormEvent) {
    setOpened(null);
    void submit(event, check(values), async () => {
      const campaign = await questionnaire.campaigns.open.mutate({
        departmentCode: values.departmentCode.trim().toUpperCase(),
        edition: Number(values.edition),
        title: values.title.trim(),
        closesAt: endOfDay(values.closesOn).toISOString(),
        contact: values.contactService.trim()
          ? { service: values.contactService.trim(), email: values.contactEmail.trim() || null, phone: values.contactPhone.trim() || null }
          : null,
        invitations: [],
      });
      setOpened(campaign);
      setValues((v) => ({ ...v, title: "", closesOn: "" }));
      onOpened(campaign);
    });
  }

  return (
    <form onSubmit={openCampaign} noValidate aria-busy={busy} aria-labelledby="ouverture-titre">
      <h2 id="ouverture-titre">Ouvrir une campagne</h2>
      <p className="fr-text--sm">
        Une campagne par département et par édition. Elle utilise la dernière version publiée du questionnaire ;
        vous inviterez les acteurs depuis la page de la campagne. Les champs marqués d'un astérisque (*) sont obligatoires.
      </p>
      <div role="status">
        {opened && (
          <div className="fr-alert fr-alert--success fr-mb-3w">
            <p className="fr-alert__title">Campagne ouverte</p>
            <p>
              « {opened.title} » (dossier {opened.caseId}) accepte les réponses jusqu'au {formatDate(opened.closesAt)}.{" "}
              <CampaignNavLink className="fr-link" href={campaignPath(opened.campaignId)}>
                Inviter les acteurs
              </CampaignNavLink>
            </p>
          </div>
        )}
      </div>
      {failure && (
        <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
          <p className="fr-alert__title">La campagne n'a pas été ouverte</p>
          <p>{failure.message}</p>
        </div>
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          {departments.length > 1 ? (
            <CampaignSelectField
              id={idOf("departmentCode")}
              label="Département"
              error={errors.departmentCode}
              value={values.departmentCode}
              onChange={set("departmentCode")}
            >
              <option value="" disabled>Sélectionnez un département</option>
              {departments.map((code) => (
                <option key={code} value={code}>{code}</option>
              ))}
            </CampaignSelectField>
          ) : (
            <CampaignInputField
              id={idOf("departmentCode")}
              label="Code du département"
              hint="Code INSEE, par exemple 55 (Meuse) ou 09 (Ariège)."
              error={errors.departmentCode}
              value={values.departmentCode}
              onChange={set("departmentCode")}
              readOnly={departments.length === 1}
              autoComplete="off"
              maxLength={3}
            />
          )}
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CampaignInputField
            id={idOf("edition")}
            label="Édition"
            hint="L'année du diagnostic, par exemple 2026."
            error={errors.edition}
            value={values.edition}
            onChange={set("edition")}
            type="number"
            inputMode="numeric"
            min={2020}
            max={2100}
          />
        </div>
      </div>
      <CampaignInputField
        id={idOf("title")}
        label="Titre de la campagne"
        hint="Il est montré aux acteurs invités, par exemple « Questionnaire de cadrage Tétris — Meuse 2026 »."
        error={errors.title}
        value={values.title}
        onChange={set("title")}
        maxLength={200}
      />
      <CampaignInputField
        id={idOf("closesAt")}
        label="Date de clôture"
        hint="Les liens n'acceptent plus de réponses après ce jour, à 23 h 59."
        error={errors.closesAt}
        value={values.closesOn}
        onChange={set("closesOn")}
        type="date"
      />
      <fieldset className="fr-fieldset" aria-describedby="ouverture-contact-aide">
        <legend className="fr-fieldset__legend">
          Contact montré aux acteurs invités
          <span className="fr-hint-text" id="ouverture-contact-aide">Facultatif : le service de la préfecture que les répondants peuvent joindre pour une question.</span>
        </legend>
        <div className="fr-fieldset__element">
          <CampaignInputField optional id={idOf("contact.service")} label="Service" error={errors["contact.service"]} value={values.contactService} onChange={set("contactService")} maxLength={200} />
        </div>
        <div className="fr-fieldset__element">
          <CampaignInputField optional id={idOf("contact.email")} label="Adresse électronique" error={errors["contact.email"]} value={values.contactEmail} onChange={set("contactEmail")} type="email" autoComplete="email" maxLength={320} />
        </div>
        <div className="fr-fieldset__element">
          <CampaignInputField optional id={idOf("contact.phone")} label="Téléphone" error={errors["contact.phone"]} value={values.contactPhone} onChange={set("contactPhone")} type="tel" autoComplete="tel" maxLength={25} />
        </div>
      </fieldset>
      <button className="fr-btn" type="submit" disabled={busy}>
        {busy ? "Ouverture en cours…" : "Ouvrir la campagne"}
      </button>
    </form>
  );
}
