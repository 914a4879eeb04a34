import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app.js";
import { pagePaths } from "../server/page-paths.js";
import { registerServiceWorker } from "./service-worker/register.js";
import { loadSession } from "./session.js";

// A respondent needs no session, and must see their questionnaire even offline: not asked.
const sessionKnown = pagePaths.respondent.test(location.pathname) ? Promise.resolve() : loadSession();
void sessionKnown.then(() => {
  createRoot(document.getElementById("root")!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  registerServiceWorker();
});
