// The three services as child processes from their built dist/main.js, as `npm start` runs
// them, each on a free port, with its peak resident memory read from /proc.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { repoRoot } from "../infra.mjs";
import { serviceNodeOptions } from "../service-node-options.mjs";

export const serviceNames = ["questionnaire", "workshops", "projects"];

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => (port ? resolve(port) : reject(new Error("no free port"))));
    });
  });
}

/** Peak resident set size since the process started (VmHWM), in bytes; null once it is gone. */
export function peakResidentBytes(pid) {
  try {
    const match = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

async function waitReady(url, child, output) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/readyz`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} is not ready after 60 s (exit code ${child.exitCode}):\n${output().slice(-4000)}`);
}

export async function startService(name, env) {
  const port = await freePort();
  const child = spawn(process.execPath, [...serviceNodeOptions, join(repoRoot, `services/${name}/dist/main.js`)], {
    cwd: repoRoot,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Keep only the tail: a service that logs warnings all run long must not grow the bench.
  let output = "";
  // Error records (pino level 50 and above) are kept apart: under load the tail is all requests.
  const errors = [];
  const keep = (chunk) => {
    const text = chunk.toString();
    output = (output + text).slice(-20_000);
    for (const line of text.split("\n")) if (/"level":(5|6)0/.test(line) && errors.push(line) > 200) errors.shift();
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise((resolve) => child.once("exit", resolve));
  const url = `http://127.0.0.1:${port}`;
  const service = {
    name,
    url,
    pid: child.pid,
    output: () => output,
    errors: () => errors.join("\n"),
    alive: () => child.exitCode === null && child.signalCode === null,
    peakResidentBytes: () => peakResidentBytes(child.pid),
    async stop() {
      if (!service.alive()) return;
      const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      child.kill("SIGTERM");
      await exited;
      clearTimeout(timer);
    },
  };
  try {
    await waitReady(url, child, () => output);
  } catch (err) {
    child.kill("SIGKILL");
    throw err;
  }
  return service;
}

/** Starts the three; peak memory is sampled at the end of each phase (VmHWM never decreases). */
export async function startServices(environment) {
  const services = {};
  try {
    for (const name of serviceNames) services[name] = await startService(name, environment.env(name));
  } catch (err) {
    await Promise.all(Object.values(services).map((s) => s.stop()));
    throw err;
  }
  return services;
}
