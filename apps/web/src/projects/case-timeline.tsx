import { projects } from "../api.js";
import { CampaignErrorAlert } from "../components/campaign-error-alert.js";
import { formatDateTime } from "../components/campaign-format.js";
import { useCampaignQuery } from "../components/campaign-query.js";
import { producerLabels } from "./project-types.js";

/** « Historique du dossier »: everything that happened to the case, across the three services, oldest first. */
export function CaseTimeline({ caseId, version }: { caseId: string; version: number }) {
  const timeline = useCampaignQuery(() => projects.projects.timeline.query({ caseId }), `${caseId}:${version}`);
  return (
    <div aria-busy={timeline.loading}>
      {timeline.loading && !timeline.data && <p>Chargement…</p>}
      {timeline.error !== null && (
        <CampaignErrorAlert error={timeline.error} title="L'historique du dossier n'a pas pu être chargé" onRetry={timeline.reload} />
      )}
      {timeline.data && timeline.data.length === 0 && <p>Rien n'est encore arrivé à ce dossier.</p>}
      {timeline.data && timeline.data.length > 0 && (
        <ol className="fr-raw-list" aria-label="Événements du dossier, du plus ancien au plus récent">
          {timeline.data.map((entry) => (
            <li key={entry.eventId} className="fr-mb-2w fr-pl-2w" style={{ borderLeft: "4px solid var(--border-default-blue-france)" }}>
              <p className="fr-text--sm fr-mb-0">
                <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time> — {producerLabels[entry.producer]}
              </p>
              <p className="fr-mb-0">{entry.summary}</p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
