// `npm run docs:api`: writes docs/api/<service>.md from each service's router (built first),
// so the API reference a client writer reads is the code's own description.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./infra.mjs";

const references = {
  questionnaire: ["services/questionnaire/dist/api/api-reference.js", "questionnaireApiReference"],
  workshops: ["services/workshops/dist/api/api-reference.js", "workshopsApiReference"],
  projects: ["services/projects/dist/api/api-reference.js", "projectsApiReference"],
  access: ["services/access/dist/api/api-reference.js", "accessApiReference"],
};
mkdirSync(join(repoRoot, "docs/api"), { recursive: true });
for (const [service, [module, name]] of Object.entries(references)) {
  const reference = (await import(join(repoRoot, module)))[name];
  writeFileSync(join(repoRoot, `docs/api/${service}.md`), reference());
  console.log(`docs/api/${service}.md`);
}
