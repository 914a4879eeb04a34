// The mongodb driver and kafkajs are dependencies of @tetris/shared (the driver through
// mongoose): resolve them from there, so that the bench adds nothing to the root package.
import { createRequire } from "node:module";
import { join } from "node:path";
import { createKafka, createLogger } from "@tetris/shared";
import { repoRoot } from "../infra.mjs";

const requireFromShared = createRequire(join(repoRoot, "packages/shared/package.json"));
export const { MongoClient, BSON } = requireFromShared("mongoose").mongo;
export const { Partitioners } = requireFromShared("kafkajs");

export function benchKafka(environment, clientId = `${environment.run}-bench`) {
  return createKafka({ clientId, brokers: environment.kafkaBrokers, logger: createLogger("bench", "silent") });
}
