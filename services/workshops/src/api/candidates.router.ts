import { router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import {
  castVotes,
  castVotesInput,
  createCandidate,
  createCandidateInput,
  editCandidate,
  editCandidateInput,
  recordedBallots,
} from "../application/candidates.js";
import type { WorkshopsDeps } from "../application/deps.js";
import { loadWorkshopFor } from "../application/load-workshop.js";
import { voteTotals } from "../domain/candidate.js";
import { ballotViewSchema, candidateView, candidateViewSchema } from "./views/candidate.view.js";

// The errors of every procedure that reaches a workshop: another département's workshop or
// candidate answers as if it did not exist, so that ids cannot be probed.
const workshopNotFound = "404 if the workshop does not exist or belongs to a département that is not the caller's (the same answer)";
const completed = "409 once the workshop is completed";
const workshopInput = z.object({ workshopId: z.string().trim().min(1).max(100) });
const badFields = [
  "400 naming each need that is not a need of the workshop (path `needIds.<index>`)",
  "400 naming each territory that is not a commune or EPCI of the département (path `territories.<index>.code`)",
  "400 if `budgetRange.maxEuros` is below `minEuros` (path `budgetRange.maxEuros`)",
];

export function candidatesRouter(deps: WorkshopsDeps) {
  const staff = staffProcedure("anct", "prefecture");
  const readers = staffProcedure("anct", "prefecture", "partner");
  return router({
    create: staff
      .meta({
        summary:
          "Makes a candidate project (fiche projet) from needs of the workshop, e.g. a group `needs.suggestGroupings` suggested. " +
          "Territories are given by code (their names come from the official referential). Emits nothing until `workshops.complete`. " +
          "Answers the candidate, with no votes yet.",
        errors: [workshopNotFound, ...badFields, completed],
      })
      .input(createCandidateInput)
      .output(candidateViewSchema)
      .mutation(async ({ ctx, input }) => candidateView(await createCandidate(deps, input, ctx.principal), 0)),
    edit: staff
      .meta({
        summary:
          "Replaces a candidate project's fields at the version the editor saw (an optional field left out is emptied, as at " +
          "creation); a concurrent edit is refused, never overwritten. Answers the candidate with its new version and its votes.",
        errors: [
          "404 if the candidate does not exist or belongs to a département that is not the caller's (the same answer)",
          ...badFields,
          completed,
          "409 if someone else changed it since `expectedVersion` (reload it and try again)",
        ],
      })
      .input(editCandidateInput)
      .output(candidateViewSchema)
      .mutation(async ({ ctx, input }) => {
        const candidate = await editCandidate(deps, input, ctx.principal);
        const ballots = await deps.ballots.find({ workshopId: candidate.workshopId }).lean();
        return candidateView(candidate, voteTotals(ballots).get(candidate._id) ?? 0);
      }),
    list: readers
      .meta({ summary: "The candidate projects of a workshop with their vote totals, most voted first.", errors: [workshopNotFound] })
      .input(workshopInput)
      .output(z.array(candidateViewSchema))
      .query(async ({ ctx, input }) => {
        await loadWorkshopFor(deps, input.workshopId, ctx.principal);
        const [candidates, ballots] = await Promise.all([
          deps.candidates.find({ workshopId: input.workshopId }).lean(),
          deps.ballots.find({ workshopId: input.workshopId }).lean(),
        ]);
        const totals = voteTotals(ballots);
        return candidates.map((c) => candidateView(c, totals.get(c._id) ?? 0)).sort((a, b) => b.votes - a.votes);
      }),
    ballots: readers
      .meta({
        summary:
          "The dot votes recorded at a workshop, one ballot per participant who has voted, in the order of the day's participants, " +
          "each as `candidates.vote` last recorded it; a participant who never voted, or whose votes were withdrawn (`{}`), has none.",
        errors: [workshopNotFound],
      })
      .input(workshopInput)
      .output(z.array(ballotViewSchema))
      .query(async ({ ctx, input }) => recordedBallots(deps, input.workshopId, ctx.principal)),
    vote: staff
      .meta({
        summary:
          "Records a participant's dot votes, replacing all of theirs (`{}` withdraws them): votes per candidate id, several on one " +
          "candidate allowed, at most the workshop's `votesPerParticipant` in all. Answers the ballot as recorded and how many " +
          "votes the participant has left.",
        errors: [
          workshopNotFound,
          "404 if the workshop has no such participant",
          "409 if the votes add up to more than `votesPerParticipant`",
          "409 naming the candidate ids that are not candidates of the workshop",
          completed,
        ],
      })
      .input(castVotesInput)
      .output(ballotViewSchema)
      .mutation(async ({ ctx, input }) => castVotes(deps, input, ctx.principal)),
  });
}
