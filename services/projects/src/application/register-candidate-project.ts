import { insertOnce, newWithEvents, type EventOf, type Logger } from "@tetris/shared";
import { projectIdFor, type Project } from "../domain/project.js";
import type { ProjectsDeps } from "./deps.js";

/** Takes in a candidate project from the workshop, with its needs and their evidence. */
export async function registerCandidateProject(deps: ProjectsDeps, event: EventOf<"CandidateProjectProposed">, logger: Logger) {
  const { votes, ...candidate } = event.payload;
  const project: Project = {
    _id: projectIdFor(candidate.candidateId),
    caseId: event.caseId,
    departmentCode: event.departmentCode,
    ...candidate,
    workshopVotes: votes,
    status: "proposed",
    statusReason: null,
    proposedAt: new Date(event.occurredAt),
    scores: [],
    decision: null,
    plan: null,
    journal: [],
  };
  if (await insertOnce(deps.projects, { ...project, ...newWithEvents([]) })) {
    logger.info({ projectId: project._id }, "candidate project registered");
  }
}
