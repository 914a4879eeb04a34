import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { freePort } from "./free-port.js";

const run = promisify(execFile);
const infraScript = (name: string) => new URL(`../../../infra/${name}.sh`, import.meta.url).pathname;

export type InfraServer = "kafka" | "ferretdb" | "mailpit";

/**
 * A Kafka broker, a FerretDB and a Mailpit of the test's own, on free ports, with their own data, logs
 * and pid files (TETRIS_INFRA_STATE_DIR) but the jars and binary already fetched for the
 * shared ones: a destructive test stops and starts these without disturbing anyone else's.
 */
export interface PrivateInfra {
  kafkaBrokers: string[];
  mongoUrl: string;
  smtpUrl: string;
  mailpitUrl: string;
  stateDir: string;
  stop(server: InfraServer): Promise<void>;
  /** Starts whatever is stopped (up.sh leaves alone what answers). */
  start(): Promise<void>;
  /** Stops its servers and deletes everything the instance wrote. */
  remove(): Promise<void>;
}


export async function startPrivateInfra(label: string): Promise<PrivateInfra> {
  const stateDir = await mkdtemp(join(tmpdir(), `tetris-infra-${label}-`));
  const [kafkaPort, controllerPort, mongoPort, smtpPort, mailpitPort] = [
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
    await freePort(),
  ];
  const env = {
    ...process.env,
    TETRIS_INFRA_STATE_DIR: stateDir,
    KAFKA_PORT: String(kafkaPort),
    KAFKA_CONTROLLER_PORT: String(controllerPort),
    MONGO_PORT: String(mongoPort),
    // Ports of its own for Mailpit too: with the shared ones, up.sh would leave the shared
    // Mailpit alone, or, when none runs, start this instance's on the ports everyone uses.
    SMTP_PORT: String(smtpPort),
    MAILPIT_PORT: String(mailpitPort),
    // A broker that shuts down cleanly restarts faster; a test does not wait for more.
    INFRA_STOP_TIMEOUT: "15",
  };
  const script = async (name: "up" | "down", servers: InfraServer[] = []) => {
    try {
      await run("bash", [infraScript(name), ...servers], { env, timeout: 150_000 });
    } catch (err) {
      const { stdout = "", stderr = "" } = err as { stdout?: string; stderr?: string };
      throw new Error(`infra/${name}.sh ${servers.join(" ")} failed for the private instance in ${stateDir}\n${stdout}${stderr}`, { cause: err });
    }
  };
  const infra: PrivateInfra = {
    kafkaBrokers: [`127.0.0.1:${kafkaPort}`],
    mongoUrl: `mongodb://127.0.0.1:${mongoPort}`,
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    mailpitUrl: `http://127.0.0.1:${mailpitPort}`,
    stateDir,
    stop: (server) => script("down", [server]),
    start: () => script("up"),
    async remove() {
      await script("down").catch(() => undefined);
      await rm(stateDir, { recursive: true, force: true });
    },
  };
  try {
    await infra.start();
  } catch (err) {
    await infra.remove();
    throw err;
  }
  return infra;
}
