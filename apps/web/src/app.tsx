import { useEffect, useState } from "react";
import { Layout } from "./layout.js";
import { CampaignPage } from "./pages/campaign-page.js";
import { CapturePage } from "./pages/capture-page.js";
import { CaseProjectsPage } from "./pages/case-projects-page.js";
import { CasesPage } from "./pages/cases-page.js";
import { HomePage } from "./pages/home-page.js";
import { LoginPage } from "./pages/login-page.js";
import { NationalPage } from "./pages/national-page.js";
import { ProjectPage } from "./pages/project-page.js";
import { RespondentPage } from "./pages/respondent-page.js";
import { WorkshopPage } from "./pages/workshop-page.js";

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
  const respond = /^\/repondre\/([^/]+)$/.exec(path);
  if (respond) return <Layout><RespondentPage token={decodeURIComponent(respond[1]!)} /></Layout>;
  const campaign = /^\/campagnes\/([^/]+)$/.exec(path);
  if (campaign) return <Layout staff><CampaignPage campaignId={decodeURIComponent(campaign[1]!)} /></Layout>;
  const workshop = /^\/ateliers\/([^/]+)$/.exec(path);
  if (workshop) return <Layout staff><WorkshopPage workshopId={decodeURIComponent(workshop[1]!)} /></Layout>;
  const capture = /^\/ateliers\/([^/]+)\/saisie$/.exec(path);
  if (capture) return <Layout staff><CapturePage workshopId={decodeURIComponent(capture[1]!)} /></Layout>;
  const caseProjects = /^\/dossiers\/([^/]+)\/projets$/.exec(path);
  if (caseProjects) return <Layout staff><CaseProjectsPage caseId={decodeURIComponent(caseProjects[1]!)} /></Layout>;
  const project = /^\/projets\/([^/]+)$/.exec(path);
  if (project) return <Layout staff><ProjectPage key={project[1]} projectId={decodeURIComponent(project[1]!)} /></Layout>;
  if (path === "/dossiers") return <Layout staff><CasesPage /></Layout>;
  if (path === "/national") return <Layout staff><NationalPage /></Layout>;
  if (path === "/connexion") return <Layout><LoginPage /></Layout>;
  return <Layout staff><HomePage /></Layout>;
}
