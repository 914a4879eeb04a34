// What `npm run rebuild` may rebuild: the collections a service only derives from the events
// it consumes. Everything else a service stores is its own source of truth (written by its
// API, or created from an event and then changed by people), which no topic holds in full.
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoRoot } from "../infra.mjs";

export const readModels = {
  workshops: {
    wiring: "wireWorkshops",
    configSchema: "workshopsConfigSchema",
    // The invited actors and the latest revision of each response, from the questionnaire's events.
    collections: ["case_invitations", "case_responses"],
    // Written at handling time (the lag the bench measures), not from the event.
    volatileFields: { case_responses: ["recordedAt"] },
  },
  projects: {
    wiring: "wireProjects",
    configSchema: "projectsConfigSchema",
    // The facts behind the list of cases and the national view, and the case timeline.
    collections: ["case_facts", "need_facts", "timeline_entries"],
    volatileFields: {},
  },
};

/** The service's wiring and configuration schema, from its build (`npm run build`). */
export async function loadService(service) {
  const model = readModels[service];
  const dist = (file) => pathToFileURL(join(repoRoot, "services", service, "dist", file)).href;
  const [wiring, config] = await Promise.all([import(dist("wiring.js")), import(dist("config.js"))]);
  return { ...model, wire: wiring[model.wiring], configSchema: config[model.configSchema] };
}
