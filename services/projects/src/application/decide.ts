import { createEvent, RuleViolation, type Principal } from "@tetris/shared";
import { z } from "zod";
import type { ProjectsDeps } from "./deps.js";
import { eventContext, loadProjectFor, saveProject } from "./load-project.js";

export const decisionInput = z.object({
  projectId: z.string().trim().min(1).max(100),
  outcome: z.enum(["selected", "not-selected"]),
  reason: z.string().trim().min(10, "Motivez la décision (10 caractères au moins)").max(2000),
});

/**
 * Selects a project, or not, with the reason, by whom, when. The decision can be revised until
 * an accompaniment is planned.
 */
export async function decide(deps: ProjectsDeps, input: z.infer<typeof decisionInput>, principal: Principal, correlationId: string) {
  const project = await loadProjectFor(deps, input.projectId, principal);
  if (!["proposed", "selected", "not-selected"].includes(project.status) || project.plan) {
    throw new RuleViolation("L'accompagnement de ce projet a commencé : la décision ne peut plus être changée");
  }
  const decidedAt = deps.now();
  const decision = { outcome: input.outcome, reason: input.reason, decidedBy: principal.subject, decidedAt };
  const payload = { projectId: project._id, reason: input.reason, decidedBy: principal.subject, decidedAt: decidedAt.toISOString() };
  const event =
    input.outcome === "selected"
      ? createEvent("ProjectSelected", eventContext(project, correlationId), payload, decidedAt)
      : createEvent("ProjectNotSelected", eventContext(project, correlationId), payload, decidedAt);
  await saveProject(deps, project, { $set: { decision, status: input.outcome } }, [event]);
  return { projectId: project._id, status: input.outcome, decidedAt: decidedAt.toISOString() };
}
