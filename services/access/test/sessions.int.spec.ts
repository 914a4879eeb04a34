import { createHash } from "node:crypto";
import { databaseWatcher, isolatedTestEnvironment, snapshotDifferences, testGatewayToken, testToken, type DatabaseWatcher } from "@tetris/shared/testing";
import { signGatewayToken } from "@tetris/shared";
import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anctClient, gateway, identity, internalPost, startAccess, testClock, type Service } from "./access-test-kit.js";

const env = isolatedTestEnvironment("sessions");
const clock = testClock();
let service: Service;
let database: DatabaseWatcher;
let anct: Awaited<ReturnType<typeof anctClient>>;
let agent: ReturnType<typeof gateway>;
let raw: mongoose.Connection;

const IDLE = 7200;
const MAX = 43_200;
const julien = identity();
const meuse = { kind: "siret", siret: "17559999000009" } as const;
const julienByEmail = { kind: "email", email: "julien.marchal@meuse.gouv.fr" } as const;

beforeAll(async () => {
  service = await startAccess(env, clock);
  database = await databaseWatcher(env.mongoUrl, env.dbName("access"));
  raw = await mongoose.createConnection(env.mongoUrl, { dbName: env.dbName("access") }).asPromise();
  anct = await anctClient(service.url);
  agent = gateway(service.url);
});
afterAll(async () => {
  await raw?.close();
  await database?.close();
  await service?.stop();
});

type Entry = { type: string; version: number; occurredAt: string; actor: { subject: string; name: string }; agent?: unknown; role?: string; departments?: string[] };
const journal = async (input: object = { limit: 200 }) => (await anct.query<{ entries: Entry[]; next: string | null }>("journal.list", input)).data;
const resolved = async (sessionId: string) => (await agent.resolve(sessionId)).body.session;

describe("the gateway's credential", () => {
  it("is required on every internal route: none, a forged one or a staff token answers 401 in French, and nothing is written", async () => {
    const before = await database.snapshot();
    const staff = await testToken("anct");
    const forged = await signGatewayToken("un-autre-secret-que-celui-de-l-installation");
    for (const path of ["sessions", "sessions/resolve", "sessions/close"]) {
      for (const credential of [null, "n-importe-quoi", staff, forged]) {
        const answer = await internalPost(service.url, path, { identity: julien, idToken: "x", sessionId: "x" }, credential);
        expect(answer.status, `${path} with ${credential}`).toBe(401);
        expect(answer.body.error.message).toMatch(credential === null ? /^Réservé à la passerelle web/ : /^Jeton de passerelle invalide$/);
      }
    }
    // Nor is the gateway's credential a staff token.
    const asBearer = await fetch(`${service.url}/trpc/habilitations.list`, { headers: { authorization: `Bearer ${await testGatewayToken()}` } });
    expect(asBearer.status).toBe(401);
    expect(snapshotDifferences(before, await database.snapshot())).toEqual([]);
  });

  it("answers 400 naming the field at fault, and writes nothing", async () => {
    const before = await database.snapshot();
    const cases: [string, unknown, string][] = [
      ["sessions", { identity: { ...julien, email: "pas-une-adresse" }, idToken: "x" }, "identity.email"],
      ["sessions", { identity: { ...julien, siret: "1755" }, idToken: "x" }, "identity.siret"],
      ["sessions", { identity: julien }, "idToken"],
      ["sessions", { identity: { ...julien, subject: "" }, idToken: "x" }, "identity.subject"],
      ["sessions/resolve", {}, "sessionId"],
      ["sessions/close", { sessionId: 42 }, "sessionId"],
    ];
    for (const [path, body, field] of cases) {
      const answer = await internalPost(service.url, path, body);
      expect(answer.status, `${path} ${JSON.stringify(body)}`).toBe(400);
      expect(answer.body.error.path).toBe(field);
      expect(answer.body.error.message).toMatch(/^Données invalides : /);
    }
    const malformed = await internalPost(service.url, "sessions", "{pas du json");
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.message).toBe("Corps de requête illisible : JSON mal formé");
    expect(snapshotDifferences(before, await database.snapshot())).toEqual([]);
  });
});

describe("an agent's session", () => {
  it("opens with a random id stored only as its hash, and resolves to the agent without habilitation until one is granted", async () => {
    const opened = await agent.open();
    expect(opened.status).toBe(201);
    expect(opened.headers.get("cache-control")).toBe("no-store");
    const { sessionId, csrfToken, expiresAt } = opened.body as { sessionId: string; csrfToken: string; expiresAt: string };
    expect(sessionId).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(expiresAt) - clock.now().getTime()).toBeGreaterThan((IDLE - 5) * 1000);
    const stored = await raw.collection("sessions").find({}).toArray();
    expect(stored.map((s) => s._id)).toContain(createHash("sha256").update(sessionId).digest("hex"));
    expect(JSON.stringify(stored)).not.toContain(sessionId);

    expect(await resolved(sessionId)).toEqual({
      subject: julien.subject, email: julien.email, name: "Julien Marchal", siret: julien.siret, csrfToken, expiresAt, habilitation: null,
    });
  });

  it("shows a grant made after sign-in at the next resolution, the agent's own grant before their organisation's, and a withdrawal", async () => {
    const { sessionId } = (await agent.open()).body as { sessionId: string };
    await anct.mutate("habilitations.grant", { holder: meuse, label: "Préfecture de la Meuse", role: "prefecture", departments: ["55"] });
    expect((await resolved(sessionId)).habilitation).toEqual({ role: "prefecture", departments: ["55"] });
    await anct.mutate("habilitations.grant", { holder: { kind: "email", email: "Julien.Marchal@meuse.gouv.fr" }, role: "partner", departments: ["55", "54"] });
    expect((await resolved(sessionId)).habilitation).toEqual({ role: "partner", departments: ["54", "55"] });
    await anct.mutate("habilitations.withdraw", { holder: julienByEmail });
    expect((await resolved(sessionId)).habilitation).toEqual({ role: "prefecture", departments: ["55"] });
    await anct.mutate("habilitations.withdraw", { holder: meuse });
    expect((await resolved(sessionId)).habilitation).toBeNull();
  });

  it("matches the agent's address whatever its case, and records the habilitation found at sign-in", async () => {
    await anct.mutate("habilitations.grant", { holder: julienByEmail, role: "prefecture", departments: ["55"] });
    const { sessionId } = (await agent.open(identity({ email: "JULIEN.Marchal@Meuse.gouv.fr", siret: null }))).body as { sessionId: string };
    expect((await resolved(sessionId)).habilitation).toEqual({ role: "prefecture", departments: ["55"] });
    expect((await journal()).entries[0]).toMatchObject({
      type: "AgentSignedIn", version: 1, actor: { subject: julien.subject, name: "Julien Marchal" },
      agent: { subject: julien.subject, email: "julien.marchal@meuse.gouv.fr", siret: null, idpId: julien.idpId }, role: "prefecture", departments: ["55"],
    });
    await anct.mutate("habilitations.withdraw", { holder: julienByEmail });
  });

  it("ends after the idle time without use, and is deleted then", async () => {
    const { sessionId } = (await agent.open()).body as { sessionId: string };
    clock.advance(IDLE - 120);
    expect(await resolved(sessionId)).not.toBeNull();
    // That use extended it: another idle period, less a little, still finds it.
    clock.advance(IDLE - 60);
    expect(await resolved(sessionId)).not.toBeNull();
    clock.advance(IDLE);
    expect(await resolved(sessionId)).toBeNull();
    const hash = createHash("sha256").update(sessionId).digest("hex");
    expect(await raw.collection("sessions").countDocuments({ _id: hash as never })).toBe(0);
  });

  it("writes its last use at most once a minute, and says when it ends", async () => {
    const { sessionId } = (await agent.open()).body as { sessionId: string };
    const hash = createHash("sha256").update(sessionId).digest("hex");
    const lastSeen = async () => (await raw.collection("sessions").findOne({ _id: hash as never }))!.lastSeenAt as Date;
    const opened = await lastSeen();
    clock.advance(30);
    await resolved(sessionId);
    expect(await lastSeen()).toEqual(opened);
    clock.advance(31);
    const session = await resolved(sessionId);
    expect((await lastSeen()).getTime()).toBeGreaterThan(opened.getTime() + 60_000);
    expect(Date.parse(session.expiresAt)).toBe((await lastSeen()).getTime() + IDLE * 1000);
  });

  it("ends at the absolute expiry however much it is used", async () => {
    const { sessionId } = (await agent.open()).body as { sessionId: string };
    const openedAt = clock.now().getTime();
    for (let elapsed = 0; elapsed + IDLE / 2 < MAX; elapsed += IDLE / 2) {
      clock.advance(IDLE / 2);
      const session = await resolved(sessionId);
      expect(session).not.toBeNull();
      expect(Date.parse(session.expiresAt)).toBeLessThanOrEqual(openedAt + MAX * 1000 + 1000);
    }
    clock.advance(IDLE / 2);
    expect(await resolved(sessionId)).toBeNull();
  });

  it("closes once: the ID token comes back for the provider's logout, the sign-out is recorded, the session is gone", async () => {
    const { sessionId } = (await agent.open(julien, "the.id-token.of-julien")).body as { sessionId: string };
    const closed = await agent.close(sessionId);
    expect(closed).toMatchObject({ status: 200, body: { idToken: "the.id-token.of-julien" } });
    expect(await resolved(sessionId)).toBeNull();
    expect((await agent.close(sessionId)).body).toEqual({ idToken: null });
    const signedOut = (await journal()).entries.filter((e) => e.type === "AgentSignedOut");
    expect(signedOut).toHaveLength(1);
    expect(signedOut[0]).toMatchObject({ version: 1, actor: { subject: julien.subject, name: "Julien Marchal" }, agent: { subject: julien.subject, email: julien.email, siret: julien.siret } });
    expect((await agent.close("jamais-vu")).body).toEqual({ idToken: null });
  });
});

describe("the journal", () => {
  it("lists grants, withdrawals, sign-ins and sign-outs, newest first, with who and when, page by page", async () => {
    const all = await journal();
    expect(new Set(all.entries.map((e) => e.type))).toEqual(new Set(["HabilitationGranted", "HabilitationWithdrawn", "AgentSignedIn", "AgentSignedOut"]));
    expect(all.next).toBeNull();
    const times = all.entries.map((e) => Date.parse(e.occurredAt));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    for (const entry of all.entries) expect(entry.actor.subject.length * entry.actor.name.length).toBeGreaterThan(0);

    const pages: Entry[] = [];
    let before: string | null | undefined;
    do {
      const page = await journal({ limit: 3, ...(before ? { before } : {}) });
      expect(page.entries.length).toBeLessThanOrEqual(3);
      pages.push(...page.entries);
      before = page.next;
    } while (before);
    expect(pages).toEqual(all.entries);
    expect((await journal(undefined as never)).entries).toHaveLength(Math.min(50, all.entries.length));
  });

  it("refuses a cursor it did not give, naming `before`", async () => {
    const answer = await anct.query("journal.list", { before: "pas-un-curseur" });
    expect(answer.status).toBe(400);
    expect(answer.error?.data.issues?.[0]?.path).toBe("before");
  });
});
