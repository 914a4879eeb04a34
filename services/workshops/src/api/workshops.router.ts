import { router, staffProcedure } from "@tetris/shared";
import { z } from "zod";
import { completeWorkshop } from "../application/complete-workshop.js";
import type { WorkshopsDeps } from "../application/deps.js";
import { loadWorkshopFor } from "../application/load-workshop.js";
import {
  addParticipant,
  addParticipantInput,
  addSession,
  addSessionInput,
  attendanceInput,
  editSession,
  registrationInput,
  removeSession,
  removeSessionInput,
  reorderInput,
  reorderSessions,
  scheduleInput,
  scheduleWorkshop,
  sessionInput,
  setParticipant,
} from "../application/plan-workshop.js";
import {
  attendanceSetSchema,
  newVersionSchema,
  participantAddedSchema,
  registrationSetSchema,
  sessionAddedSchema,
  workshopCompletedSchema,
} from "./views/planning.view.js";
import { workshopView, workshopViewSchema } from "./views/workshop.view.js";

const id = z.string().trim().min(1).max(100);

// The errors of every procedure that loads a workshop by its id: another département's
// workshop answers as if it did not exist, so that ids cannot be probed.
const workshopNotFound = "404 if the workshop does not exist or belongs to a département that is not the caller's (the same answer)";
const completed = "409 once the workshop is completed";
const changedMeanwhile = "409 if the workshop changed since `expectedVersion` (reload it and try again)";
const sessionNotFound = "404 if the workshop has no such session";
const participantNotFound = "404 if the workshop has no such participant";

export function workshopsRouter(deps: WorkshopsDeps) {
  const staff = staffProcedure("anct", "prefecture");
  const readers = staffProcedure("anct", "prefecture", "partner");
  const versionOut = (version: number) => ({ version });
  return router({
    byCase: readers
      .meta({
        summary:
          "The workshop day of a case, found by its case id: prepared as a draft when the case's campaign closes (from the " +
          "questionnaire's `CampaignClosed`, a few moments later), with its sessions and their evidence, and its participants. " +
          "Partners see no participant's e-mail.",
        errors: ["404 if the case has no workshop day (yet) or is in a département that is not the caller's (the same answer)"],
      })
      .input(z.object({ caseId: id }))
      .output(workshopViewSchema)
      .query(async ({ ctx, input }) => workshopView(await loadWorkshopFor(deps, { caseId: input.caseId }, ctx.principal), ctx.principal)),
    get: readers
      .meta({ summary: "One workshop day by its id, as `workshops.byCase` answers it.", errors: [workshopNotFound] })
      .input(z.object({ workshopId: id }))
      .output(workshopViewSchema)
      .query(async ({ ctx, input }) => workshopView(await loadWorkshopFor(deps, input.workshopId, ctx.principal), ctx.principal)),
    schedule: staff
      .meta({
        summary:
          "Sets the day's date and venue (and the votes per participant, if given) and emits `WorkshopScheduled` with the sessions; " +
          "the status becomes `scheduled`. Calling it again reschedules the day and emits again. Answers the new version.",
        errors: [workshopNotFound, completed, changedMeanwhile],
      })
      .input(scheduleInput)
      .output(newVersionSchema)
      .mutation(async ({ ctx, input }) => versionOut(await scheduleWorkshop(deps, input, ctx.principal, ctx.correlationId))),
    editSession: staff
      .meta({
        summary:
          "Changes the fields given of a session (title, time slot, room, facilitators); an omitted field is kept and `null` clears " +
          "the slot or room. Answers the new version.",
        errors: [
          workshopNotFound,
          sessionNotFound,
          "400 if `endsAt` is not after `startsAt` when both are given (path `endsAt`)",
          completed,
          changedMeanwhile,
        ],
      })
      .input(sessionInput)
      .output(newVersionSchema)
      .mutation(async ({ ctx, input }) => versionOut(await editSession(deps, input, ctx.principal))),
    addSession: staff
      .meta({
        summary:
          "Adds a session on a theme at the end of the day (a theme the ranking did not put first, or a second session on one), " +
          "without evidence or time slot. Answers its id and the new version.",
        errors: [workshopNotFound, completed, changedMeanwhile],
      })
      .input(addSessionInput)
      .output(sessionAddedSchema)
      .mutation(async ({ ctx, input }) => addSession(deps, input, ctx.principal)),
    removeSession: staff
      .meta({
        summary:
          "Drops a session: participants registered to it are unregistered; needs already captured in it are kept. Answers the new version.",
        errors: [workshopNotFound, sessionNotFound, completed, changedMeanwhile],
      })
      .input(removeSessionInput)
      .output(newVersionSchema)
      .mutation(async ({ ctx, input }) => versionOut(await removeSession(deps, input, ctx.principal))),
    reorderSessions: staff
      .meta({
        summary: "Puts the sessions in a new order, naming every session id once. Answers the new version.",
        errors: [workshopNotFound, "409 if `sessionIds` does not name every session exactly once", completed, changedMeanwhile],
      })
      .input(reorderInput)
      .output(newVersionSchema)
      .mutation(async ({ ctx, input }) => versionOut(await reorderSessions(deps, input, ctx.principal))),
    addParticipant: staff
      .meta({
        summary:
          "Adds an associated participant (DDT, Région, hub…) beside the case's invited actors, registered to no session and not " +
          "yet present. Answers its id and the new version.",
        errors: [workshopNotFound, "400 if `email` is not an e-mail address", completed, changedMeanwhile],
      })
      .input(addParticipantInput)
      .output(participantAddedSchema)
      .mutation(async ({ ctx, input }) => addParticipant(deps, input, ctx.principal)),
    register: staff
      .meta({
        summary:
          "Replaces the sessions a participant is registered to (`[]` unregisters them). No `expectedVersion`: it sets that " +
          "participant's registrations only, so staff registering several people at once do not conflict, and the version is unchanged.",
        errors: [workshopNotFound, participantNotFound, "404 naming the sessions the workshop does not have", completed],
      })
      .input(registrationInput)
      .output(registrationSetSchema)
      .mutation(async ({ ctx, input }) => {
        await setParticipant(deps, input, ctx.principal);
        return { participantId: input.participantId, sessionIds: [...new Set(input.sessionIds)] };
      }),
    attendance: staff
      .meta({
        summary:
          "Marks a participant present or absent on the day. No `expectedVersion`: it sets that participant's attendance only, " +
          "so staff taking attendance at once do not conflict, and the version is unchanged.",
        errors: [workshopNotFound, participantNotFound, completed],
      })
      .input(attendanceInput)
      .output(attendanceSetSchema)
      .mutation(async ({ ctx, input }) => {
        await setParticipant(deps, input, ctx.principal);
        return { participantId: input.participantId, present: input.present };
      }),
    complete: staff
      .meta({
        summary:
          "Freezes the workshop for good (no more planning, needs, candidates or votes) and hands its candidate projects to the " +
          "projects service: one `CandidateProjectProposed` per candidate (with its needs, their evidence and its votes), then " +
          "`WorkshopCompleted` with the attendance. Answers how many candidates and needs were handed over.",
        errors: [workshopNotFound, "409 if the workshop is already completed", changedMeanwhile],
      })
      .input(z.object({ workshopId: id, expectedVersion: z.number().int().positive() }))
      .output(workshopCompletedSchema)
      .mutation(async ({ ctx, input }) => completeWorkshop(deps, input.workshopId, input.expectedVersion, ctx.principal, ctx.correlationId)),
  });
}
