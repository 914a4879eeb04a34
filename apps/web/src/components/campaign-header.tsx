import { formatDateTime } from "./campaign-format.js";
import { CampaignNavLink } from "./campaign-nav-link.js";
import { CampaignStatusBadge } from "./campaign-status-badge.js";
import type { CampaignView } from "./campaign-types.js";

/** The campaign's title, case, dates and status. */
export function CampaignHeader({ campaign }: { campaign: CampaignView }) {
  return (
    <>
      <p>
        <CampaignNavLink className="fr-link" href="/">Retour aux campagnes</CampaignNavLink>
      </p>
      <h1>{campaign.title}</h1>
      <ul>
        <li>
          Dossier : {campaign.caseId} —{" "}
          <CampaignNavLink className="fr-link" href={`/dossiers/${encodeURIComponent(campaign.caseId)}/projets`}>
            projets du dossier
          </CampaignNavLink>
          {campaign.status === "closed" && (
            <>
              {" — "}
              <CampaignNavLink className="fr-link" href={`/ateliers/workshop-${encodeURIComponent(campaign.campaignId)}`}>
                journée d'ateliers
              </CampaignNavLink>
            </>
          )}
        </li>
        <li>Département : {campaign.departmentCode}</li>
        <li>
          Statut : <CampaignStatusBadge campaign={campaign} />
        </li>
        <li>
          Ouverte le <time dateTime={campaign.opensAt}>{formatDateTime(campaign.opensAt)}</time>
        </li>
        <li>
          {campaign.status === "closed" && campaign.closedAt ? (
            <>Clôturée le <time dateTime={campaign.closedAt}>{formatDateTime(campaign.closedAt)}</time></>
          ) : (
            <>Clôture prévue le <time dateTime={campaign.closesAt}>{formatDateTime(campaign.closesAt)}</time></>
          )}
        </li>
        <li>
          Questionnaire : {campaign.templateId}, version {campaign.templateVersion}
        </li>
        <li>
          Contact montré aux répondants :{" "}
          {campaign.contact
            ? [campaign.contact.service, campaign.contact.email, campaign.contact.phone].filter(Boolean).join(" · ")
            : "aucun (l'introduction du questionnaire invite à s'adresser à la préfecture)"}
        </li>
      </ul>
    </>
  );
}
