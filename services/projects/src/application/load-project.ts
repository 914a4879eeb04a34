import { assertDepartment, conflict, notFound, withEvents, type DomainEvent, type Principal } from "@tetris/shared";
import type { UpdateQuery } from "mongoose";
import type { ProjectDocument } from "../infrastructure/project.model.js";
import type { ProjectsDeps } from "./deps.js";

/** A project the caller may see: 404 when it does not exist, 403 when it is another département's. */
export async function loadProjectFor(deps: Pick<ProjectsDeps, "projects">, projectId: string, principal: Principal) {
  const project = await deps.projects.findById(projectId).lean();
  if (!project) notFound("Projet");
  assertDepartment(principal, project.departmentCode);
  return project;
}

/** Writes a project's change and its events in one write, at the version it was decided on. */
export async function saveProject(
  deps: Pick<ProjectsDeps, "projects" | "eventsQueued">,
  project: Pick<ProjectDocument, "_id" | "version">,
  update: UpdateQuery<ProjectDocument>,
  events: DomainEvent[] = [],
) {
  const result = await deps.projects.updateOne({ _id: project._id, version: project.version }, withEvents(update, events));
  if (result.matchedCount === 0) conflict("Le projet a été modifié entre-temps : rechargez-le et réessayez");
  if (events.length > 0) deps.eventsQueued();
}

export function eventContext(project: Pick<ProjectDocument, "caseId" | "departmentCode">, correlationId: string) {
  return { caseId: project.caseId, departmentCode: project.departmentCode, correlationId, causationId: null };
}
