import { CampaignTable } from "../components/campaign-table.js";
import { plural } from "./workshop-format.js";
import type { BallotView, CandidateView, ParticipantView } from "./workshop-types.js";

const voix = (n: number) => plural(n, "voix", "voix");

interface Props {
  participants: ParticipantView[];
  candidates: CandidateView[];
  ballots: BallotView[];
  votesPerParticipant: number;
}

/**
 * « Qui a voté » : the participants present on the day and their dots as the service holds them.
 * Someone who voted without being marked present is listed too: their dots count all the same.
 */
export function VoteTurnout({ participants, candidates, ballots, votesPerParticipant }: Props) {
  const ballotOf = new Map(ballots.map((b) => [b.participantId, b]));
  const listed = participants.filter((p) => p.present || ballotOf.has(p.participantId));
  const voted = listed.filter((p) => ballotOf.has(p.participantId)).length;
  const title = (candidateId: string) => candidates.find((c) => c.candidateId === candidateId)?.title ?? candidateId;

  return (
    <>
      <h3 id="vote-participation">Qui a voté</h3>
      {listed.length === 0 ? (
        <p>Personne n'a encore voté et aucun participant n'est marqué présent : cochez les présents dans la section « Participants ».</p>
      ) : (
        <>
          <p className="fr-mb-1w">
            <strong>
              {plural(voted, "participant")} sur {listed.length} {voted > 1 ? "ont" : "a"} voté.
            </strong>
          </p>
          <p className="fr-text--sm">Sont comptés les participants marqués présents, et ceux qui ont voté sans l'être.</p>
          <CampaignTable size="sm" multiline caption="Voix de chaque participant" hideCaption headers={["Participant", "Voix données", "Voix restantes"]}>
            {listed.map((p) => {
              const ballot = ballotOf.get(p.participantId);
              return (
                <tr key={p.participantId}>
                  <th scope="row">
                    {p.name}
                    {p.name !== p.organisation && (
                      <>
                        <br />
                        <span className="fr-text--xs">{p.organisation}</span>
                      </>
                    )}
                    {!p.present && (
                      <>
                        <br />
                        <span className="fr-text--xs">Non marqué présent</span>
                      </>
                    )}
                  </th>
                  <td>
                    {ballot ? (
                      <ul className="fr-mb-0">
                        {Object.entries(ballot.allocations).map(([candidateId, n]) => (
                          <li key={candidateId}>
                            {voix(n)} pour « {title(candidateId)} »
                          </li>
                        ))}
                      </ul>
                    ) : (
                      "N'a pas encore voté"
                    )}
                  </td>
                  <td>{ballot ? ballot.remaining : votesPerParticipant}</td>
                </tr>
              );
            })}
          </CampaignTable>
        </>
      )}
    </>
  );
}
