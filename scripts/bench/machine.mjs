// What the figures were measured on: they mean little without the machine, the versions of
// the parts underneath and how busy the machine already was (the load average).
import { readdirSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import { repoRoot } from "../infra.mjs";
import { MongoClient } from "./drivers.mjs";

function kafkaVersion() {
  // The broker has no version request that kafkajs exposes: read it from the local jars.
  try {
    const lib = join(process.env.TETRIS_INFRA_DIR ?? join(repoRoot, ".infra"), "kafka/lib");
    const jar = readdirSync(lib).find((f) => /^kafka-server-\d/.test(f));
    return jar ? jar.replace(/^kafka-server-|\.jar$/g, "") : "unknown (external broker)";
  } catch {
    return "unknown (external broker)";
  }
}

async function databaseVersion(mongoUrl) {
  const client = await MongoClient.connect(mongoUrl, { serverSelectionTimeoutMS: 5000 });
  try {
    const info = await client.db("admin").command({ buildInfo: 1 });
    return info.ferretdbVersion ? `FerretDB ${info.ferretdbVersion} (MongoDB ${info.version} wire)` : `MongoDB ${info.version}`;
  } finally {
    await client.close();
  }
}

export async function describeMachine(environment) {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? "unknown",
    cores: cpu.length,
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    kafka: `Apache Kafka ${kafkaVersion()} (kafkajs client)`,
    database: await databaseVersion(environment.mongoUrl),
    date: new Date().toISOString(),
  };
}

export const loadAverage = () => loadavg()[0];
