import ExcelJS from "exceljs";
import { eventTopic, parseEventBytes, type DomainEvent } from "@tetris/shared";
import { apiClient, isolatedTestEnvironment, readTopic, testKafka, testToken, type ApiClient } from "@tetris/shared/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadedCase, startProjects, type Service } from "./projects-test-kit.js";

const env = isolatedTestEnvironment("accompaniment");
let service: Service;
let c: Awaited<ReturnType<typeof loadedCase>>;
let anct: ApiClient;

type ProjectView = {
  status: string;
  plan: { milestones: { milestoneId: string; title: string; status: string }[]; levers: string[] } | null;
  progress: { done: number; total: number; percent: number };
  overdueMilestones: string[];
  journal: { text: string }[];
};
const project = (id: string) => anct.query<ProjectView>("projects.get", { projectId: id }).then((a) => a.data);

async function projectsEvents(count: number): Promise<DomainEvent[]> {
  const messages = await readTopic(testKafka(env.kafkaBrokers), eventTopic(env.topicPrefix, "projects"), count);
  return messages.map((m) => parseEventBytes(m.value));
}

beforeAll(async () => {
  service = await startProjects(env);
  c = await loadedCase(service, env);
  anct = c.anct;
  await anct.mutate("projects.decide", { projectId: c.projectIds[0], outcome: "selected", reason: "Répond aux deux premiers besoins" });
  await anct.mutate("projects.decide", { projectId: c.projectIds[1], outcome: "selected", reason: "Tiers-lieu attendu par la ville" });
});
afterAll(async () => service?.stop());

describe("accompaniment", () => {
  it("refuses a plan for a project that is not selected, or with a lever outside the catalogue", async () => {
    const notSelected = await anct.mutate("projects.planAccompaniment", {
      projectId: c.projectIds[2], referent: "Référente ANCT", levers: ["ingenierie-anct"], milestones: [{ title: "Étude", dueDate: "2027-01-31" }],
    });
    expect(notSelected.status).toBe(409);
    const levers = await anct.query<{ code: string }[]>("levers.list");
    expect(levers.data.length).toBeGreaterThanOrEqual(10);
    const unknown = await anct.mutate("projects.planAccompaniment", {
      projectId: c.projectIds[0], referent: "Référente ANCT", levers: [levers.data[0]!.code, "levier-imaginaire"], milestones: [{ title: "Étude", dueDate: "2027-01-31" }],
    });
    expect(unknown.error?.data.issues?.map((i) => i.path)).toEqual(["levers.1"]);
  });

  it("plans levers, referent and milestones, derives progress and flags overdue milestones", async () => {
    const levers = (await anct.query<{ code: string }[]>("levers.list")).data.map((l) => l.code);
    const planned = await anct.mutate("projects.planAccompaniment", {
      projectId: c.projectIds[0],
      referent: "Référente ANCT Grand Est",
      levers: levers.slice(0, 2),
      partners: ["Banque des territoires", "DDT de la Meuse"],
      milestones: [
        { title: "Étude de faisabilité", dueDate: "2025-06-30" },
        { title: "Acquisition du véhicule", dueDate: "2099-12-31" },
      ],
    });
    expect(planned.status).toBe(200);
    const p = await project(c.projectIds[0]!);
    expect(p).toMatchObject({ status: "in-accompaniment", progress: { done: 0, total: 2, percent: 0 } });
    const [study, vehicle] = p.plan!.milestones;
    expect(p.overdueMilestones).toEqual([study!.milestoneId]);

    expect((await anct.mutate("projects.updateMilestone", { projectId: c.projectIds[0], milestoneId: study!.milestoneId, status: "done", doneOn: "2025-07-10" })).status).toBe(200);
    const after = await project(c.projectIds[0]!);
    expect(after).toMatchObject({ progress: { done: 1, total: 2, percent: 50 }, overdueMilestones: [] });
    const tooEarly = await anct.mutate("projects.changeStatus", { projectId: c.projectIds[0], to: "delivered" });
    expect(tooEarly.status).toBe(409);
    await anct.mutate("projects.updateMilestone", { projectId: c.projectIds[0], milestoneId: vehicle!.milestoneId, status: "cancelled" });

    const national = await anct.query<{ overdueMilestones: unknown[]; levers: { code: string; projects: number }[] }>("national.view");
    expect(national.data.levers.map((l) => l.code).sort()).toEqual(levers.slice(0, 2).sort());
  });

  it("moves through legal statuses only, with a reason to pause or abandon, and announces each step", async () => {
    const move = (to: string, reason: string | null = null) => anct.mutate("projects.changeStatus", { projectId: c.projectIds[0], to, reason });
    expect((await move("paused")).status).toBe(409);
    expect((await move("paused", "En attente du vote du budget régional")).status).toBe(200);
    expect((await move("delivered")).status).toBe(409);
    expect((await move("in-accompaniment")).status).toBe(200);
    expect((await move("delivered")).status).toBe(200);
    expect((await move("in-accompaniment")).status).toBe(409);
    const p = await project(c.projectIds[0]!);
    expect(p.status).toBe("delivered");
    expect(p.journal.map((j) => j.text).join(" | ")).toContain("En attente du vote du budget régional");
    // Project 1 is selected but never planned: neither delivered nor accompanied without a plan.
    expect((await anct.mutate("projects.changeStatus", { projectId: c.projectIds[1], to: "delivered" })).status).toBe(409);
    const unplanned = await anct.mutate("projects.changeStatus", { projectId: c.projectIds[1], to: "in-accompaniment" });
    expect(unplanned.status).toBe(409);
    expect(unplanned.error?.message).toContain("Planifiez");
    expect((await anct.mutate("projects.changeStatus", { projectId: c.projectIds[2], to: "paused", reason: "x" })).status).toBe(409);

    const types = (await projectsEvents(8)).map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(["AccompanimentPlanned", "MilestoneUpdated", "ProjectStatusChanged", "ProjectDelivered"]));
    expect(types.indexOf("ProjectDelivered")).toBeGreaterThan(types.lastIndexOf("ProjectStatusChanged"));
  });

  it("traces a project back to its needs, their themes and the questionnaire answers, and keeps the case timeline", async () => {
    const trace = await anct.query<{ needs: { needId: string; themeCode: string; answers: { organisation: string }[] }[] }>("projects.traceability", { projectId: c.projectIds[0] });
    expect(trace.data.needs.map((n) => [n.needId, n.themeCode])).toEqual(c.needs.slice(0, 2).map((n) => [n.needId, n.themeCode]));
    expect(trace.data.needs[0]!.answers[0]!.organisation).toBe(c.needs[0]!.evidence[0]!.organisation);
    const timeline = await anct.query<{ type: string }[]>("projects.timeline", { caseId: c.caseId });
    expect(timeline.data.map((e) => e.type)).toEqual(expect.arrayContaining(["CampaignOpened", "NeedCaptured", "CandidateProjectProposed"]));
  });

  it("gives ANCT the national funnel by département and theme, as data and as files, and nobody else", async () => {
    const view = await anct.query<{ funnel: { departmentCode: string; themeCode: string | null; invited: number; answered: number; needs: number; candidates: number; selected: number; accompanied: number; delivered: number }[] }>("national.view");
    const total = view.data.funnel.find((r) => r.departmentCode === "55" && r.themeCode === null);
    expect(total).toEqual(expect.objectContaining({ invited: 2, answered: 1, needs: 3, candidates: 3, selected: 2, accompanied: 1, delivered: 1 }));
    const mediation = view.data.funnel.find((r) => r.departmentCode === "55" && r.themeCode === "inclusion-mediation");
    expect(mediation).toEqual(expect.objectContaining({ needs: 2, candidates: 1, delivered: 1 }));

    const headers = { authorization: `Bearer ${await testToken("anct")}` };
    const csv = await fetch(`${service.url}/exports/national.csv`, { headers });
    expect(csv.status).toBe(200);
    expect(await csv.text()).toContain("Meuse");
    const xlsx = await fetch(`${service.url}/exports/national.xlsx`, { headers });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.arrayBuffer()) as never);
    expect(workbook.worksheets.map((w) => w.name)).toContain("Entonnoir");

    const prefecture = apiClient(service.url, await testToken("prefecture", ["55"]));
    expect((await prefecture.query("national.view")).status).toBe(403);
    const refused = await fetch(`${service.url}/exports/national.csv`, { headers: { authorization: `Bearer ${await testToken("prefecture", ["55"])}` } });
    expect(refused.status).toBe(403);
  });
});
