import { territoryLabel } from "../../../../packages/shared/src/territories/territory-label.js";
import { CampaignTable } from "../components/campaign-table.js";
import { formatBudget, plural } from "./workshop-format.js";
import { kindLabels, maturityLabels, type CandidateView, type NeedView } from "./workshop-types.js";

interface Props {
  candidates: CandidateView[];
  needs: NeedView[];
  votesPerParticipant: number;
}

/** The candidate projects of the day, most voted first, with the needs they answer. */
export function CandidatesList({ candidates, needs, votesPerParticipant }: Props) {
  if (candidates.length === 0) return <p>Aucune fiche projet pour le moment.</p>;
  const intro = (
    <p className="fr-text--sm">
      Les plus votées d'abord ; chaque participant dispose de {plural(votesPerParticipant, "voix", "voix")}.
    </p>
  );
  const statement = (needId: string) => needs.find((n) => n.needId === needId)?.statement ?? needId;
  return (
    <>
      {intro}
      <CampaignTable size="sm" multiline
        caption={`Fiches projet (${candidates.length}), les plus votées d'abord`}
        hideCaption
        headers={["Fiche projet", "Nature", "Porteur", "Maturité", "Budget", "Besoins repris", "Voix"]}
      >
        {candidates.map((c) => (
          <tr key={c.candidateId}>
            <th scope="row">
              {c.title}
              {c.territories.length > 0 && (
                <>
                  <br />
                  <span className="fr-text--xs">{c.territories.map((t) => territoryLabel(t.code, t.name)).join(", ")}</span>
                </>
              )}
            </th>
            <td>{kindLabels[c.kind]}</td>
            <td>{c.leadOrganisation}</td>
            <td>{maturityLabels[c.maturity]}</td>
            <td>{formatBudget(c.budgetRange)}</td>
            <td>
              {c.needIds.length === 0 ? (
                "Aucun"
              ) : (
                <ul className="fr-mb-0">
                  {c.needIds.map((id) => (
                    <li key={id}>{statement(id)}</li>
                  ))}
                </ul>
              )}
            </td>
            <td>{c.votes}</td>
          </tr>
        ))}
      </CampaignTable>
    </>
  );
}
