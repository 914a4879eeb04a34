#!/usr/bin/env node
// Mints a bearer token for local use: npm run token -- --role prefecture --departments 55 --name "Préfecture de la Meuse"
import { parseArgs } from "node:util";
import { authSecretOf, baseConfigSchema, loadConfig } from "../config/config.js";
import { principalSchema } from "./principal.js";
import { signAccessToken } from "./tokens.js";

const { values } = parseArgs({
  options: {
    role: { type: "string", default: "anct" },
    departments: { type: "string", default: "" },
    name: { type: "string", default: "Agent local" },
    subject: { type: "string" },
    "expires-in": { type: "string", default: "8h" },
  },
});

const principal = principalSchema.safeParse({
  subject: values.subject ?? `local-${values.role}`,
  name: values.name,
  role: values.role,
  departments: values.departments!.split(",").map((d) => d.trim()).filter(Boolean),
});
if (!principal.success) {
  console.error("Paramètres invalides :", principal.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "));
  console.error('Exemple : npm run token -- --role prefecture --departments 55 --name "Préfecture de la Meuse"');
  process.exit(2);
}
const config = loadConfig(baseConfigSchema);
console.log(await signAccessToken(authSecretOf(config), principal.data, values["expires-in"]));
