import { questionnaire } from "../api.js";
import { CampaignErrorAlert } from "./campaign-error-alert.js";
import { formatRate } from "./campaign-format.js";
import { useCampaignQuery } from "./campaign-query.js";
import { CampaignTable } from "./campaign-table.js";
import { actorTypeLabels, type Participation } from "./campaign-types.js";

/** « Participation »: who answered, by actor type and by EPCI, and who to remind. */
export function CampaignParticipation({ campaignId, version }: { campaignId: string; version: number }) {
  const participation = useCampaignQuery(() => questionnaire.campaigns.participation.query({ campaignId }), `${campaignId}:${version}`);
  return (
    <div aria-busy={participation.loading}>
      {participation.loading && <p>Chargement…</p>}
      {participation.error !== null && (
        <CampaignErrorAlert error={participation.error} title="La participation n'a pas pu être chargée" onRetry={participation.reload} />
      )}
      {participation.data && <ParticipationFigures participation={participation.data} />}
    </div>
  );
}

function ParticipationFigures({ participation: p }: { participation: Participation }) {
  return (
    <>
      <p className="fr-text--lead">
        {p.responded} acteur{p.responded > 1 ? "s" : ""} sur {p.invited} invité{p.invited > 1 ? "s" : ""} {p.responded > 1 ? "ont envoyé leurs" : "a envoyé ses"}{" "}
        réponses (taux de réponse : {formatRate(p.responded, p.invited)}).
      </p>
      {p.byActorType.length > 0 && (
        <CampaignTable caption="Par type d'acteur" headers={["Type d'acteur", "Invités", "Ont répondu", "Taux de réponse"]} size="sm">
          {p.byActorType.map((row) => (
            <tr key={row.actorType}>
              <td>{actorTypeLabels[row.actorType]}</td>
              <td>{row.invited}</td>
              <td>{row.responded}</td>
              <td>{formatRate(row.responded, row.invited)}</td>
            </tr>
          ))}
        </CampaignTable>
      )}
      {p.byEpci.length > 0 && (
        <CampaignTable caption="Par intercommunalité (EPCI)" headers={["EPCI", "Invités", "Ont répondu", "Taux de réponse"]} size="sm">
          {p.byEpci.map((row) => (
            <tr key={row.epciCode || "sans-epci"}>
              <td>{row.epciCode ? `${row.epciName} (${row.epciCode})` : row.epciName || "Sans territoire intercommunal"}</td>
              <td>{row.invited}</td>
              <td>{row.responded}</td>
              <td>{formatRate(row.responded, row.invited)}</td>
            </tr>
          ))}
        </CampaignTable>
      )}
      <h3>À relancer</h3>
      {p.toRemind.length === 0 ? (
        <p>Tous les acteurs invités ont répondu.</p>
      ) : (
        <CampaignTable
          caption={`Acteurs qui n'ont pas encore répondu (${p.toRemind.length})`}
          headers={["Organisation", "Type", "Contact", "État"]}
          size="sm"
        >
          {p.toRemind.map((row) => (
            <tr key={row.invitationId}>
              <td>{row.organisation}</td>
              <td>{actorTypeLabels[row.actorType]}</td>
              <td>
                {row.contactName ?? (row.contactEmail ? null : "Aucun contact renseigné")}
                {row.contactName && row.contactEmail && <br />}
                {row.contactEmail && <a className="fr-link" href={`mailto:${row.contactEmail}`}>{row.contactEmail}</a>}
              </td>
              <td>{row.draftStarted ? "Brouillon commencé, non envoyé" : "Pas commencé"}</td>
            </tr>
          ))}
        </CampaignTable>
      )}
    </>
  );
}
