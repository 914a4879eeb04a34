import { useEffect, useState } from "react";
import { pagePaths } from "../server/page-paths.js";
import { Layout } from "./layout.js";
import { AccessibilityPage } from "./pages/accessibility-page.js";
import { AwaitingHabilitationPage } from "./pages/awaiting-habilitation-page.js";
import { CampaignPage } from "./pages/campaign-page.js";
import { CapturePage } from "./pages/capture-page.js";
import { CaseProjectsPage } from "./pages/case-projects-page.js";
import { CasesPage } from "./pages/cases-page.js";
import { HabilitationsPage } from "./pages/habilitations-page.js";
import { HomePage } from "./pages/home-page.js";
import { LegalNoticePage } from "./pages/legal-notice-page.js";
import { LoginPage } from "./pages/login-page.js";
import { NationalPage } from "./pages/national-page.js";
import { NotFoundPage } from "./pages/not-found-page.js";
import { PersonalDataPage } from "./pages/personal-data-page.js";
import { ProjectPage } from "./pages/project-page.js";
import { RespondentPage } from "./pages/respondent-page.js";
import { WorkshopPage } from "./pages/workshop-page.js";
import { awaitingHabilitation } from "./session.js";

/** The few pages need no router library: the path says which one. */
export function navigate(path: string): void {
  history.pushState(null, "", path);
  dispatchEvent(new PopStateEvent("popstate"));
}

function usePath(): string {
  const [path, setPath] = useState(location.pathname);
  useEffect(() => {
    const onChange = () => setPath(location.pathname);
    addEventListener("popstate", onChange);
    return () => removeEventListener("popstate", onChange);
  }, []);
  return path;
}

export function App() {
  const path = usePath();
  const param = (pattern: RegExp) => {
    const match = pattern.exec(path);
    return match ? decodeURIComponent(match[1]!) : null;
  };
  const respond = param(pagePaths.respondent);
  if (respond !== null) return <Layout><RespondentPage token={respond} /></Layout>;
  if (pagePaths.signIn.test(path)) return <Layout><LoginPage /></Layout>;
  // The legal pages and the 404 are for everyone: a signed-in agent keeps their navigation there.
  if (pagePaths.accessibility.test(path)) return <Layout staff><AccessibilityPage /></Layout>;
  if (pagePaths.legalNotice.test(path)) return <Layout staff><LegalNoticePage /></Layout>;
  if (pagePaths.personalData.test(path)) return <Layout staff><PersonalDataPage /></Layout>;
  // Signed in, granted nothing yet: that page instead of any staff page, and no data asked for.
  const awaiting = awaitingHabilitation();
  if (awaiting) return <Layout staff><AwaitingHabilitationPage agent={awaiting} /></Layout>;
  const campaign = param(pagePaths.campaign);
  if (campaign !== null) return <Layout staff><CampaignPage campaignId={campaign} /></Layout>;
  const workshop = param(pagePaths.workshop);
  if (workshop !== null) return <Layout staff><WorkshopPage workshopId={workshop} /></Layout>;
  const capture = param(pagePaths.capture);
  if (capture !== null) return <Layout staff><CapturePage workshopId={capture} /></Layout>;
  const caseProjects = param(pagePaths.caseProjects);
  if (caseProjects !== null) return <Layout staff><CaseProjectsPage caseId={caseProjects} /></Layout>;
  const project = param(pagePaths.project);
  if (project !== null) return <Layout staff><ProjectPage key={project} projectId={project} /></Layout>;
  if (pagePaths.cases.test(path)) return <Layout staff><CasesPage /></Layout>;
  if (pagePaths.national.test(path)) return <Layout staff><NationalPage /></Layout>;
  if (pagePaths.habilitations.test(path)) return <Layout staff><HabilitationsPage /></Layout>;
  if (pagePaths.home.test(path)) return <Layout staff><HomePage /></Layout>;
  return <Layout staff><NotFoundPage /></Layout>;
}
