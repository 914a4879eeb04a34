import { spawn } from "node:child_process";
import { waitFor } from "@tetris/shared/testing";
import { freePort } from "./free-port.js";

const main = new URL("../../../apps/oidc-dev/dist/main.js", import.meta.url).pathname;

/** The local OpenID provider as `npm start` runs it, registered for a gateway on `gatewayPort`. */
export async function startDevProvider(gatewayPort: number) {
  const port = await freePort();
  const gateway = `http://127.0.0.1:${gatewayPort}`;
  let output = "";
  const child = spawn(process.execPath, [main], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      LOG_LEVEL: "warn",
      OIDC_DEV_PORT: String(port),
      OIDC_DEV_REDIRECT_URIS: `${gateway}/auth/callback`,
      OIDC_DEV_POST_LOGOUT_REDIRECT_URIS: `${gateway}/connexion`,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const issuer = `http://127.0.0.1:${port}`;
  // A request made while the provider is still starting may never be answered: each probe gives up after 2 s.
  await waitFor(async () => child.exitCode === null && (await fetch(`${issuer}/healthz`, { signal: AbortSignal.timeout(2000) })).ok, {
    what: "the local OpenID provider",
  }).catch((err: Error) => {
    child.kill("SIGKILL");
    throw new Error(`${err.message}\n${output}`);
  });
  return { issuer, stop: () => child.kill("SIGTERM"), output: () => output };
}
