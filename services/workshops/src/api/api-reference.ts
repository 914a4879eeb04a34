import { renderApiDocs } from "@tetris/shared";
import type { WorkshopsDeps } from "../application/deps.js";
import { workshopsAppRouter } from "./app.router.js";

/** The workshops service's API reference (docs/api/workshops.md), rendered from its router. */
export function workshopsApiReference(): string {
  return renderApiDocs({
    service: "Workshops",
    port: 4102,
    router: workshopsAppRouter({} as WorkshopsDeps),
    intro: [
      "The workshop day at the préfecture. When a case's campaign closes, a draft day is prepared from the ranked themes",
      "(one session per priority theme with its evidence, the invited actors as participants). Staff plan it, capture needs",
      "live, group them into candidate projects, let participants vote, and complete it: the projects service then receives",
      "one `CandidateProjectProposed` per candidate and `WorkshopCompleted`.",
      "",
      "Concurrency: planning edits and need or candidate edits carry the `expectedVersion` the editor saw and answer 409 when",
      "someone else changed it meanwhile. Needs are captured with a client-made UUID, so a retried capture is stored once.",
      "",
      "Besides tRPC, the day's report is a plain download with the same bearer token:",
      "`GET /reports/workshops/<workshopId>.html` (printable page) and `GET /reports/workshops/<workshopId>.pdf`.",
    ].join("\n"),
  });
}
