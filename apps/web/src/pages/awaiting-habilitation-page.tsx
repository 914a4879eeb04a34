import { usePageTitle } from "../page-title.js";
import { signOut } from "../session.js";

/**
 * An agent ProConnect knows but Tétris has granted nothing: who they are signed in as (what
 * ANCT needs to grant them), what to do, and nothing of the data.
 */
export function AwaitingHabilitationPage({ agent }: { agent: { name: string; email: string; siret: string | null } }) {
  usePageTitle("Habilitation en attente");
  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
        <h1>Votre compte n’a pas encore d’habilitation</h1>
        <p>
          Vous êtes connecté avec ProConnect, mais Tétris ne vous a encore attribué ni rôle ni département : vous ne pouvez voir aucune donnée pour le moment.
        </p>
        <div className="fr-callout fr-mb-4w">
          <h2 className="fr-callout__title">Vous êtes connecté en tant que</h2>
          <ul className="fr-callout__text">
            <li>{agent.name}</li>
            <li>Adresse électronique : {agent.email}</li>
            {agent.siret && <li>SIRET de votre organisation : {agent.siret}</li>}
          </ul>
        </div>
        <h2>Que faire ?</h2>
        <p>
          Demandez un accès à votre correspondant Tétris à l’ANCT, en lui indiquant votre adresse électronique et, pour un accès de toute votre
          structure (par exemple une préfecture), son SIRET. Dès que l’habilitation est enregistrée, rechargez cette page : vous n’avez pas besoin de
          vous reconnecter.
        </p>
        <ul className="fr-btns-group fr-btns-group--inline-md">
          <li>
            <button type="button" className="fr-btn" onClick={() => location.reload()}>Vérifier à nouveau</button>
          </li>
          <li>
            <button type="button" className="fr-btn fr-btn--secondary" onClick={() => void signOut()}>Se déconnecter</button>
          </li>
        </ul>
      </div>
    </div>
  );
}
