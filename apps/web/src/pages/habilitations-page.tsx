import { useState } from "react";
import { AccessJournal } from "../access/access-journal.js";
import { HabilitationGrantForm } from "../access/habilitation-grant-form.js";
import { HabilitationTable, type HabilitationRow } from "../access/habilitation-table.js";
import { useDepartments } from "../access/use-departments.js";
import { access } from "../api.js";
import { CampaignErrorAlert } from "../components/campaign-error-alert.js";
import { useCampaignQuery } from "../components/campaign-query.js";
import { usePageTitle } from "../page-title.js";
import { currentUser } from "../session.js";

/** ANCT grants and withdraws who may do what, and reads who did what when. */
export function HabilitationsPage() {
  usePageTitle("Habilitations");
  const user = currentUser();
  const departments = useDepartments();
  const list = useCampaignQuery(() => access.habilitations.list.query(), "habilitations");
  const [done, setDone] = useState<string | null>(null);
  const [round, setRound] = useState(0);
  if (user?.role !== "anct") {
    return (
      <>
        <h1>Habilitations</h1>
        <div className="fr-alert fr-alert--info"><p>Seuls les agents de l’ANCT gèrent les habilitations.</p></div>
      </>
    );
  }
  const changed = (message: string) => {
    setDone(message);
    list.reload();
    setRound((r) => r + 1);
  };
  return (
    <>
      <h1>Habilitations</h1>
      <p>
        Qui peut faire quoi dans Tétris. Une habilitation vaut pour une personne (son adresse ProConnect) ou pour toute une organisation (son SIRET) ;
        celle d’une personne l’emporte sur celle de son organisation. Un changement vaut dès la page suivante de l’agent.
      </p>
      <div role="status" className="fr-mb-2w">
        {done && <div className="fr-alert fr-alert--success fr-alert--sm"><p>{done}</p></div>}
      </div>
      <div aria-busy={list.loading}>
        {list.error !== null && <CampaignErrorAlert error={list.error} title="Les habilitations n’ont pas pu être chargées" onRetry={list.reload} />}
        {list.data && (
          <HabilitationTable rows={list.data.habilitations as HabilitationRow[]} nameOf={departments.nameOf} onWithdrawn={(who) => changed(`Habilitation de ${who} retirée.`)} />
        )}
      </div>
      <div className="fr-grid-row fr-mt-5w">
        <div className="fr-col-12 fr-col-lg-8">
          <HabilitationGrantForm departments={departments.list} nameOf={departments.nameOf} onGranted={(who) => changed(`Habilitation accordée à ${who}.`)} />
        </div>
      </div>
      <div className="fr-mt-6w">
        <AccessJournal nameOf={departments.nameOf} refresh={round} />
      </div>
    </>
  );
}
