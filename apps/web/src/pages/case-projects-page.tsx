import { useState, type ReactNode } from "react";
import { describeError, projects } from "../api.js";
import { CampaignErrorAlert } from "../components/campaign-error-alert.js";
import { CampaignNavLink } from "../components/campaign-nav-link.js";
import { useCampaignQuery } from "../components/campaign-query.js";
import { CampaignSummaryNav } from "../components/campaign-summary-nav.js";
import { CaseTimeline } from "../projects/case-timeline.js";
import { CriteriaTable, CriteriaWeights } from "../projects/criteria-weights.js";
import { DecisionForm, DecisionSummary } from "../projects/decision-form.js";
import { ProjectsSignInCallout } from "../projects/project-fields.js";
import { formatInteger } from "../projects/project-format.js";
import { canPrioritise, isDecidable, projectPath, statusBadge, statusText, type ProjectView, type RankingView } from "../projects/project-types.js";
import { RankingSection } from "../projects/ranking-section.js";
import { ScoringGrid } from "../projects/scoring-grid.js";
import { currentUser } from "../session.js";
import { usePageTitle } from "../page-title.js";

/** A case's candidate projects: the weighted grid, the scores, the derived ranking, the decisions and the case's history. */
export function CaseProjectsPage({ caseId }: { caseId: string }) {
  const user = currentUser();
  usePageTitle(`Projets du dossier ${caseId}`);
  if (!user) {
    return (
      <>
        <h1>Projets du dossier</h1>
        <ProjectsSignInCallout />
      </>
    );
  }
  return <SignedInCaseProjects caseId={caseId} editable={canPrioritise(user.role)} />;
}

/** The projects and, once there are some, the grid; a case without projects has no grid yet (404). */
async function loadCase(caseId: string): Promise<{ projects: ProjectView[]; ranking: RankingView | null }> {
  const [list, ranking] = await Promise.all([
    projects.projects.byCase.query({ caseId }),
    projects.prioritisation.ranking.query({ caseId }).catch((err: unknown) => {
      if (describeError(err).status === 404) return null;
      throw err;
    }),
  ]);
  return { projects: list, ranking };
}

function SignedInCaseProjects({ caseId, editable }: { caseId: string; editable: boolean }) {
  // Bumped after each change (weights, score, publication, decision) to reload what depends on it.
  const [version, setVersion] = useState(0);
  const loaded = useCampaignQuery(() => loadCase(caseId), `${caseId}:${version}`);
  const changed = () => setVersion((v) => v + 1);
  const data = loaded.data;
  const department = data?.projects[0]?.departmentCode;

  return (
    <div aria-busy={loaded.loading}>
      <p>
        <CampaignNavLink className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/">Retour à l'accueil</CampaignNavLink>
      </p>
      <h1>Projets du dossier {caseId}</h1>
      {department && <p className="fr-text--lead">Département {department}</p>}
      {loaded.loading && !data && <p>Chargement…</p>}
      {loaded.error !== null && (
        <CampaignErrorAlert error={loaded.error} title="Les projets du dossier n'ont pas pu être chargés" onRetry={loaded.reload} />
      )}
      {data && (data.projects.length === 0 || !data.ranking) && (
        <>
          <div className="fr-alert fr-alert--info fr-mb-3w">
            <p className="fr-alert__title">Aucun projet pour ce dossier pour le moment</p>
            <p>
              Les projets candidats arrivent ici à la fin de la journée d'ateliers, quand la préfecture la déclare terminée. Si
              vous attendiez des projets, vérifiez que le dossier est bien celui de l'un de vos départements.
            </p>
          </div>
          <Section id="historique" label="Historique du dossier">
            <CaseTimeline caseId={caseId} version={version} />
          </Section>
        </>
      )}
      {data && data.projects.length > 0 && data.ranking && (
        <CaseContent caseId={caseId} projects={data.projects} ranking={data.ranking} editable={editable} version={version} onChanged={changed} onReload={loaded.reload} />
      )}
    </div>
  );
}

function Section({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <section className="fr-mb-6w" aria-labelledby={id}>
      <h2 id={id} tabIndex={-1}>{label}</h2>
      {children}
    </section>
  );
}

interface ContentProps {
  caseId: string;
  projects: ProjectView[];
  ranking: RankingView;
  editable: boolean;
  version: number;
  onChanged: () => void;
  onReload: () => void;
}

function CaseContent({ caseId, projects: list, ranking, editable, version, onChanged, onReload }: ContentProps) {
  const sections: { id: string; label: string; content: ReactNode }[] = [
    {
      id: "criteres",
      label: "Critères et poids",
      content: editable ? (
        <CriteriaWeights ranking={ranking} onSaved={onChanged} onReload={onReload} />
      ) : (
        <CriteriaTable criteria={ranking.criteria} />
      ),
    },
    {
      id: "grille",
      label: "Grille de notation",
      content: (
        <>
          {editable && (
            <p>Choisissez une case pour noter le projet sur ce critère, de 1 à 5, avec une justification. La note la plus récente compte.</p>
          )}
          <ScoringGrid projects={list} criteria={ranking.criteria} editable={editable} onScored={onChanged} />
        </>
      ),
    },
    { id: "classement", label: "Classement", content: <RankingSection ranking={ranking} projects={list} editable={editable} onPublished={onChanged} /> },
    { id: "decisions", label: "Décisions", content: <Decisions projects={list} editable={editable} onDecided={onChanged} /> },
    { id: "historique", label: "Historique du dossier", content: <CaseTimeline caseId={caseId} version={version} /> },
  ];
  return (
    <>
      <p>
        {formatInteger(list.length)} projet{list.length > 1 ? "s" : ""} candidat{list.length > 1 ? "s" : ""} issu
        {list.length > 1 ? "s" : ""} de la journée d'ateliers.
        {!editable && " La notation, la publication du classement et les décisions reviennent aux agents de l'ANCT."}
      </p>
      <CampaignSummaryNav sections={sections} />
      {sections.map((section) => (
        <Section key={section.id} id={section.id} label={section.label}>
          {section.content}
        </Section>
      ))}
    </>
  );
}

function Decisions({ projects: list, editable, onDecided }: { projects: ProjectView[]; editable: boolean; onDecided: () => void }) {
  return (
    <>
      {list.map((project, index) => (
        <article key={project.projectId} className="fr-mb-4w fr-pb-2w" style={{ borderBottom: "1px solid var(--border-default-grey)" }} aria-labelledby={`decision-${index}-titre`}>
          <h3 className="fr-h5 fr-mb-1w" id={`decision-${index}-titre`}>
            <CampaignNavLink className="fr-link fr-link--lg" href={projectPath(project.projectId)}>{project.title}</CampaignNavLink>
          </h3>
          <p className="fr-mb-1w">
            <span className={`fr-badge fr-badge--sm fr-badge--no-icon ${statusBadge[project.status]}`}>{statusText(project)}</span>
          </p>
          <DecisionSummary decision={project.decision} />
          {editable && isDecidable(project) && <DecisionForm project={project} index={index} onDecided={onDecided} />}
          {!isDecidable(project) && project.decision && (
            <p className="fr-hint-text">L'accompagnement a commencé : la décision ne peut plus être changée.</p>
          )}
        </article>
      ))}
    </>
  );
}
