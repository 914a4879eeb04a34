import { randomUUID } from "node:crypto";
import { TRPCError } from "@trpc/server";
import { Schema, type Connection, type Model } from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  connectDatabase,
  createEvent,
  ensureIndexes,
  loadFor,
  newWithEvents,
  outboxPlugin,
  saveAtVersion,
  type OutboxDocument,
  type Principal,
} from "../src/index.js";
import { isolatedTestEnvironment } from "../src/testing/index.js";

const env = isolatedTestEnvironment("aggregate");
let connection: Connection;
let days: Model<Day>;

interface Day extends OutboxDocument {
  _id: string;
  caseId: string;
  departmentCode: string;
  venue: string;
}
const daySchema = new Schema<Day>({ _id: String, caseId: String, departmentCode: String, venue: String }, { versionKey: false });
daySchema.plugin(outboxPlugin);

const meuse: Principal = { subject: "pref-55", name: "Préfecture de la Meuse", role: "prefecture", departments: ["55"] };
const ariege: Principal = { subject: "pref-09", name: "Préfecture de l'Ariège", role: "prefecture", departments: ["09"] };
const anct: Principal = { subject: "anct", name: "ANCT", role: "anct", departments: [] };

/** What a caller is told: the error's code and message, or the document's id. */
async function answer(load: Promise<{ _id: string }>) {
  try {
    return { found: (await load)._id };
  } catch (err) {
    if (!(err instanceof TRPCError)) throw err;
    return { code: err.code, message: err.message };
  }
}

async function newDay(departmentCode = "55") {
  const _id = `day-${randomUUID()}`;
  await days.create({ _id, caseId: `case-${departmentCode}-${_id}`, departmentCode, venue: "Préfecture", ...newWithEvents([]) });
  return (await days.findById(_id).lean())!;
}

const anEvent = (day: Day) =>
  createEvent(
    "ProjectDelivered",
    { caseId: day.caseId, departmentCode: day.departmentCode, correlationId: randomUUID(), causationId: null },
    { projectId: day._id, deliveredAt: new Date().toISOString() },
  );

beforeAll(async () => {
  connection = await connectDatabase(env.mongoUrl, env.dbName("aggregate"));
  days = connection.model<Day>("Day", daySchema);
  await ensureIndexes(connection);
});

afterAll(async () => {
  await connection.dropDatabase();
  await connection.close();
});

describe("loadFor", () => {
  it("gives the aggregate to those who may act on its département", async () => {
    const day = await newDay();
    expect(await answer(loadFor(days, day._id, meuse, "Atelier"))).toEqual({ found: day._id });
    expect(await answer(loadFor(days, day._id, anct, "Atelier"))).toEqual({ found: day._id });
    expect(await answer(loadFor(days, { caseId: day.caseId }, meuse, "Atelier"))).toEqual({ found: day._id });
  });

  it("answers another département's aggregate exactly as one that does not exist", async () => {
    const day = await newDay();
    const unknown = await answer(loadFor(days, `day-${randomUUID()}`, ariege, "Atelier"));
    expect(unknown).toEqual({ code: "NOT_FOUND", message: "Atelier introuvable" });
    expect(await answer(loadFor(days, day._id, ariege, "Atelier"))).toEqual(unknown);
    expect(await answer(loadFor(days, { caseId: day.caseId }, ariege, "Atelier"))).toEqual(unknown);
  });
});

describe("saveAtVersion", () => {
  it("writes the change and queues its events at the version read, then tells the relay", async () => {
    const day = await newDay();
    let nudges = 0;
    const event = anEvent(day);
    const version = await saveAtVersion(days, day, { $set: { venue: "Salle des fêtes" } }, {
      events: [event],
      eventsQueued: () => nudges++,
      changedMeanwhile: "L'atelier a été modifié entre-temps",
    });
    expect(version).toBe(2);
    expect(await days.findById(day._id).lean()).toMatchObject({ version: 2, venue: "Salle des fêtes", outboxPending: true, outbox: [{ id: event.id }] });
    expect(nudges).toBe(1);
  });

  it("refuses a write at a stale version with a 409 and writes nothing", async () => {
    const day = await newDay();
    await saveAtVersion(days, day, { $set: { venue: "Mairie" } }, { changedMeanwhile: "L'atelier a été modifié entre-temps" });
    const before = await days.findById(day._id).lean();
    let nudges = 0;
    const stale = saveAtVersion(days, day, { $set: { venue: "Gymnase" } }, {
      events: [anEvent(day)],
      eventsQueued: () => nudges++,
      changedMeanwhile: "L'atelier a été modifié entre-temps",
    });
    await expect(stale).rejects.toMatchObject({ code: "CONFLICT", message: "L'atelier a été modifié entre-temps" });
    expect(await days.findById(day._id).lean()).toEqual(before);
    expect(before).toMatchObject({ version: 2, venue: "Mairie", outbox: [], outboxPending: false });
    expect(nudges).toBe(0);
  });

  it("does not wake the relay for a change without events", async () => {
    const day = await newDay();
    let nudges = 0;
    await saveAtVersion(days, day, { $set: { venue: "Mairie" } }, { events: [], eventsQueued: () => nudges++, changedMeanwhile: "modifié" });
    expect(nudges).toBe(0);
  });
});
