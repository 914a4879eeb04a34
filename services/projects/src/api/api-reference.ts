import { renderApiDocs } from "@tetris/shared";
import type { ProjectsDeps } from "../application/deps.js";
import { projectsAppRouter } from "./app.router.js";

/** The projects service's API reference (docs/api/projects.md), rendered from its router. */
export function projectsApiReference(): string {
  return renderApiDocs({
    service: "Projects",
    port: 4103,
    router: projectsAppRouter({} as ProjectsDeps),
    intro: [
      "Candidate projects arrive from the workshops (`CandidateProjectProposed`, with their needs and evidence). ANCT scores",
      "them on the case's weighted grid (the ranking is derived, never typed in, with its sensitivity to ±20 % on any weight),",
      "decides which are selected, plans their accompaniment (levers, referent, partners, milestones) and follows them to",
      "delivery. Everyone who may see the département reads the projects, their traceability back to the questionnaire",
      "answers and the case timeline; ANCT alone sees the national view. The list of cases (`cases.list`) says where each case",
      "of the caller's départements stands, from the questionnaire to the accompaniment, with its counts.",
      "",
      "Besides tRPC, the national view is a plain download for ANCT: `GET /exports/national.csv` and `GET /exports/national.xlsx`.",
    ].join("\n"),
  });
}
