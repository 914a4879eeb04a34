import { accessMatrixSuite, isolatedTestEnvironment, type ServiceUnderAttack } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe } from "vitest";
import { accessAppRouter } from "../../../services/access/src/api/app.router.js";
import type { AccessDeps } from "../../../services/access/src/application/deps.js";
import { accessSamples, someHabilitations } from "../../../services/access/test/access-samples.js";
import { startAccess } from "../../../services/access/test/access-test-kit.js";
import { projectsAppRouter } from "../../../services/projects/src/api/app.router.js";
import type { ProjectsDeps } from "../../../services/projects/src/application/deps.js";
import { meuseProjects, projectsSamples } from "../../../services/projects/test/access-samples.js";
import { startProjects } from "../../../services/projects/test/projects-test-kit.js";
import { questionnaireRouter } from "../../../services/questionnaire/src/api/app.router.js";
import type { QuestionnaireDeps } from "../../../services/questionnaire/src/application/deps.js";
import { meuseCampaign, questionnaireSamples } from "../../../services/questionnaire/test/access-samples.js";
import { questionnaireTestEnvironment, startQuestionnaire } from "../../../services/questionnaire/test/questionnaire-test-kit.js";
import { workshopsAppRouter } from "../../../services/workshops/src/api/app.router.js";
import type { WorkshopsDeps } from "../../../services/workshops/src/application/deps.js";
import { ariegeDay, workshopsSamples } from "../../../services/workshops/test/access-samples.js";
import { startWorkshops } from "../../../services/workshops/test/workshops-test-kit.js";
import { startDevProvider } from "./oidc-process.js";
import { sessionCallers, signInAgents, type SignedInAgents } from "./session-callers.js";
import { freePort } from "./free-port.js";
import { startWebGateway } from "./web-process.js";

// The services' own access matrix (every procedure × every caller, on each service's own
// fixture), run again through the gateway with the session cookies of agents signed in through
// the local provider, instead of bearer tokens sent to the service itself. One gateway, one
// provider and one access service (which keeps the sessions and is itself the last target).
const envs = {
  questionnaire: questionnaireTestEnvironment("session-matrix"),
  workshops: isolatedTestEnvironment("session-matrix"),
  projects: isolatedTestEnvironment("session-matrix"),
  access: isolatedTestEnvironment("session-matrix"),
};
// Each started in this process by its own test kit, as its own matrix test does.
type Service = Awaited<ReturnType<typeof startAccess>>;
const running = {} as Record<keyof typeof envs, Service>;
const started: { stop: () => unknown }[] = [];
let web: { url: string };
let agents: SignedInAgents;

beforeAll(async () => {
  // One after another: services started together have been seen to hang.
  running.access = await startAccess(envs.access);
  running.questionnaire = await startQuestionnaire(envs.questionnaire);
  running.workshops = await startWorkshops(envs.workshops);
  running.projects = await startProjects(envs.projects);
  started.push(running.access, running.questionnaire, running.workshops, running.projects);
  const port = await freePort();
  const provider = await startDevProvider(port);
  started.push(provider);
  const urls = { questionnaire: running.questionnaire.url, workshops: running.workshops.url, projects: running.projects.url };
  const gateway = await startWebGateway(urls, { WEB_PORT: String(port), ACCESS_URL: running.access.url, OIDC_ISSUER: provider.issuer });
  started.push(gateway);
  web = gateway;
  agents = await signInAgents(web.url, running.access.url);
}, 180_000);

afterAll(async () => {
  // Stopping twice is harmless: each matrix stops its service when it is done.
  for (const s of started.reverse()) await s.stop();
});

/**
 * A service's own matrix (its router, samples and fixture, its database watched), called through
 * the gateway's /api/<service> by the agents' cookies.
 */
function throughTheGateway<F extends { secrets: string[] }>(
  name: keyof typeof envs,
  own: Pick<ServiceUnderAttack<F, Service>, "router" | "samples" | "fixture" | "volatileFields">,
  home: string,
  foreign: string,
) {
  describe(`${name} (${home} against ${foreign})`, () => {
    accessMatrixSuite(
      {
        ...own,
        // The gateway's sessions live in the access service: it outlives its matrix, stopped with the rest.
        start: async () => (name === "access" ? { ...running.access, stop: async () => undefined } : running[name]),
        mongoUrl: envs[name].mongoUrl,
        dbName: envs[name].dbName(name),
        baseUrl: () => `${web.url}/api/${name}`,
        callers: (h, f) => sessionCallers(agents, running.access.url, h, f),
      },
      home,
      foreign,
    );
  });
}

throughTheGateway("questionnaire", { router: questionnaireRouter({} as QuestionnaireDeps), samples: questionnaireSamples, fixture: (service) => meuseCampaign(service) }, "55", "08");
throughTheGateway("workshops", { router: workshopsAppRouter({} as WorkshopsDeps), samples: workshopsSamples, fixture: (service) => ariegeDay(service, envs.workshops) }, "09", "55");
throughTheGateway("projects", { router: projectsAppRouter({} as ProjectsDeps), samples: projectsSamples, fixture: (service) => meuseProjects(service, envs.projects) }, "55", "09");
throughTheGateway(
  "access",
  {
    router: accessAppRouter({} as AccessDeps),
    samples: accessSamples,
    fixture: (service) => someHabilitations(service),
    // Every call with a cookie may write down the session's last use (at most once a minute).
    volatileFields: { sessions: ["lastSeenAt"] },
  },
  "55",
  "09",
);
