import { useState } from "react";
import { CampaignNavLink } from "../components/campaign-nav-link.js";
import type { Loaded } from "../components/campaign-query.js";
import { CandidateForm } from "./candidate-form.js";
import { draftFromSuggestion, emptyCandidateDraft, type CandidateDraft } from "./candidate-draft.js";
import { CandidatesList } from "./candidates-list.js";
import { GroupingSuggestions } from "./grouping-suggestions.js";
import { NeedsList } from "./needs-list.js";
import { WorkshopErrorAlert } from "./workshop-error-alert.js";
import { capturePath } from "./workshop-format.js";
import type { CandidateView, GroupingSuggestion, NeedView, WorkshopView } from "./workshop-types.js";

interface Props {
  workshop: WorkshopView;
  staff: boolean;
  needs: Loaded<NeedView[]>;
  suggestions: Loaded<GroupingSuggestion[]>;
  candidates: Loaded<CandidateView[]>;
  /** A candidate was created: needs, suggestions and candidates are loaded again. */
  onChanged: () => void;
}

/**
 * « Besoins et fiches projet »: the needs captured, the groupings the service suggests, a
 * candidate project form prefilled from a suggestion, and the candidates with their votes.
 */
export function NeedsSection({ workshop, staff, needs, suggestions, candidates, onChanged }: Props) {
  const editable = staff && workshop.status !== "completed";
  const [form, setForm] = useState<{ draft: CandidateDraft; origin: string } | null>(null);
  const [said, setSaid] = useState("");
  const needList = needs.data ?? [];
  const candidateList = candidates.data ?? [];

  function accept(suggestion: GroupingSuggestion) {
    const index = (suggestions.data ?? []).indexOf(suggestion) + 1;
    setSaid("");
    setForm({ draft: draftFromSuggestion(suggestion, needList), origin: `Préremplie à partir de la suggestion ${index}.` });
  }

  function created(candidate: CandidateView) {
    setForm(null);
    setSaid(`Fiche projet « ${candidate.title} » créée.`);
    onChanged();
    requestAnimationFrame(() => document.getElementById("fiches-projet-titre")?.focus());
  }

  return (
    <>
      <div role="status">
        {said && (
          <div className="fr-alert fr-alert--success fr-alert--sm fr-mb-3w">
            <p>{said}</p>
          </div>
        )}
      </div>
      <h3 id="besoins-saisis-titre">Besoins saisis{needs.data ? ` (${needList.length})` : ""}</h3>
      {editable && (
        <p>
          <CampaignNavLink className="fr-link fr-icon-edit-line fr-link--icon-left" href={capturePath(workshop.workshopId)}>
            Saisir des besoins
          </CampaignNavLink>
          <span className="fr-hint-text">La saisie en direct pendant les ateliers, même sans réseau.</span>
        </p>
      )}
      <div aria-busy={needs.loading}>
        {needs.loading && !needs.data && <p>Chargement…</p>}
        {needs.error !== null && <WorkshopErrorAlert error={needs.error} title="Les besoins n'ont pas pu être chargés" onRetry={needs.reload} />}
        {needs.data && needList.length === 0 && <p>Aucun besoin saisi pour le moment.</p>}
        {needList.length > 0 && <NeedsList needs={needList} sessions={workshop.sessions} candidates={candidateList} />}
      </div>

      {editable && (
        <>
          <h3 id="suggestions-titre" tabIndex={-1}>Suggestions de regroupement</h3>
          <p className="fr-text--sm">
            Les besoins qui se ressemblent (formulation, thème, territoire) et ne sont pas encore repris dans une fiche projet. Rien
            n'est regroupé tant que vous n'avez pas créé la fiche.
          </p>
          <div aria-busy={suggestions.loading}>
            {suggestions.loading && !suggestions.data && <p>Chargement…</p>}
            {suggestions.error !== null && (
              <WorkshopErrorAlert error={suggestions.error} title="Les suggestions n'ont pas pu être chargées" onRetry={suggestions.reload} />
            )}
            {suggestions.data && needs.data && <GroupingSuggestions suggestions={suggestions.data} needs={needList} onAccept={accept} />}
          </div>
          {form ? (
            <CandidateForm
              workshopId={workshop.workshopId}
              draft={form.draft}
              origin={form.origin}
              needs={needList}
              sessions={workshop.sessions}
              candidates={candidateList}
              onCreated={created}
              onCancel={() => {
                setForm(null);
                requestAnimationFrame(() => document.getElementById("suggestions-titre")?.focus());
              }}
            />
          ) : (
            needList.length > 0 && (
              <button
                type="button"
                className="fr-btn fr-btn--tertiary fr-mb-3w"
                onClick={() => setForm({ draft: emptyCandidateDraft(), origin: "Cochez les besoins qu'elle reprend." })}
              >
                Créer une fiche projet sans suggestion
              </button>
            )
          )}
        </>
      )}

      <h3 id="fiches-projet-titre" tabIndex={-1}>Fiches projet{candidates.data ? ` (${candidateList.length})` : ""}</h3>
      <div aria-busy={candidates.loading}>
        {candidates.loading && !candidates.data && <p>Chargement…</p>}
        {candidates.error !== null && (
          <WorkshopErrorAlert error={candidates.error} title="Les fiches projet n'ont pas pu être chargées" onRetry={candidates.reload} />
        )}
        {candidates.data && <CandidatesList candidates={candidateList} needs={needList} votesPerParticipant={workshop.votesPerParticipant} />}
      </div>
    </>
  );
}
