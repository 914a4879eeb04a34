import { useState, type ReactNode } from "react";
import { describeError, questionnaire } from "../api.js";
import { CampaignAnswers } from "../components/campaign-answers.js";
import { CampaignCloseButton } from "../components/campaign-close-button.js";
import { CampaignErrorAlert } from "../components/campaign-error-alert.js";
import { CampaignExports } from "../components/campaign-exports.js";
import { CampaignHeader } from "../components/campaign-header.js";
import { CampaignInvitations } from "../components/campaign-invitations.js";
import { CampaignNavLink } from "../components/campaign-nav-link.js";
import { CampaignParticipation } from "../components/campaign-participation.js";
import { useCampaignQuery } from "../components/campaign-query.js";
import { CampaignRanking } from "../components/campaign-ranking.js";
import { CampaignSignInCallout } from "../components/campaign-sign-in-callout.js";
import { CampaignSummaryNav } from "../components/campaign-summary-nav.js";
import { isCampaignStaff, type CampaignView } from "../components/campaign-types.js";
import { currentUser } from "../session.js";
import { usePageTitle } from "../page-title.js";

/** One campaign: its invitations, participation, answers and, once closed, the ranking of the themes. */
export function CampaignPage({ campaignId }: { campaignId: string }) {
  const user = currentUser();
  if (!user) {
    return (
      <>
        <h1>Campagne</h1>
        <CampaignSignInCallout />
      </>
    );
  }
  return <SignedInCampaignPage campaignId={campaignId} staff={isCampaignStaff(user.role)} />;
}

function SignedInCampaignPage({ campaignId, staff }: { campaignId: string; staff: boolean }) {
  // Bumped after each change (invitation, revocation, closing) to reload what depends on it.
  const [version, setVersion] = useState(0);
  const [closedNotice, setClosedNotice] = useState(false);
  // Another département's campaign answers 404 like one that does not exist: both read as not found.
  const loaded = useCampaignQuery(async () => {
    try {
      return { campaign: await questionnaire.campaigns.get.query({ campaignId }) };
    } catch (err) {
      if (describeError(err).status === 404) return { campaign: null };
      throw err;
    }
  }, `${campaignId}:${version}`);
  const campaign = loaded.data?.campaign ?? null;
  const title = campaign?.title;

  usePageTitle(title ?? "Campagne");

  const changed = () => setVersion((v) => v + 1);

  return (
    <div aria-busy={loaded.loading}>
      {loaded.loading && !loaded.data && <p>Chargement…</p>}
      {loaded.error !== null && (
        <CampaignErrorAlert error={loaded.error} title="La campagne n'a pas pu être chargée" onRetry={loaded.reload} />
      )}
      {loaded.data && !campaign && <NotFound />}
      <div role="status">
        {closedNotice && campaign?.status === "closed" && (
          <div className="fr-alert fr-alert--success fr-mb-3w">
            <p className="fr-alert__title">Campagne clôturée</p>
            <p>Les liens n'acceptent plus de réponses. Le classement des thèmes est prêt ci-dessous.</p>
          </div>
        )}
      </div>
      {campaign && (
        <CampaignContent
          campaign={campaign}
          staff={staff}
          version={version}
          onChanged={changed}
          onClosed={() => {
            setClosedNotice(true);
            changed();
          }}
        />
      )}
    </div>
  );
}

function NotFound() {
  return (
    <>
      <h1>Campagne introuvable</h1>
      <div className="fr-alert fr-alert--warning fr-mb-3w">
        <p className="fr-alert__title">Cette campagne n'existe pas ou vous n'y avez pas accès</p>
        <p>Vérifiez l'adresse, ou choisissez la campagne dans la liste de celles de vos départements.</p>
      </div>
      <CampaignNavLink className="fr-btn" href="/">Voir les campagnes</CampaignNavLink>
    </>
  );
}

interface ContentProps {
  campaign: CampaignView;
  staff: boolean;
  version: number;
  onChanged: () => void;
  onClosed: () => void;
}

function CampaignContent({ campaign, staff, version, onChanged, onClosed }: ContentProps) {
  const closed = campaign.status === "closed";
  const sections: { id: string; label: string; content: ReactNode }[] = [
    ...(closed
      ? [{ id: "classement", label: "Classement des thèmes", content: <CampaignRanking ranking={campaign.ranking ?? []} /> }]
      : []),
    {
      id: "invitations",
      label: "Invitations",
      content: <CampaignInvitations campaign={campaign} staff={staff} version={version} onChanged={onChanged} />,
    },
    { id: "participation", label: "Participation", content: <CampaignParticipation campaignId={campaign.campaignId} version={version} /> },
    { id: "reponses", label: "Réponses", content: <CampaignAnswers campaignId={campaign.campaignId} departmentCode={campaign.departmentCode} version={version} /> },
  ];
  return (
    <>
      <CampaignHeader campaign={campaign} />
      {staff && !closed && <CampaignCloseButton campaign={campaign} onClosed={onClosed} />}
      <h2 className="fr-h5">Exports</h2>
      <CampaignExports campaign={campaign} />
      <CampaignSummaryNav sections={sections} />
      {sections.map((section) => (
        <section key={section.id} className="fr-mb-6w" aria-labelledby={section.id}>
          <h2 id={section.id} tabIndex={-1}>{section.label}</h2>
          {section.content}
        </section>
      ))}
    </>
  );
}
