import { useState, type FormEvent } from "react";
import { workshops } from "../api.js";
import { CampaignInputField, CampaignSelectField } from "../components/campaign-field.js";
import { useCampaignQuery } from "../components/campaign-query.js";
import { VoteTurnout } from "./vote-turnout.js";
import { WorkshopErrorAlert } from "./workshop-error-alert.js";
import { plural } from "./workshop-format.js";
import type { CandidateView, WorkshopView } from "./workshop-types.js";

const voix = (n: number) => plural(n, "voix", "voix");
const inputId = (candidateId: string) => `vote-${candidateId}`;

interface Props {
  workshop: WorkshopView;
  candidates: CandidateView[];
  /** Votes were recorded: the candidates are loaded again for their totals. */
  onVoted: () => void;
  onReload: () => void;
}

/**
 * « Vote »: a participant spreads their dots over the candidate projects (several on one allowed),
 * staff type them in. Recording replaces all of that participant's earlier votes, so the form
 * starts from the votes the service holds for them: a correction changes what is there.
 */
export function VoteSection({ workshop, candidates, onVoted, onReload }: Props) {
  const workshopId = workshop.workshopId;
  const ballots = useCampaignQuery(() => workshops.candidates.ballots.query({ workshopId }), workshopId);
  const [participantId, setParticipantId] = useState("");
  // Only what was typed for the chosen participant: a field left alone shows their recorded votes,
  // even when those arrive (or change) after the participant was chosen.
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [said, setSaid] = useState("");
  const [busy, setBusy] = useState(false);
  const allowed = workshop.votesPerParticipant;
  const participant = workshop.participants.find((p) => p.participantId === participantId);
  const recorded = ballots.data?.find((b) => b.participantId === participantId)?.allocations ?? {};
  const voted = new Set(ballots.data?.map((b) => b.participantId));
  const valueOf = (candidateId: string) => typed[candidateId] ?? String(recorded[candidateId] ?? 0);

  const count = (text: string) => (text.trim() === "" ? 0 : Number(text));
  const given = candidates.reduce((sum, c) => sum + (Number.isFinite(count(valueOf(c.candidateId))) ? count(valueOf(c.candidateId)) : 0), 0);
  const remaining = allowed - given;
  const tooMany = remaining < 0 ? `Chaque participant dispose de ${voix(allowed)} : ${given} ont été réparties. Retirez-en ${-remaining}.` : null;

  function choose(id: string) {
    setParticipantId(id);
    setTyped({});
    setErrors({});
    setFailure(null);
    setSaid("");
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setSaid("");
    const found: Record<string, string> = {};
    if (!participant) found.participant = "Choisissez le participant qui vote.";
    for (const c of candidates) {
      const n = count(valueOf(c.candidateId));
      if (!Number.isInteger(n) || n < 0 || n > Math.min(allowed, 20)) found[c.candidateId] = `Saisissez un nombre entier de voix entre 0 et ${Math.min(allowed, 20)}.`;
    }
    setErrors(found);
    const wrong = candidates.find((c) => found[c.candidateId]);
    const first = found.participant ? "vote-participant" : wrong ? inputId(wrong.candidateId) : null;
    if (first) return document.getElementById(first)?.focus();
    if (tooMany) return document.getElementById("vote-repartition")?.focus();
    if (!participant || !ballots.data) return;
    setBusy(true);
    try {
      const allocations = Object.fromEntries(candidates.map((c) => [c.candidateId, count(valueOf(c.candidateId))]).filter(([, n]) => Number(n) > 0));
      const ballot = await workshops.candidates.vote.mutate({ workshopId, participantId: participant.participantId, allocations });
      const spent = Object.values(ballot.allocations).reduce((a, n) => a + n, 0);
      setSaid(`Voix de ${participant.name} enregistrées : ${voix(spent)} réparties, il lui en reste ${ballot.remaining}.`);
      ballots.reload();
      onVoted();
    } catch (err) {
      setFailure(err);
    } finally {
      setBusy(false);
    }
  }

  if (candidates.length === 0) return <p>Aucune fiche projet à départager pour le moment : créez-les depuis les besoins.</p>;
  if (workshop.participants.length === 0) return <p>Aucun participant pour voter.</p>;
  return (
    <div aria-busy={ballots.loading}>
      {ballots.error !== null && (
        <WorkshopErrorAlert error={ballots.error} title="Les voix déjà enregistrées n'ont pas pu être chargées" onRetry={ballots.reload} />
      )}
      {ballots.data ? (
        <VoteTurnout participants={workshop.participants} candidates={candidates} ballots={ballots.data} votesPerParticipant={allowed} />
      ) : (
        ballots.error === null && <p>Chargement des voix déjà enregistrées…</p>
      )}
      <form onSubmit={submit} noValidate aria-busy={busy} aria-labelledby="vote-form-titre">
        <h3 id="vote-form-titre">Saisir les voix d'un participant</h3>
        <p className="fr-text--sm">
          Chaque participant dispose de {voix(allowed)} (gommettes) à répartir sur les fiches projet, plusieurs sur une même fiche s'il
          le souhaite. Choisir un participant affiche les voix qu'il a déjà données ; enregistrer les remplace toutes. Les champs
          marqués d'un astérisque (*) sont obligatoires.
        </p>
        <div role="status">
          {said && (
            <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w">
              <p>{said}</p>
            </div>
          )}
        </div>
        {failure !== null && (
          <WorkshopErrorAlert
            error={failure}
            title="Les voix n'ont pas été enregistrées"
            onReload={() => {
              setFailure(null);
              ballots.reload();
              onReload();
            }}
          />
        )}
        <CampaignSelectField id="vote-participant" label="Participant qui vote" error={errors.participant} value={participantId} onChange={(e) => choose(e.target.value)}>
          <option value="" disabled>Sélectionnez un participant</option>
          {workshop.participants.map((p) => (
            <option key={p.participantId} value={p.participantId}>
              {p.name}
              {p.name !== p.organisation ? ` (${p.organisation})` : ""}
              {p.present ? " — présent" : ""}
              {voted.has(p.participantId) ? " — a voté" : ""}
            </option>
          ))}
        </CampaignSelectField>
        {participant && ballots.data && (
          <fieldset
            className={`fr-fieldset${tooMany ? " fr-fieldset--error" : ""}`}
            id="vote-repartition"
            tabIndex={-1}
            aria-describedby="vote-reste"
          >
            <legend className="fr-fieldset__legend">
              Voix de {participant.name}
              <span className="fr-hint-text">{voted.has(participant.participantId) ? "Ses voix déjà enregistrées, à modifier si besoin." : "N'a pas encore voté."}</span>
            </legend>
            {candidates.map((c) => (
              <div className="fr-fieldset__element" key={c.candidateId}>
                <CampaignInputField
                  id={inputId(c.candidateId)}
                  label={c.title}
                  hint={`${voix(c.votes)} au total jusqu'ici`}
                  error={errors[c.candidateId]}
                  type="number"
                  inputMode="numeric"
                  min={0}
                  max={Math.min(allowed, 20)}
                  step={1}
                  value={valueOf(c.candidateId)}
                  onChange={(e) => setTyped((t) => ({ ...t, [c.candidateId]: e.target.value }))}
                />
              </div>
            ))}
            <div className="fr-fieldset__element">
              <p id="vote-reste" className={tooMany ? "fr-error-text" : "fr-mb-0"} role="status">
                {tooMany ?? `Il reste ${voix(remaining)}.`}
              </p>
            </div>
          </fieldset>
        )}
        <button type="submit" className="fr-btn" disabled={busy || !ballots.data}>
          {busy ? "Enregistrement…" : participant ? `Enregistrer les voix de ${participant.name}` : "Enregistrer les voix"}
        </button>
      </form>
    </div>
  );
}
