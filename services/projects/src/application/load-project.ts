import { loadFor, saveAtVersion, type DomainEvent, type Principal } from "@tetris/shared";
import type { UpdateQuery } from "mongoose";
import type { ProjectDocument } from "../infrastructure/project.model.js";
import type { ProjectsDeps } from "./deps.js";

/** A project the caller may see; another département's answers like an unknown one (404). */
export function loadProjectFor(deps: Pick<ProjectsDeps, "projects">, projectId: string, principal: Principal) {
  return loadFor(deps.projects, projectId, principal, "Projet");
}

/** Writes a project's change and its events in one write, at the version it was decided on. */
export async function saveProject(
  deps: Pick<ProjectsDeps, "projects" | "eventsQueued">,
  project: Pick<ProjectDocument, "_id" | "version">,
  update: UpdateQuery<ProjectDocument>,
  events: DomainEvent[] = [],
) {
  await saveAtVersion(deps.projects, project, update, {
    events,
    eventsQueued: deps.eventsQueued,
    changedMeanwhile: "Le projet a été modifié entre-temps : rechargez-le et réessayez",
  });
}

export function eventContext(project: Pick<ProjectDocument, "caseId" | "departmentCode">, correlationId: string) {
  return { caseId: project.caseId, departmentCode: project.departmentCode, correlationId, causationId: null };
}
