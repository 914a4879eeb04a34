import { useState, type FormEvent } from "react";
import { questionnaire } from "../api.js";
import { CampaignInputField, CampaignSelectField } from "./campaign-field.js";
import type { FieldErrors } from "./campaign-form-errors.js";
import { CampaignInvitationLink } from "./campaign-invitation-link.js";
import { useFormSubmission } from "./form-submission.js";
import { actorTypeOptions, type ActorType, type InvitationInput } from "./campaign-types.js";
import { TerritoryCombobox } from "./territory-combobox.js";
import { useTerritories } from "./use-territories.js";

const KINDS = ["epci", "commune"] as const;

const fields = ["organisation", "actorType", "contactName", "contactEmail", "territory"] as const;
const idOf = (field: string) => `invitation-${field}`;
const empty = { organisation: "", actorType: "", contactName: "", contactEmail: "", territory: "" };
type Values = typeof empty;

/** The code comes from the list: an EPCI's SIREN has 9 digits, an INSEE commune code 5 characters. */
function territoryOf(code: string): InvitationInput["territory"] {
  if (!code) return null;
  return { kind: code.length === 9 ? "epci" : "commune", code };
}

function check(values: Values): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.organisation.trim()) errors.organisation = "Saisissez le nom de l'organisation invitée.";
  if (!values.actorType) errors.actorType = "Choisissez le type d'acteur.";
  const email = values.contactEmail.trim();
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    errors.contactEmail = "Saisissez une adresse électronique valide, par exemple nom@exemple.fr.";
  }
  return errors;
}

interface Props {
  campaignId: string;
  departmentCode: string;
  onInvited: () => void;
}

/** Invites one more actor to the campaign, and shows its link to send. */
export function CampaignInviteForm({ campaignId, departmentCode, onInvited }: Props) {
  const territories = useTerritories(departmentCode);
  const [values, setValues] = useState<Values>(empty);
  const [invited, setInvited] = useState<{ organisation: string; token: string } | null>(null);
  const { errors, failure, busy, submit } = useFormSubmission({ fields, idOf, prefix: "invitations.0." });

  const set = (field: keyof Values) => (event: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: event.target.value }));

  function invite(event: FormEvent) {
    setInvited(null);
    void submit(event, check(values), async () => {
      const [created] = await questionnaire.campaigns.invite.mutate({
        campaignId,
        invitations: [
          {
            organisation: values.organisation.trim(),
            actorType: values.actorType as ActorType,
            contactName: values.contactName.trim() || null,
            contactEmail: values.contactEmail.trim() || null,
            territory: territoryOf(values.territory),
          },
        ],
      });
      if (created) setInvited({ organisation: created.organisation, token: created.token });
      setValues(empty);
      onInvited();
    });
  }

  return (
    <form onSubmit={invite} noValidate aria-busy={busy} aria-labelledby="invitation-titre">
      <h3 id="invitation-titre">Inviter un acteur</h3>
      <p className="fr-text--sm">
        Chaque acteur reçoit son propre lien, sans compte à créer. Les champs marqués d'un astérisque (*) sont obligatoires.
      </p>
      <div role="status">
        {invited && (
          <div className="fr-alert fr-alert--success fr-mb-3w">
            <p className="fr-alert__title">{invited.organisation} est invité(e)</p>
            <p>Envoyez-lui ce lien, à lui seul : il permet de répondre au nom de l'organisation.</p>
            <CampaignInvitationLink token={invited.token} organisation={invited.organisation} />
          </div>
        )}
      </div>
      {failure && (
        <div className="fr-alert fr-alert--error fr-mb-3w" role="alert">
          <p className="fr-alert__title">L'acteur n'a pas été invité</p>
          <p>{failure.message}</p>
        </div>
      )}
      <div className="fr-grid-row fr-grid-row--gutters">
        <div className="fr-col-12 fr-col-md-6">
          <CampaignInputField
            id={idOf("organisation")}
            label="Organisation"
            hint="Par exemple « Communauté de communes du Pays de Stenay »."
            error={errors.organisation}
            value={values.organisation}
            onChange={set("organisation")}
            maxLength={200}
            autoComplete="organization"
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CampaignSelectField
            id={idOf("actorType")}
            label="Type d'acteur"
            error={errors.actorType}
            value={values.actorType}
            onChange={set("actorType")}
          >
            <option value="" disabled>Sélectionnez un type d'acteur</option>
            {actorTypeOptions.map(([value, label]) => (
              <option key={value} value={value}>{label}</option>
            ))}
          </CampaignSelectField>
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CampaignInputField
            id={idOf("contactName")}
            label="Nom du contact"
            optional
            error={errors.contactName}
            value={values.contactName}
            onChange={set("contactName")}
            maxLength={200}
            autoComplete="name"
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <CampaignInputField
            id={idOf("contactEmail")}
            label="Courriel du contact"
            optional
            hint="Pour lui envoyer le lien et le relancer."
            error={errors.contactEmail}
            value={values.contactEmail}
            onChange={set("contactEmail")}
            type="email"
            maxLength={320}
            autoComplete="email"
          />
        </div>
        <div className="fr-col-12 fr-col-md-6">
          <TerritoryCombobox
            id={idOf("territory")}
            label={
              <>
                Commune ou intercommunalité (facultatif)
                <span className="fr-hint-text" id={`${idOf("territory")}-aide`}>Le territoire pour lequel l'acteur s'exprime.</span>
              </>
            }
            describedBy={`${idOf("territory")}-aide`}
            error={errors.territory}
            territories={territories}
            kinds={KINDS}
            multiple={false}
            value={values.territory ? [values.territory] : []}
            onChange={(codes) => setValues((v) => ({ ...v, territory: codes[0] ?? "" }))}
          />
        </div>
      </div>
      <button className="fr-btn" type="submit" disabled={busy}>
        {busy ? "Invitation en cours…" : "Inviter l'acteur"}
      </button>
    </form>
  );
}
