import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { apiClient, isolatedTestEnvironment, testToken, waitFor, type ApiClient } from "@tetris/shared/testing";
import mongoose, { type Connection } from "mongoose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServiceProcess, type ServiceProcess } from "./service-process.js";
import { shortTemplate } from "./short-template.js";

type Name = "questionnaire" | "workshops" | "projects";
const names: Name[] = ["questionnaire", "workshops", "projects"];
const rebuildCli = new URL("../../../scripts/rebuild/main.mjs", import.meta.url).pathname;
const env = isolatedTestEnvironment("rebuild");
const running: Partial<Record<Name, ServiceProcess>> = {};
const databases: Connection[] = [];
let api: Record<Name, ApiClient>;

const readModels = {
  workshops: { collections: ["case_invitations", "case_responses"], volatile: ["recordedAt"] },
  projects: { collections: ["case_facts", "need_facts", "timeline_entries"], volatile: [] as string[] },
};

async function database(name: string) {
  const db = await mongoose.createConnection(env.mongoUrl, { dbName: name }).asPromise();
  databases.push(db);
  return db;
}

/** A read model's documents, sorted by id, without the fields written at handling time. */
async function snapshot(db: Connection, service: keyof typeof readModels) {
  const { collections, volatile } = readModels[service];
  const result: Record<string, unknown[]> = {};
  for (const name of collections) {
    const docs = await db.collection(name).find({}).sort({ _id: 1 }).toArray();
    result[name] = docs.map((doc) => Object.fromEntries(Object.entries(doc).filter(([field]) => !volatile.includes(field))));
  }
  return result;
}

async function rebuild(service: keyof typeof readModels, ...args: string[]) {
  const { stdout } = await promisify(execFile)(process.execPath, ["--disable-warning=TimeoutNegativeWarning", rebuildCli, "--service", service, ...args], {
    env: { ...process.env, ...env.env(service), LOG_LEVEL: "error" },
    timeout: 120_000,
  });
  return stdout;
}

beforeAll(async () => {
  const token = await testToken("anct");
  api = {} as typeof api;
  for (const name of names) {
    running[name] = await startServiceProcess(name, env.env(name));
    api[name] = apiClient(running[name].url, token);
  }
}, 180_000);

afterAll(async () => {
  await Promise.all(Object.values(running).map((s) => s?.stop()));
  for (const db of databases) await db.close();
});

describe("rebuilding read models from the topics", () => {
  it("rebuilds the workshops and projects read models equal to the live ones, and can put them back in place", async () => {
    // A case with some history: invitations at the opening and later, a revoked link, answers
    // and amendments, the closing, a candidate project and the day completed.
    expect((await api.questionnaire.mutate("templates.saveDraft", shortTemplate)).status).toBe(200);
    expect((await api.questionnaire.mutate("templates.publish", { templateId: shortTemplate.templateId, version: 1 })).status).toBe(200);
    const opened = await api.questionnaire.mutate<{ campaignId: string; caseId: string }>("campaigns.open", {
      templateId: shortTemplate.templateId,
      departmentCode: "24",
      edition: 2026,
      title: "Questionnaire de cadrage — Dordogne",
      closesAt: new Date(Date.now() + 86_400_000).toISOString(),
      invitations: Array.from({ length: 4 }, (_, i) => ({ organisation: `Structure ${i + 1}`, actorType: "autre" })),
    });
    expect(opened.status).toBe(200);
    const { campaignId, caseId } = opened.data;
    expect((await api.questionnaire.mutate("campaigns.invite", { campaignId, invitations: [{ organisation: "Tiers-lieu", actorType: "tiers-lieu" }] })).status).toBe(200);
    const links = (await api.questionnaire.query<{ token: string; invitationId: string }[]>("campaigns.invitationLinks", { campaignId })).data;
    expect((await api.questionnaire.mutate("campaigns.revokeInvitation", { campaignId, invitationId: links[4]!.invitationId })).status).toBe(200);
    for (const [i, link] of links.slice(0, 3).entries()) {
      for (let revision = 0; revision <= i; revision++) {
        const submitted = await apiClient(running.questionnaire!.url).mutate("respondent.submit", { token: link.token, answers: { mediation: revision % 2 ? "non" : "oui", couverture: 1 + revision } });
        expect(submitted.status).toBe(200);
      }
    }
    expect((await api.questionnaire.mutate("campaigns.close", { campaignId })).status).toBe(200);
    const workshop = await waitFor(async () => {
      const answer = await api.workshops.query<{ workshopId: string; version: number }>("workshops.byCase", { caseId });
      return answer.status === 200 && answer.data;
    }, { what: "the draft workshop" });
    const candidate = await api.workshops.mutate("candidates.create", {
      workshopId: workshop.workshopId,
      title: "Médiation numérique itinérante",
      kind: "tiers-lieu",
      leadOrganisation: "Conseil départemental de la Dordogne",
      maturity: "projet-defini",
    });
    expect(candidate.status).toBe(200);
    expect((await api.workshops.mutate("workshops.complete", { workshopId: workshop.workshopId, expectedVersion: workshop.version })).status).toBe(200);
    await waitFor(async () => {
      const timeline = (await api.projects.query<{ type: string }[]>("projects.timeline", { caseId })).data;
      return timeline.some((e) => e.type === "WorkshopCompleted");
    }, { what: "the completed day on the timeline" });

    // The live read models are complete once the consumers stop: nothing is left to consume.
    await running.workshops!.stop();
    await running.projects!.stop();
    const live = { workshops: await database(env.dbName("workshops")), projects: await database(env.dbName("projects")) };
    const before = { workshops: await snapshot(live.workshops, "workshops"), projects: await snapshot(live.projects, "projects") };
    expect(before.workshops.case_responses).toHaveLength(3);
    expect(before.projects.timeline_entries!.length).toBeGreaterThanOrEqual(10);

    for (const service of ["workshops", "projects"] as const) {
      const into = `${env.dbName(service)}_rebuilt`;
      const printed = await rebuild(service, "--into", into);
      // eslint-disable-next-line no-console -- what the command printed, for whoever reads the run
      console.info(`rebuild --service ${service}:\n${printed}`);
      expect(await snapshot(await database(into), service)).toEqual(before[service]);
      for (const collection of readModels[service].collections) expect(printed).toMatch(new RegExp(`^${collection}: .*: equal$`, "m"));
      await (await database(into)).dropDatabase();
    }

    // A damaged read model (a response lost) is put back by --replace, the service stopped.
    await live.workshops.collection("case_responses").deleteOne({ _id: links[0]!.invitationId } as never);
    const replaced = await rebuild("workshops", "--replace");
    expect(replaced).toMatch(/^case_responses: live 2, rebuilt 3: 0 only live, 1 only rebuilt, 0 different/m);
    expect(await snapshot(live.workshops, "workshops")).toEqual(before.workshops);
  }, 240_000);
});
