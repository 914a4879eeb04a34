import { useEffect, useState, type ReactNode } from "react";
import { describeError, workshops } from "../api.js";
import { campaignPath, CampaignNavLink } from "../components/campaign-nav-link.js";
import { useCampaignQuery } from "../components/campaign-query.js";
import { CampaignSummaryNav } from "../components/campaign-summary-nav.js";
import { currentUser } from "../session.js";
import { CompleteSection } from "../workshop/complete-section.js";
import { DaySection } from "../workshop/day-section.js";
import { NeedsSection } from "../workshop/needs-section.js";
import { ParticipantsSection } from "../workshop/participants-section.js";
import { ReportDownloads } from "../workshop/report-downloads.js";
import { SessionsSection } from "../workshop/sessions-section.js";
import { useWorkshop, type LoadedWorkshop } from "../workshop/use-workshop.js";
import { VoteSection } from "../workshop/vote-section.js";
import { WorkshopErrorAlert } from "../workshop/workshop-error-alert.js";
import { formatDay } from "../workshop/workshop-format.js";
import { isWorkshopStaff, type WorkshopView } from "../workshop/workshop-types.js";
import { SignInLink } from "../components/sign-in-link.js";
import { usePageTitle } from "../page-title.js";

const PREPARATION_TRIES = 15;
const PREPARATION_RETRY_MS = 2_000;
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * The workshop day of a case (`/ateliers/<workshopId>`): préfecture staff plan and run it —
 * date and venue, sessions, participants and attendance, needs grouped into candidate projects,
 * votes, closing — and anyone with access reads it and downloads the report. Partners read only.
 */
export function WorkshopPage({ workshopId }: { workshopId: string }) {
  const user = currentUser();
  if (!user) {
    return (
      <>
        <h1>Journée d'ateliers</h1>
        <div className="fr-callout">
          <h2 className="fr-callout__title">Connectez-vous pour accéder à la journée d'ateliers</h2>
          <p className="fr-callout__text">
            Les agents de l'ANCT et des préfectures préparent et animent ici la journée d'ateliers ; les partenaires la consultent.
          </p>
          <SignInLink className="fr-btn">Se connecter</SignInLink>
        </div>
      </>
    );
  }
  return <SignedInWorkshopPage workshopId={workshopId} staff={isWorkshopStaff(user.role)} />;
}

function SignedInWorkshopPage({ workshopId, staff }: { workshopId: string; staff: boolean }) {
  const loaded = useWorkshop(workshopId);
  const { workshop } = loaded;
  const date = workshop?.date;

  usePageTitle(`Journée d'ateliers${date ? ` du ${formatDay(date)}` : ""}`);

  // The day is prepared from the CampaignClosed event, a few seconds after the closing: one who
  // follows the campaign's link at once is told so while the page asks again, not "introuvable".
  const notFound = describeError(loaded.error).status === 404;
  const [tries, setTries] = useState(0);
  const { reload } = loaded;
  useEffect(() => {
    if (!notFound || tries >= PREPARATION_TRIES) return;
    const timer = setTimeout(() => {
      setTries((t) => t + 1);
      reload();
    }, PREPARATION_RETRY_MS);
    return () => clearTimeout(timer);
  }, [notFound, tries, reload]);
  const preparing = !workshop && (notFound || (loaded.loading && tries > 0)) && tries < PREPARATION_TRIES;

  if (!workshop) {
    return (
      <div aria-busy={loaded.loading || preparing}>
        <h1>{notFound && !preparing ? "Journée d'ateliers introuvable" : "Journée d'ateliers"}</h1>
        {preparing ? (
          <div className="fr-alert fr-alert--info fr-mb-3w" role="status">
            <p className="fr-alert__title">Journée d'ateliers en préparation…</p>
            <p>Elle est préparée à partir du classement des thèmes, quelques instants après la clôture de la campagne. Cette page s'affichera d'elle-même.</p>
          </div>
        ) : (
          loaded.loading && <p>Chargement…</p>
        )}
        {loaded.error !== null && notFound && !preparing && (
          <div className="fr-alert fr-alert--warning fr-mb-3w">
            <p className="fr-alert__title">Cette journée d'ateliers n'existe pas ou vous n'y avez pas accès</p>
            <p>
              Elle est préparée quelques instants après la clôture de la campagne du questionnaire. Vérifiez l'adresse, ou ouvrez-la
              depuis la campagne de votre département.
            </p>
          </div>
        )}
        {loaded.error !== null && !notFound && (
          <WorkshopErrorAlert error={loaded.error} title="La journée d'ateliers n'a pas pu être chargée" onRetry={loaded.reload} />
        )}
        {loaded.error !== null && (
          <CampaignNavLink className="fr-btn fr-btn--secondary" href="/">Voir les campagnes</CampaignNavLink>
        )}
      </div>
    );
  }
  return <WorkshopContent loaded={{ ...loaded, workshop }} staff={staff} />;
}

function WorkshopContent({ loaded, staff }: { loaded: LoadedWorkshop & { workshop: WorkshopView }; staff: boolean }) {
  const { workshop } = loaded;
  const workshopId = workshop.workshopId;
  // Bumped when needs, candidates or votes changed, to load them again.
  const [round, setRound] = useState(0);
  const changed = () => setRound((r) => r + 1);
  const needs = useCampaignQuery(() => workshops.needs.list.query({ workshopId }), `${workshopId}:${round}`);
  const candidates = useCampaignQuery(() => workshops.candidates.list.query({ workshopId }), `${workshopId}:${round}`);
  const suggestions = useCampaignQuery(
    () => (staff ? workshops.needs.suggestGroupings.query({ workshopId }) : Promise.resolve([])),
    `${workshopId}:${round}:${staff}`,
  );
  const completed = workshop.status === "completed";

  const sections: { id: string; label: string; content: ReactNode }[] = [
    { id: "journee", label: "La journée", content: <DaySection loaded={loaded} staff={staff} /> },
    { id: "ateliers", label: "Ateliers", content: <SessionsSection loaded={loaded} staff={staff} /> },
    { id: "participants", label: "Participants", content: <ParticipantsSection loaded={loaded} staff={staff} /> },
    {
      id: "besoins",
      label: "Besoins et fiches projet",
      content: <NeedsSection workshop={workshop} staff={staff} needs={needs} suggestions={suggestions} candidates={candidates} onChanged={changed} />,
    },
    ...(staff && !completed
      ? [
          {
            id: "vote",
            label: "Vote",
            content: <VoteSection workshop={workshop} candidates={candidates.data ?? []} onVoted={changed} onReload={() => { loaded.reload(); changed(); }} />,
          },
        ]
      : []),
    {
      id: "cloture",
      label: "Clôture",
      content: (
        <CompleteSection
          loaded={loaded}
          staff={staff}
          candidateCount={candidates.data?.length ?? null}
          needCount={needs.data?.length ?? null}
          onCompleted={changed}
        />
      ),
    },
    { id: "compte-rendu", label: "Compte rendu", content: <ReportDownloads workshopId={workshopId} /> },
  ];

  return (
    <>
      <p>
        <CampaignNavLink className="fr-link fr-icon-arrow-left-line fr-link--icon-left" href={campaignPath(workshop.campaignId)}>
          Campagne du questionnaire
        </CampaignNavLink>
      </p>
      <h1>Journée d'ateliers — département {workshop.departmentCode}</h1>
      <p className="fr-text--lead">
        {workshop.date ? `${capitalised(formatDay(workshop.date))}${workshop.venue ? `, ${workshop.venue}` : ""}` : "Date et lieu à fixer"}
      </p>
      <p className="fr-text--sm">Dossier {workshop.caseId}</p>
      {completed && (
        <div className="fr-alert fr-alert--info fr-mb-3w">
          <p className="fr-alert__title">Journée clôturée</p>
          <p>Plus rien n'y change : les fiches projet sont passées au service des projets. Le compte rendu reste téléchargeable.</p>
        </div>
      )}
      {!staff && (
        <p className="fr-text--sm">Vous consultez cette journée en lecture seule.</p>
      )}
      <CampaignSummaryNav sections={sections} />
      {sections.map((section) => (
        <section key={section.id} className="fr-mb-6w" aria-labelledby={section.id}>
          <h2 id={section.id} tabIndex={-1}>{section.label}</h2>
          {section.content}
        </section>
      ))}
    </>
  );
}
