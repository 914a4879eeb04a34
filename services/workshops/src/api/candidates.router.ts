import { router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import { castVotes, castVotesInput, createCandidate, createCandidateInput, editCandidate, editCandidateInput } from "../application/candidates.js";
import type { WorkshopsDeps } from "../application/deps.js";
import { loadWorkshopFor } from "../application/load-workshop.js";
import { voteTotals } from "../domain/candidate.js";
import type { CandidateDocument } from "../infrastructure/candidate.model.js";

function candidateView({ _id, outbox: _o, outboxPending: _p, ...c }: CandidateDocument, votes: number) {
  return { candidateId: _id, ...c, votes };
}

export function candidatesRouter(deps: WorkshopsDeps) {
  const staff = staffProcedure("anct", "prefecture");
  return router({
    create: staff
      .meta({ summary: "Makes a candidate project (fiche projet) from needs of the workshop.", errors: ["400 naming an unknown need or territory", "409 once the workshop is completed"] })
      .input(createCandidateInput)
      .mutation(async ({ ctx, input }) => candidateView((await createCandidate(deps, input, ctx.principal)) as CandidateDocument, 0)),
    edit: staff
      .meta({ summary: "Edits a candidate project at the version the editor saw.", errors: ["409 on a concurrent change"] })
      .input(editCandidateInput)
      .mutation(async ({ ctx, input }) => {
        const candidate = (await editCandidate(deps, input, ctx.principal)) as CandidateDocument;
        const ballots = await deps.ballots.find({ workshopId: candidate.workshopId }).lean();
        return candidateView(candidate, voteTotals(ballots).get(candidate._id) ?? 0);
      }),
    list: staffProcedure("anct", "prefecture", "partner")
      .meta({ summary: "The candidate projects of a workshop with their vote totals, most voted first." })
      .input(z.object({ workshopId: z.string().trim().min(1).max(100) }))
      .query(async ({ ctx, input }) => {
        await loadWorkshopFor(deps, input.workshopId, ctx.principal);
        const [candidates, ballots] = await Promise.all([
          deps.candidates.find({ workshopId: input.workshopId }).lean(),
          deps.ballots.find({ workshopId: input.workshopId }).lean(),
        ]);
        const totals = voteTotals(ballots);
        return candidates.map((c) => candidateView(c, totals.get(c._id) ?? 0)).sort((a, b) => b.votes - a.votes);
      }),
    vote: staff
      .meta({
        summary: "Records a participant's dot votes (replacing theirs): at most the workshop's votes per participant, on its candidates. Answers how many they have left.",
        errors: ["409 if more votes than allowed or an unknown candidate", "404 if the participant does not exist"],
      })
      .input(castVotesInput)
      .mutation(async ({ ctx, input }) => castVotes(deps, input, ctx.principal)),
  });
}
