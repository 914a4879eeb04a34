import { useState, type FormEvent } from "react";
import { workshops } from "../api.js";
import { CampaignSelectField } from "../components/campaign-field.js";
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
 * staff type them in. Recording replaces all of that participant's earlier votes. The service
 * does not give a participant's votes back: those recorded from this page are shown again.
 */
export function VoteSection({ workshop, candidates, onVoted, onReload }: Props) {
  const [participantId, setParticipantId] = useState("");
  const [values, setValues] = useState<Record<string, string>>({});
  const [recorded, setRecorded] = useState<Record<string, Record<string, number>>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [said, setSaid] = useState("");
  const [busy, setBusy] = useState(false);
  const allowed = workshop.votesPerParticipant;
  const participant = workshop.participants.find((p) => p.participantId === participantId);

  const count = (text: string | undefined) => (text === undefined || text.trim() === "" ? 0 : Number(text));
  const given = candidates.reduce((sum, c) => sum + (Number.isFinite(count(values[c.candidateId])) ? count(values[c.candidateId]) : 0), 0);
  const remaining = allowed - given;
  const tooMany = remaining < 0 ? `Chaque participant dispose de ${voix(allowed)} : ${given} ont été réparties. Retirez-en ${-remaining}.` : null;

  function choose(id: string) {
    setParticipantId(id);
    setErrors({});
    setFailure(null);
    setSaid("");
    const ballot = recorded[id] ?? {};
    setValues(Object.fromEntries(candidates.map((c) => [c.candidateId, String(ballot[c.candidateId] ?? 0)])));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFailure(null);
    setSaid("");
    const found: Record<string, string> = {};
    if (!participant) found.participant = "Choisissez le participant qui vote.";
    for (const c of candidates) {
      const n = count(values[c.candidateId]);
      if (!Number.isInteger(n) || n < 0 || n > Math.min(allowed, 20)) found[c.candidateId] = `Saisissez un nombre entier de voix entre 0 et ${Math.min(allowed, 20)}.`;
    }
    setErrors(found);
    const wrong = candidates.find((c) => found[c.candidateId]);
    const first = found.participant ? "vote-participant" : wrong ? inputId(wrong.candidateId) : null;
    if (first) return document.getElementById(first)?.focus();
    if (tooMany) return document.getElementById("vote-repartition")?.focus();
    if (!participant) return;
    setBusy(true);
    try {
      const allocations = Object.fromEntries(candidates.map((c) => [c.candidateId, count(values[c.candidateId])]).filter(([, n]) => Number(n) > 0));
      const ballot = await workshops.candidates.vote.mutate({ workshopId: workshop.workshopId, participantId: participant.participantId, allocations });
      setRecorded((r) => ({ ...r, [ballot.participantId]: ballot.allocations }));
      const spent = Object.values(ballot.allocations).reduce((a, n) => a + n, 0);
      setSaid(`Voix de ${participant.name} enregistrées : ${voix(spent)} réparties, il lui en reste ${ballot.remaining}.`);
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
    <form onSubmit={submit} noValidate aria-busy={busy} aria-labelledby="vote-form-titre">
      <h3 id="vote-form-titre">Saisir les voix d'un participant</h3>
      <p className="fr-text--sm">
        Chaque participant dispose de {voix(allowed)} (gommettes) à répartir sur les fiches projet, plusieurs sur une même fiche s'il
        le souhaite. Enregistrer remplace toutes les voix qu'il avait déjà données.
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
          </option>
        ))}
      </CampaignSelectField>
      {participant && (
        <fieldset
          className={`fr-fieldset${tooMany ? " fr-fieldset--error" : ""}`}
          id="vote-repartition"
          tabIndex={-1}
          aria-describedby="vote-reste"
        >
          <legend className="fr-fieldset__legend">Voix de {participant.name}</legend>
          {candidates.map((c) => {
            const id = inputId(c.candidateId);
            const error = errors[c.candidateId];
            return (
              <div className="fr-fieldset__element" key={c.candidateId}>
                <div className={`fr-input-group${error ? " fr-input-group--error" : ""}`}>
                  <label className="fr-label" htmlFor={id}>
                    {c.title}
                    <span className="fr-hint-text" id={`${id}-aide`}>{voix(c.votes)} au total jusqu'ici</span>
                  </label>
                  <input
                    id={id}
                    className={`fr-input${error ? " fr-input--error" : ""}`}
                    type="number"
                    inputMode="numeric"
                    min={0}
                    max={Math.min(allowed, 20)}
                    step={1}
                    value={values[c.candidateId] ?? "0"}
                    onChange={(e) => setValues((v) => ({ ...v, [c.candidateId]: e.target.value }))}
                    aria-invalid={error ? true : undefined}
                    aria-describedby={[`${id}-aide`, error ? `${id}-erreur` : null].filter(Boolean).join(" ")}
                  />
                  {error && <p id={`${id}-erreur`} className="fr-error-text">{error}</p>}
                </div>
              </div>
            );
          })}
          <div className="fr-fieldset__element">
            <p id="vote-reste" className={tooMany ? "fr-error-text" : "fr-mb-0"} role="status">
              {tooMany ?? `Il reste ${voix(remaining)}.`}
            </p>
          </div>
        </fieldset>
      )}
      <button type="submit" className="fr-btn" disabled={busy}>
        {busy ? "Enregistrement…" : participant ? `Enregistrer les voix de ${participant.name}` : "Enregistrer les voix"}
      </button>
    </form>
  );
}
