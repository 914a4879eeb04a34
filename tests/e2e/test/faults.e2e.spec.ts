import { apiClient, isolatedTestEnvironment, testToken, waitFor, type ApiClient } from "@tetris/shared/testing";
import mongoose from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPrivateInfra, type PrivateInfra } from "./private-infra.js";
import { shortTemplate as template } from "./short-template.js";
import { startServiceProcess, type ServiceProcess } from "./service-process.js";

type Name = "questionnaire" | "workshops" | "projects";
const names: Name[] = ["questionnaire", "workshops", "projects"];
const INVITATIONS = 24;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

// Stopping servers would break every other test run: this file has a broker and database of its own.
let infra: PrivateInfra;
let env: ReturnType<typeof isolatedTestEnvironment>;
const running: Partial<Record<Name, ServiceProcess>> = {};
let token: string;
const api = (name: Name): ApiClient => apiClient(running[name]!.url, token);

async function start(name: Name) {
  // Every respondent comes from 127.0.0.1 here: the per-address limit would count them as one.
  running[name] = await startServiceProcess(name, env.env(name, { RATE_LIMIT_PER_MINUTE: "0" }));
}

/** Every service answers /readyz: database, broker and consumer group are all back. */
async function allReady(what: string) {
  await waitFor(
    async () => {
      const answers = await Promise.all(names.map((n) => fetch(`${running[n]!.url}/readyz`, { signal: AbortSignal.timeout(3000) })));
      return answers.every((a) => a.ok);
    },
    { timeoutMs: 120_000, intervalMs: 500, what },
  );
}

/** One respondent as a real client sees it: what the service said yes to, and what it did not answer. */
interface Respondent {
  token: string;
  invitationId: string;
  accepted: { revision: number; answers: Record<string, unknown> }[];
  lastAttemptAccepted: boolean;
}
const outcomes = { accepted: 0, refused: new Map<number, number>(), failed: 0 };

async function submit(respondent: Respondent): Promise<boolean> {
  const answers = { mediation: Math.random() < 0.5 ? "oui" : "non", couverture: 1 + Math.floor(Math.random() * 5) };
  try {
    const response = await fetch(`${running.questionnaire!.url}/trpc/respondent.submit`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token: respondent.token, answers }),
      signal: AbortSignal.timeout(5000),
    });
    if (response.status === 200) {
      const body = (await response.json()) as { result: { data: { revision: number } } };
      respondent.accepted.push({ revision: body.result.data.revision, answers });
      respondent.lastAttemptAccepted = true;
      outcomes.accepted++;
      return true;
    }
    outcomes.refused.set(response.status, (outcomes.refused.get(response.status) ?? 0) + 1);
  } catch {
    // A refused connection (service killed) or a timeout (database down): not accepted.
    outcomes.failed++;
  }
  respondent.lastAttemptAccepted = false;
  return false;
}

/** A few submissions a second, from two clients at once (each its own respondents, as two browsers would). */
function submissionFlow(respondents: Respondent[]) {
  let stopped = false;
  const lanes = [0, 1].map(async (lane) => {
    const mine = respondents.filter((_, i) => i % 2 === lane);
    for (let i = 0; !stopped; i++) {
      await submit(mine[i % mine.length]!);
      await sleep(350);
    }
  });
  return {
    async stop() {
      stopped = true;
      await Promise.all(lanes);
    },
  };
}

/**
 * Waits for a downstream view to catch up; if it never does, says what it last showed and what
 * the services logged since their last start, which is where a lost event would show.
 */
async function settled(what: string, probe: () => Promise<{ done: boolean; seen: unknown }>) {
  let last: unknown;
  await waitFor(
    async () => {
      const { done, seen } = await probe();
      last = seen;
      return done;
    },
    { timeoutMs: 120_000, intervalMs: 500, what },
  ).catch(async (err: Error) => {
    const logs = names.map((n) => `--- ${n} ---\n${running[n]!.output().slice(-3000)}`).join("\n");
    throw new Error(`${err.message}; last seen ${JSON.stringify(last)}; ${await unpublished()}\n${logs}`, { cause: err });
  });
}

/** The events still waiting in the questionnaire's outbox: a relay that stopped publishing shows here. */
async function unpublished() {
  const db = await mongoose.createConnection(env.mongoUrl, { dbName: env.dbName("questionnaire") }).asPromise();
  try {
    const pending = await db.collection("responses").find({ outboxPending: true }, { projection: { outbox: 1 } }).toArray();
    return `${pending.length} responses with unpublished events (${pending.reduce((n, d) => n + (d.outbox?.length ?? 0), 0)} events)`;
  } finally {
    await db.close();
  }
}

/** How many submissions were accepted while each fault lasted: the outbox keeps accepting without a broker. */
const acceptedDuring: Record<string, number> = {};
async function during(fault: string, act: () => Promise<void>) {
  const before = outcomes.accepted;
  await act();
  acceptedDuring[fault] = outcomes.accepted - before;
}

/** Waits until the flow got `count` more submissions accepted: the system took traffic again after a fault. */
async function moreAccepted(count: number, what: string) {
  const target = outcomes.accepted + count;
  await waitFor(async () => outcomes.accepted >= target, { timeoutMs: 90_000, intervalMs: 200, what: `${count} accepted submissions ${what}` });
}

beforeAll(async () => {
  infra = await startPrivateInfra("faults");
  env = { ...isolatedTestEnvironment("faults"), mongoUrl: infra.mongoUrl, kafkaBrokers: infra.kafkaBrokers };
  token = await testToken("anct");
  for (const name of names) await start(name);
}, 240_000);

afterAll(async () => {
  await Promise.all(Object.values(running).map((s) => s?.kill()));
  await infra?.remove();
}, 60_000);

describe("faults while respondents submit", () => {
  it("every accepted submission has exactly one effect in each service after kills and outages", async () => {
    expect((await api("questionnaire").mutate("templates.saveDraft", template)).status).toBe(200);
    expect((await api("questionnaire").mutate("templates.publish", { templateId: template.templateId, version: 1 })).status).toBe(200);
    const opened = await api("questionnaire").mutate<{ campaignId: string; caseId: string }>("campaigns.open", {
      departmentCode: "88",
      edition: 2026,
      title: "Questionnaire de cadrage — Vosges",
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      templateId: template.templateId,
      invitations: Array.from({ length: INVITATIONS }, (_, i) => ({ organisation: `Structure ${i + 1}`, actorType: "autre" })),
    });
    expect(opened.status).toBe(200);
    const { campaignId, caseId } = opened.data;
    const links = await api("questionnaire").query<{ token: string; invitationId: string }[]>("campaigns.invitationLinks", { campaignId });
    const respondents: Respondent[] = links.data.map((l) => ({ token: l.token, invitationId: l.invitationId, accepted: [], lastAttemptAccepted: false }));
    expect(respondents).toHaveLength(INVITATIONS);

    const flow = submissionFlow(respondents);
    try {
      await moreAccepted(6, "before any fault");
      for (const name of names) {
        await during(`${name} killed`, async () => {
          await running[name]!.kill();
          await sleep(500);
          await start(name);
        });
        await moreAccepted(4, `after ${name} was killed`);
      }

      await during("broker down", async () => {
        await infra.stop("kafka");
        await sleep(2000);
        await infra.start();
      });
      await allReady("every service to reconnect to the restarted broker");
      await moreAccepted(4, "after the broker restarted");

      await during("database down", async () => {
        await infra.stop("ferretdb");
        await sleep(2000);
        await infra.start();
      });
      await allReady("every service to reconnect to the restarted database");
      await moreAccepted(6, "after the database restarted");
    } finally {
      await flow.stop();
    }

    // A client whose last submission got no answer tries again until it is told yes.
    for (const respondent of respondents.filter((r) => !r.lastAttemptAccepted)) {
      await waitFor(() => submit(respondent), { timeoutMs: 30_000, intervalMs: 500, what: "a retried submission to be accepted" });
    }
    const last = (r: Respondent) => r.accepted.at(-1)!;
    // A submission cut short may have been stored anyway: then the retry made the next
    // revision. Either way each one the questionnaire stored is one event, and the last
    // accepted one is the latest revision everywhere.
    const totalRevisions = respondents.reduce((sum, r) => sum + last(r).revision, 0);

    // The questionnaire: each respondent's latest answer is the last one it accepted.
    for (const r of respondents) {
      const seen = await apiClient(running.questionnaire!.url).query<{ lastSubmission: { revision: number } | null; draft: unknown }>(
        "respondent.open",
        { token: r.token },
      );
      expect(seen.data.lastSubmission?.revision).toBe(last(r).revision);
      expect(seen.data.draft).toEqual(last(r).answers);
    }

    // The projects service: every respondent once, every submission once on the timeline.
    const answeredInProjects = async () =>
      (await api("projects").query<{ caseId: string; counts: { answered: number } }[]>("cases.list", { departmentCode: "88" })).data.find(
        (c) => c.caseId === caseId,
      )?.counts.answered;
    const submittedOnTimeline = async () =>
      (await api("projects").query<{ type: string }[]>("projects.timeline", { caseId })).data.filter((e) => e.type === "ResponseSubmitted").length;
    await settled(`the projects service to see ${INVITATIONS} respondents and ${totalRevisions} submissions`, async () => {
      const seen = { answered: await answeredInProjects(), submitted: await submittedOnTimeline() };
      return { done: seen.answered === INVITATIONS && seen.submitted >= totalRevisions, seen };
    });
    expect(await submittedOnTimeline()).toBe(totalRevisions);

    // The workshops service's read model holds the latest revision of each response, once.
    const db = await mongoose.createConnection(env.mongoUrl, { dbName: env.dbName("workshops") }).asPromise();
    try {
      await settled(`the workshops read model to hold ${INVITATIONS} responses`, async () => {
        const seen = await db.collection("case_responses").countDocuments({ caseId });
        return { done: seen === INVITATIONS, seen };
      });
      const stored = await db.collection<{ _id: string; revision: number }>("case_responses").find({ caseId }).toArray();
      const storedById = new Map(stored.map((s) => [s._id, s]));
      for (const r of respondents) {
        // The same revision carries the same answers: the event of that revision wrote them.
        expect(storedById.get(r.invitationId)?.revision).toBe(last(r).revision);
      }
    } finally {
      await db.close();
    }

    // Closing: both downstream views agree with the questionnaire's participation.
    expect((await api("questionnaire").mutate("campaigns.close", { campaignId })).status).toBe(200);
    const participation = await api("questionnaire").query<{ invited: number; responded: number }>("campaigns.participation", { campaignId });
    expect(participation.data).toMatchObject({ invited: INVITATIONS, responded: INVITATIONS });
    const workshop = await waitFor(
      async () => {
        const answer = await api("workshops").query<{ participants: { participantId: string; source: string }[] }>("workshops.byCase", { caseId });
        return answer.status === 200 && answer.data;
      },
      { what: "the draft workshop day" },
    );
    const responded = workshop.participants.filter((p) => p.source === "responded").map((p) => p.participantId);
    expect(responded.sort()).toEqual(respondents.map((r) => r.invitationId).sort());

    // eslint-disable-next-line no-console -- one line that says what the faults cost, for whoever reads the run
    console.info(
      `faults: ${outcomes.accepted} submissions accepted (${totalRevisions} stored revisions), ${outcomes.failed} failed or timed out, ` +
        `refused: ${JSON.stringify(Object.fromEntries(outcomes.refused))}; accepted while each fault lasted: ${JSON.stringify(acceptedDuring)}`,
    );
  }, 300_000);
});
