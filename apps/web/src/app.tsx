import { useEffect, useState } from "react";
import { Layout } from "./layout.js";
import { CampaignPage } from "./pages/campaign-page.js";
import { HomePage } from "./pages/home-page.js";
import { LoginPage } from "./pages/login-page.js";
import { RespondentPage } from "./pages/respondent-page.js";

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
  if (path === "/connexion") return <Layout><LoginPage /></Layout>;
  return <Layout staff><HomePage /></Layout>;
}
