import { spawn, type ChildProcess } from "node:child_process";
import type { ServiceName } from "@tetris/shared";
import { waitFor } from "@tetris/shared/testing";
import { freePort } from "./free-port.js";

const mainOf = (name: ServiceName) => new URL(`../../../services/${name}/dist/main.js`, import.meta.url).pathname;


/** A service started as its own process, exactly as `npm start` runs it. */
export interface ServiceProcess {
  name: ServiceName;
  url: string;
  /** kill -9: no shutdown hook runs, whatever the process was doing is cut short. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  output(): string;
}

/**
 * Starts a service and waits until it says it is ready (database, broker and consumer group
 * joined), as an operator would before sending traffic; `until: "alive"` only waits for the
 * process to answer, for a service started without its broker on purpose.
 */
export async function startServiceProcess(
  name: ServiceName,
  env: Record<string, string>,
  until: "ready" | "alive" = "ready",
): Promise<ServiceProcess> {
  // A restarted service keeps its port (env.PORT), as behind a gateway or a load balancer.
  const port = Number(env.PORT) || (await freePort());
  const child: ChildProcess = spawn(process.execPath, ["--disable-warning=TimeoutNegativeWarning", mainOf(name)], {
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const probe = until === "ready" ? "/readyz" : "/healthz";
  await waitFor(async () => child.exitCode === null && (await fetch(`${url}${probe}`)).ok, {
    timeoutMs: 60_000,
    intervalMs: 250,
    what: `${name} to answer ${probe}`,
  }).catch((err: Error) => {
    child.kill("SIGKILL");
    throw new Error(`${err.message}\n${output}`);
  });
  return {
    name,
    url,
    output: () => output,
    async kill() {
      child.kill("SIGKILL");
      await exited;
    },
    async stop() {
      if (child.exitCode !== null) return;
      child.kill("SIGTERM");
      await exited;
    },
  };
}
