import { spawn } from "node:child_process";
import { waitFor } from "@tetris/shared/testing";
import { freePort } from "./free-port.js";

const gateway = new URL("../../../apps/web/dist-server/gateway.js", import.meta.url).pathname;


/** The web gateway as `npm start` runs it, pointed at the given services. */
export async function startWebGateway(services: { questionnaire: string; workshops: string; projects: string }, env: Record<string, string> = {}) {
  const port = Number(env.WEB_PORT) || (await freePort());
  const child = spawn(process.execPath, [gateway], {
    env: { ...process.env, WEB_PORT: String(port), QUESTIONNAIRE_URL: services.questionnaire, WORKSHOPS_URL: services.workshops, PROJECTS_URL: services.projects, ...env },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  await waitFor(async () => (await fetch(`${url}/healthz`)).ok, { what: "the web gateway" });
  return { url, stop: () => child.kill("SIGTERM") };
}
