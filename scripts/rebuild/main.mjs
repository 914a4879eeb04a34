// `npm run rebuild -- --service workshops|projects [--into <database>] [--replace]`: rebuilds a
// service's read models from its consumed topics, from offset 0, into an empty database, and
// compares them with the live ones; --replace then puts them in place of the live ones.
import { parseArgs } from "node:util";
import {
  connectDatabase,
  createKafka,
  createLogger,
  createProcessedEventStore,
  ensureIndexes,
  eventTopic,
  loadConfig,
} from "@tetris/shared";
import { compareCollections } from "./compare-collections.mjs";
import { loadService, readModels } from "./read-models.mjs";
import { replayTopics } from "./replay-topics.mjs";

const usage = `usage: npm run rebuild -- --service ${Object.keys(readModels).join("|")} [--into <database>] [--replace]`;
const { values } = parseArgs({ options: { service: { type: "string" }, into: { type: "string" }, replace: { type: "boolean", default: false } } });
if (values.service === "questionnaire") {
  console.error("The questionnaire consumes no events: everything it stores is its own source of truth, nothing to rebuild.");
  process.exit(2);
}
if (!readModels[values.service]) {
  console.error(usage);
  process.exit(2);
}
const service = await loadService(values.service);
const config = loadConfig(service.configSchema);
const logger = createLogger("rebuild", config.LOG_LEVEL === "info" ? "warn" : config.LOG_LEVEL);
const target = values.into ?? `${config.DB_NAME}_rebuild`;
if (target === config.DB_NAME) {
  console.error("--into must name another database than the live one");
  process.exit(2);
}

const rebuilt = await connectDatabase(config.MONGO_URL, target);
const live = await connectDatabase(config.MONGO_URL, config.DB_NAME);
const kafka = createKafka({ clientId: "tetris-rebuild", brokers: config.KAFKA_BROKERS, logger });
try {
  const existing = await rebuilt.db.listCollections().toArray();
  for (const { name } of existing) {
    if ((await rebuilt.db.collection(name).estimatedDocumentCount()) > 0) {
      throw new Error(`database ${target} is not empty (${name}): drop it first, or choose another --into`);
    }
  }
  // The service's own wiring on the empty database: the same handler as its consumer, with
  // a processed-event store of its own and nothing that publishes.
  const wiring = service.wire({
    connection: rebuilt,
    processedEvents: createProcessedEventStore(rebuilt),
    eventsQueued: () => {},
    logger,
    config: { ...config, DB_NAME: target },
  });
  await ensureIndexes(rebuilt);
  const topics = wiring.consumes.from.map((s) => eventTopic(config.TOPIC_PREFIX, s));
  console.log(`rebuilding ${service.collections.join(", ")} of ${config.DB_NAME} into ${target} from ${topics.join(", ")}`);
  const stats = await replayTopics({ kafka, topics, groupPrefix: `${config.TOPIC_PREFIX}${values.service}`, handle: wiring.consumes.handle, logger });
  console.log(`replayed ${stats.handled} events; ${stats.notEvents} messages were not events; ${stats.failed.length} failed`);
  for (const f of stats.failed) console.log(`  failed: ${f.topic}[${f.partition}]@${f.offset} ${f.type} ${f.id}: ${f.error}`);

  const comparison = await compareCollections(live.db, rebuilt.db, service.collections, service.volatileFields);
  for (const c of comparison) {
    const same = c.onlyLive.length + c.onlyRebuilt.length + c.different.length === 0;
    console.log(
      `${c.collection}: live ${c.live}, rebuilt ${c.rebuilt}: ${same ? "equal" : `${c.onlyLive.length} only live, ${c.onlyRebuilt.length} only rebuilt, ${c.different.length} different`}` +
        (same ? "" : ` (e.g. ${[...c.onlyLive, ...c.onlyRebuilt, ...c.different].slice(0, 3).join(", ")})`),
    );
  }

  if (values.replace) {
    // Events the live consumer handled after the replay began would be lost from the copy
    // while its processed-event store still says they were handled: the service must be stopped.
    const admin = kafka.admin();
    await admin.connect();
    const groupId = `${config.TOPIC_PREFIX}${values.service}`;
    const { groups } = await admin.describeGroups([groupId]).finally(() => admin.disconnect());
    if (groups[0]?.members.length) throw new Error(`consumer group ${groupId} has ${groups[0].members.length} member(s): stop the ${values.service} service first`);
    for (const name of service.collections) {
      const docs = await rebuilt.db.collection(name).find({}).toArray();
      await live.db.collection(name).deleteMany({});
      for (let i = 0; i < docs.length; i += 500) await live.db.collection(name).insertMany(docs.slice(i, i + 500));
      console.log(`${name}: replaced by the ${docs.length} rebuilt documents`);
    }
    await rebuilt.dropDatabase();
    console.log(`dropped ${target}; start the ${values.service} service again`);
  } else {
    console.log(`kept ${target} for inspection (drop it when done); --replace puts the rebuilt collections in place of the live ones`);
  }
} catch (err) {
  console.error(`rebuild failed: ${err.message}`);
  process.exitCode = 1;
} finally {
  await rebuilt.close();
  await live.close();
}
