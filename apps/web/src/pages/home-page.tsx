import { questionnaire } from "../api.js";
import { CampaignErrorAlert } from "../components/campaign-error-alert.js";
import { CampaignListTable } from "../components/campaign-list-table.js";
import { CampaignOpenForm } from "../components/campaign-open-form.js";
import { useCampaignQuery } from "../components/campaign-query.js";
import { CampaignSignInCallout } from "../components/campaign-sign-in-callout.js";
import { isCampaignStaff } from "../components/campaign-types.js";
import { currentUser } from "../session.js";
import { usePageTitle } from "../page-title.js";

/** The staff's home: the campaigns they may see and, for ANCT and préfectures, opening a new one. */
export function HomePage() {
  const user = currentUser();
  const signedIn = user !== null;
  usePageTitle(signedIn ? "Campagnes" : "Accueil");
  if (!user) {
    return (
      <>
        <h1>Tétris</h1>
        <CampaignSignInCallout />
      </>
    );
  }
  return <Campaigns role={user.role} departments={user.departments} />;
}

function Campaigns({ role, departments }: { role: string; departments: string[] }) {
  const campaigns = useCampaignQuery(() => questionnaire.campaigns.list.query(), "campagnes");
  const staff = isCampaignStaff(role);
  return (
    <>
      <h1>Campagnes de questionnaire</h1>
      <div aria-busy={campaigns.loading}>
        {campaigns.loading && <p>Chargement…</p>}
        {campaigns.error !== null && (
          <CampaignErrorAlert error={campaigns.error} title="Les campagnes n'ont pas pu être chargées" onRetry={campaigns.reload} />
        )}
        {campaigns.data && campaigns.data.length === 0 && (
          <p>
            Aucune campagne pour le moment.
            {staff ? " Ouvrez la première avec le formulaire ci-dessous." : ""}
          </p>
        )}
      </div>
      {campaigns.data && campaigns.data.length > 0 && <CampaignListTable campaigns={campaigns.data} />}
      {staff && (
        <div className="fr-mt-6w">
          <CampaignOpenForm departments={role === "anct" ? [] : departments} onOpened={campaigns.reload} />
        </div>
      )}
    </>
  );
}
