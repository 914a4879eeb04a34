import { randomUUID } from "node:crypto";
import { createEvent, invalidFields, isoDateSchema, notFound, RuleViolation, type Principal } from "@tetris/shared";
import { z } from "zod";
import type { ProjectStatus } from "../domain/accompaniment/accompaniment-types.js";
import { assertCanDeliver, assertMilestoneUpdate } from "../domain/accompaniment/milestones.js";
import { assertTransition, statusLabels } from "../domain/accompaniment/status-transitions.js";
import type { ProjectsDeps } from "./deps.js";
import { eventContext, loadProjectFor, saveProject } from "./load-project.js";

const today = (now: Date) => now.toISOString().slice(0, 10);
const id = z.string().trim().min(1).max(100);

export const planInput = z.object({
  projectId: id,
  referent: z.string().trim().min(2).max(200),
  levers: z.array(z.string().trim().min(1).max(80)).min(1, "Au moins un levier").max(20),
  partners: z.array(z.string().trim().min(1).max(200)).max(30).default([]),
  milestones: z.array(z.object({ title: z.string().trim().min(3).max(200), dueDate: isoDateSchema })).min(1, "Au moins un jalon").max(50),
});

/** Plans the accompaniment of a selected project: levers, referent, partners, milestones. */
export async function planAccompaniment(deps: ProjectsDeps, input: z.infer<typeof planInput>, principal: Principal, correlationId: string) {
  const project = await loadProjectFor(deps, input.projectId, principal);
  if (project.status !== "selected") throw new RuleViolation("Seul un projet retenu, pas encore accompagné, peut recevoir un plan d'accompagnement");
  const known = new Set((await deps.levers.find({}, { _id: 1 }).lean()).map((l) => l._id));
  const unknown = input.levers.findIndex((l) => !known.has(l));
  if (unknown >= 0) invalidFields([{ path: `levers.${unknown}`, message: "Levier absent du catalogue" }]);
  const milestones = input.milestones.map((m) => ({ milestoneId: randomUUID(), ...m, status: "planned" as const, doneOn: null }));
  const plan = { referent: input.referent, levers: [...new Set(input.levers)], partners: input.partners, milestones };
  const now = deps.now();
  const event = createEvent("AccompanimentPlanned", eventContext(project, correlationId), {
    projectId: project._id,
    referent: plan.referent,
    levers: plan.levers,
    partners: plan.partners,
    milestones: milestones.map(({ milestoneId, title, dueDate }) => ({ milestoneId, title, dueDate })),
  }, now);
  await saveProject(deps, project, { $set: { plan, status: "in-accompaniment" }, $push: { journal: { at: now, by: principal.subject, text: `Accompagnement planifié, référent : ${plan.referent}` } } }, [event]);
  return plan;
}

export const milestoneInput = z.object({
  projectId: id,
  milestoneId: id,
  status: z.enum(["planned", "done", "cancelled"]),
  doneOn: isoDateSchema.nullable().default(null),
  dueDate: isoDateSchema.optional(),
});

/** Marks a milestone done, cancelled or planned again (possibly with a new due date). */
export async function updateMilestone(deps: ProjectsDeps, input: z.infer<typeof milestoneInput>, principal: Principal, correlationId: string) {
  const project = await loadProjectFor(deps, input.projectId, principal);
  const index = project.plan?.milestones.findIndex((m) => m.milestoneId === input.milestoneId) ?? -1;
  if (!project.plan || index < 0) notFound("Jalon");
  const milestone = project.plan.milestones[index]!;
  const now = deps.now();
  const change = { status: input.status, doneOn: input.status === "done" ? input.doneOn : null, dueDate: input.dueDate ?? milestone.dueDate };
  assertMilestoneUpdate(milestone, change, today(now));
  const updated = { ...milestone, ...change };
  const event = createEvent("MilestoneUpdated", eventContext(project, correlationId), {
    projectId: project._id,
    milestoneId: updated.milestoneId,
    title: updated.title,
    dueDate: updated.dueDate,
    status: updated.status,
    doneOn: updated.doneOn,
  }, now);
  await saveProject(deps, project, { $set: { [`plan.milestones.${index}`]: updated } }, [event]);
  return updated;
}

export const statusInput = z.object({
  projectId: id,
  to: z.enum(["in-accompaniment", "paused", "abandoned", "delivered"]),
  reason: z.string().trim().max(2000).nullable().default(null),
});

/** Moves an accompanied project along: pause, resume, abandon (with a reason), or deliver. */
export async function changeStatus(deps: ProjectsDeps, input: z.infer<typeof statusInput>, principal: Principal, correlationId: string) {
  const project = await loadProjectFor(deps, input.projectId, principal);
  if (project.status === "proposed" || project.status === "not-selected") {
    throw new RuleViolation("Seul un projet retenu peut changer de statut d'accompagnement");
  }
  const from = project.status as ProjectStatus;
  // The accompaniment starts with its plan (planAccompaniment), never by a bare status change.
  if (from === "selected" && input.to === "in-accompaniment") {
    throw new RuleViolation("Planifiez l'accompagnement (leviers, référent, jalons) pour le commencer");
  }
  assertTransition(from, input.to, input.reason);
  if (input.to === "delivered") assertCanDeliver(project.plan?.milestones ?? []);
  const now = deps.now();
  const context = eventContext(project, correlationId);
  const event =
    input.to === "delivered"
      ? createEvent("ProjectDelivered", context, { projectId: project._id, deliveredAt: now.toISOString() }, now)
      : createEvent("ProjectStatusChanged", context, { projectId: project._id, from, to: input.to, reason: input.reason, changedBy: principal.subject }, now);
  const note = { at: now, by: principal.subject, text: `Statut : ${statusLabels[from]} → ${statusLabels[input.to]}${input.reason ? ` (${input.reason})` : ""}` };
  await saveProject(deps, project, { $set: { status: input.to, statusReason: input.reason }, $push: { journal: note } }, [event]);
  return { projectId: project._id, status: input.to };
}

export const journalInput = z.object({ projectId: id, text: z.string().trim().min(3).max(5000) });

/** Adds a dated line to the project's journal. */
export async function addJournalEntry(deps: ProjectsDeps, input: z.infer<typeof journalInput>, principal: Principal) {
  const project = await loadProjectFor(deps, input.projectId, principal);
  const entry = { at: deps.now(), by: principal.subject, text: input.text };
  await saveProject(deps, project, { $push: { journal: entry } });
  return { ...entry, at: entry.at.toISOString() };
}
