import { answeringMinutes } from "./answering-time.js";
import { frenchDay } from "./respondent-format.js";
import type { Opened } from "./respondent-types.js";

interface Props {
  opened: Opened;
  /** The respondent has answers already: the button resumes instead of starting. */
  resuming: boolean;
  onStart: () => void;
}

/** What a local actor needs before the first question: why, who reads, how long, until when, whom to ask. */
export function RespondentIntro({ opened, resuming, onStart }: Props) {
  const { campaign, template } = opened;
  const prefecture = `la préfecture ${campaign.ofDepartment}`;
  return (
    <>
      <p className="fr-text--lead">
        Dans le cadre de Tétris, {prefecture} et l'Agence nationale de la cohésion des territoires (ANCT) font le point sur les
        besoins numériques et les tiers-lieux du département. Vos réponses classent les thèmes qui seront traités en priorité
        lors de la journée d'ateliers organisée à la préfecture.
      </p>
      <ul className="fr-mb-3w">
        <li>Durée : environ {answeringMinutes(template)} minutes, en {template.sections.length} parties.</li>
        <li>
          À envoyer avant le <strong>{frenchDay(campaign.closesAt)}</strong>. Vous pourrez modifier vos réponses jusqu'à cette date.
        </li>
        <li>
          Vous pouvez vous arrêter et reprendre plus tard avec le même lien : vos réponses sont enregistrées au fur et à mesure, sur
          le serveur et sur cet appareil.
        </li>
        <li>Les questions marquées d'un astérisque (*) sont obligatoires pour envoyer vos réponses. Les autres sont facultatives.</li>
      </ul>
      <h2 className="fr-h4">Qui lit vos réponses ?</h2>
      <p>
        Les services de {prefecture} et l'ANCT. Les partenaires du diagnostic (services de l'État, Région, Banque des territoires…)
        lisent les réponses, jamais vos coordonnées.
      </p>
      <div className="fr-callout fr-mb-3w">
        <h2 className="fr-callout__title fr-h5">Une question ?</h2>
        {campaign.contact ? (
          <p className="fr-callout__text">
            {campaign.contact.service}
            {campaign.contact.email && (
              <>
                <br />
                <a className="fr-link" href={`mailto:${campaign.contact.email}`}>{campaign.contact.email}</a>
              </>
            )}
            {campaign.contact.phone && (
              <>
                <br />
                <a className="fr-link" href={`tel:${campaign.contact.phone.replace(/[^+\d]/g, "")}`}>{campaign.contact.phone}</a>
              </>
            )}
          </p>
        ) : (
          <p className="fr-callout__text">Adressez-vous à la préfecture {campaign.ofDepartment}, qui vous a envoyé ce lien.</p>
        )}
      </div>
      <p className="fr-text--sm">
        Données personnelles : vos réponses et le nom de votre organisation servent uniquement à ce diagnostic.{" "}
        <a className="fr-link fr-text--sm" href="/donnees-personnelles">En savoir plus sur vos données et vos droits</a>
      </p>
      <button type="button" className="fr-btn fr-btn--icon-right fr-icon-arrow-right-line" onClick={onStart}>
        {resuming ? "Reprendre le questionnaire" : "Commencer le questionnaire"}
      </button>
    </>
  );
}
