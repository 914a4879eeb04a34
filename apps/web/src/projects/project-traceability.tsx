import { projects } from "../api.js";
import { CampaignErrorAlert } from "../components/campaign-error-alert.js";
import { formatAnswerValue } from "../components/campaign-format.js";
import { useCampaignQuery } from "../components/campaign-query.js";
import { themeLabel } from "./project-types.js";

/**
 * « Traçabilité »: from the project back to the needs the workshop attached to it, their themes,
 * and the questionnaire answers quoted as evidence of each.
 */
export function ProjectTraceability({ projectId }: { projectId: string }) {
  const trace = useCampaignQuery(() => projects.projects.traceability.query({ projectId }), projectId);
  const needs = trace.data?.needs ?? [];
  return (
    <div aria-busy={trace.loading}>
      {trace.loading && !trace.data && <p>Chargement…</p>}
      {trace.error !== null && <CampaignErrorAlert error={trace.error} title="La traçabilité n'a pas pu être chargée" onRetry={trace.reload} />}
      {trace.data && needs.length === 0 && <p>L'atelier n'a rattaché aucun besoin à ce projet.</p>}
      {needs.length > 0 && (
        <p>
          {needs.length} besoin{needs.length > 1 ? "s" : ""} exprimé{needs.length > 1 ? "s" : ""} pendant la journée d'ateliers
          justifie{needs.length > 1 ? "nt" : ""} ce projet.
        </p>
      )}
      {needs.map((need, index) => (
        <article key={need.needId} className="fr-mb-3w fr-p-2w" style={{ border: "1px solid var(--border-default-grey)" }} aria-labelledby={`besoin-${index}`}>
          <h3 className="fr-h6 fr-mb-1w" id={`besoin-${index}`}>
            Besoin {index + 1} : {need.statement}
          </h3>
          <ul className="fr-mb-2w">
            <li>Thème : {themeLabel(need.themeCode)}</li>
            <li>
              Territoires :{" "}
              {need.territories.length === 0
                ? "non précisés"
                : need.territories.map((t) => `${t.name} (${t.kind === "epci" ? "EPCI" : "commune"} ${t.code})`).join(", ")}
            </li>
            <li>
              Urgence : {need.urgency} / 5 — impact : {need.impact} / 5
            </li>
          </ul>
          <h4 className="fr-text--md fr-text--bold fr-mb-1w">Réponses au questionnaire citées</h4>
          {need.answers.length === 0 ? (
            <p className="fr-mb-0">Aucune réponse du questionnaire n'a été citée pour ce besoin.</p>
          ) : (
            <ul className="fr-mb-0">
              {need.answers.map((answer) => (
                <li key={`${answer.responseId}-${answer.questionId}`}>
                  <strong>{answer.organisation}</strong>, à « {answer.questionLabel} » : {formatAnswerValue(answer.value)}
                </li>
              ))}
            </ul>
          )}
        </article>
      ))}
    </div>
  );
}
