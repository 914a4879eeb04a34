import { useState, type ReactNode } from "react";
import { describeError, projects } from "../api.js";
import { CampaignErrorAlert } from "../components/campaign-error-alert.js";
import { CampaignNavLink } from "../components/campaign-nav-link.js";
import { useCampaignQuery } from "../components/campaign-query.js";
import { CampaignSummaryNav } from "../components/campaign-summary-nav.js";
import { Milestones } from "../projects/milestones.js";
import { PlanForm, PlanSummary } from "../projects/plan-form.js";
import { ProjectsSignInCallout, StatusMessage } from "../projects/project-fields.js";
import { ProjectJournal } from "../projects/project-journal.js";
import { ProjectOverview, ProjectScores } from "../projects/project-overview.js";
import { ProjectTraceability } from "../projects/project-traceability.js";
import { canPrioritise, canWriteJournal, caseProjectsPath, type Criterion, type Lever, type ProjectView } from "../projects/project-types.js";
import { StatusActions } from "../projects/status-actions.js";
import { currentUser } from "../session.js";
import { usePageTitle } from "../page-title.js";

/** One project: status and decision, the accompaniment plan and its milestones, the journal, and where it comes from. */
export function ProjectPage({ projectId }: { projectId: string }) {
  const user = currentUser();
  if (!user) {
    return (
      <>
        <h1>Projet</h1>
        <ProjectsSignInCallout />
      </>
    );
  }
  return <SignedInProject projectId={projectId} role={user.role} />;
}

/** The project, the lever catalogue, and the case's criteria (for their labels; a grid the caller cannot read is not needed). */
async function loadProject(projectId: string): Promise<{ project: ProjectView; levers: Lever[]; criteria: Criterion[] | null }> {
  const [project, levers] = await Promise.all([projects.projects.get.query({ projectId }), projects.levers.list.query()]);
  const criteria = await projects.prioritisation.ranking.query({ caseId: project.caseId }).then(
    (r) => r.criteria,
    () => null,
  );
  return { project, levers, criteria };
}

function SignedInProject({ projectId, role }: { projectId: string; role: string }) {
  // Bumped after each change (plan, milestone, status, journal) to reload the project.
  const [version, setVersion] = useState(0);
  // What the last change did, said in its section, where the keyboard goes.
  const [message, setMessage] = useState<{ section: string; text: string } | null>(null);
  const loaded = useCampaignQuery(() => loadProject(projectId), `${projectId}:${version}`);
  const project = loaded.data?.project;
  const title = project?.title;

  usePageTitle(title ?? "Projet");

  const changed = (section: string, text?: string) => {
    setMessage(text ? { section, text } : null);
    setVersion((v) => v + 1);
    if (text) requestAnimationFrame(() => document.getElementById(section)?.focus());
  };
  const notFound = loaded.error !== null && !loaded.data && describeError(loaded.error).status === 404;

  return (
    <div aria-busy={loaded.loading}>
      {loaded.loading && !loaded.data && <p>Chargement…</p>}
      {notFound && (
        <>
          <h1>Projet introuvable</h1>
          <div className="fr-alert fr-alert--warning fr-mb-3w">
            <p className="fr-alert__title">Ce projet n'existe pas</p>
            <p>Vérifiez l'adresse, ou retrouvez le projet depuis la page des projets de son dossier.</p>
          </div>
        </>
      )}
      {loaded.error !== null && !notFound && (
        <>
          {!loaded.data && <h1>Projet</h1>}
          <CampaignErrorAlert error={loaded.error} title="Le projet n'a pas pu être chargé" onRetry={loaded.reload} />
        </>
      )}
      {loaded.data && (
        <ProjectContent
          project={loaded.data.project}
          levers={loaded.data.levers}
          criteria={loaded.data.criteria}
          role={role}
          message={message}
          onChanged={changed}
        />
      )}
    </div>
  );
}

interface ContentProps {
  project: ProjectView;
  levers: Lever[];
  criteria: Criterion[] | null;
  role: string;
  message: { section: string; text: string } | null;
  onChanged: (section: string, message?: string) => void;
}

function ProjectContent({ project, levers, criteria, role, message, onChanged }: ContentProps) {
  const anct = canPrioritise(role);
  const sections: { id: string; label: string; content: ReactNode }[] = [
    { id: "projet", label: "Le projet et la décision", content: <ProjectOverview project={project} /> },
    { id: "notes", label: "Notes de priorisation", content: <ProjectScores project={project} criteria={criteria} /> },
    { id: "accompagnement", label: "Plan d'accompagnement", content: <Plan project={project} levers={levers} anct={anct} onPlanned={(text) => onChanged("accompagnement", text)} /> },
    ...(project.plan
      ? [{ id: "jalons", label: "Jalons et avancement", content: <Milestones project={project} editable={anct} onChanged={() => onChanged("jalons")} /> }]
      : []),
    ...(anct ? [{ id: "statut", label: "Statut", content: <StatusActions key={project.version} project={project} onChanged={(text) => onChanged("statut", text)} /> }] : []),
    { id: "journal", label: "Journal", content: <ProjectJournal project={project} writable={canWriteJournal(role)} onAdded={() => onChanged("journal")} /> },
    { id: "tracabilite", label: "Traçabilité", content: <ProjectTraceability projectId={project.projectId} /> },
  ];
  return (
    <>
      <p>
        <CampaignNavLink className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={caseProjectsPath(project.caseId)}>
          Projets du dossier {project.caseId}
        </CampaignNavLink>
      </p>
      <h1>{project.title}</h1>
      <CampaignSummaryNav sections={sections} />
      {sections.map((section) => (
        <section key={section.id} className="fr-mb-6w" aria-labelledby={section.id}>
          <h2 id={section.id} tabIndex={-1}>{section.label}</h2>
          <StatusMessage message={message?.section === section.id ? message.text : null} />
          {section.content}
        </section>
      ))}
    </>
  );
}

interface PlanProps {
  project: ProjectView;
  levers: Lever[];
  anct: boolean;
  onPlanned: (message: string) => void;
}

function Plan({ project, levers, anct, onPlanned }: PlanProps) {
  if (project.plan) return <PlanSummary plan={project.plan} levers={levers} />;
  if (project.status === "selected") {
    return anct ? (
      <PlanForm project={project} levers={levers} onPlanned={onPlanned} />
    ) : (
      <p>Le projet est retenu : l'ANCT va planifier son accompagnement (leviers, référent, jalons).</p>
    );
  }
  if (project.status === "proposed") {
    return <p>Le projet n'est pas encore retenu : son accompagnement se planifie une fois la décision prise.</p>;
  }
  return <p>Aucun accompagnement n'a été planifié pour ce projet.</p>;
}
