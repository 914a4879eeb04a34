import { assertDepartment, notFound, router, staffProcedure } from "@tetris/shared";
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
import { workshopView } from "./workshop.view.js";

const id = z.string().trim().min(1).max(100);

export function workshopsRouter(deps: WorkshopsDeps) {
  const staff = staffProcedure("anct", "prefecture");
  const readers = staffProcedure("anct", "prefecture", "partner");
  const versionOut = (version: number) => ({ version });
  return router({
    byCase: readers
      .meta({ summary: "The workshop day of a case (prepared when its campaign closed), with sessions, evidence and participants." })
      .input(z.object({ caseId: id }))
      .query(async ({ ctx, input }) => {
        const workshop = await deps.workshops.findOne({ caseId: input.caseId }).lean();
        if (!workshop) notFound("Atelier");
        assertDepartment(ctx.principal, workshop.departmentCode);
        return workshopView(workshop, ctx.principal);
      }),
    get: readers
      .meta({ summary: "One workshop day by its id." })
      .input(z.object({ workshopId: id }))
      .query(async ({ ctx, input }) => workshopView(await loadWorkshopFor(deps, input.workshopId, ctx.principal), ctx.principal)),
    schedule: staff
      .meta({ summary: "Sets the date, venue (and votes per participant); emits WorkshopScheduled. Answers the new version.", errors: ["409 if the workshop changed since `expectedVersion` or is completed"] })
      .input(scheduleInput)
      .mutation(async ({ ctx, input }) => versionOut(await scheduleWorkshop(deps, input, ctx.principal, ctx.correlationId))),
    editSession: staff
      .meta({ summary: "Edits a session's title, time slot, room or facilitators.", errors: ["404 if the session does not exist", "409 on a concurrent change"] })
      .input(sessionInput)
      .mutation(async ({ ctx, input }) => versionOut(await editSession(deps, input, ctx.principal))),
    addSession: staff
      .meta({ summary: "Adds a session on a theme.", errors: ["409 on a concurrent change"] })
      .input(addSessionInput)
      .mutation(async ({ ctx, input }) => addSession(deps, input, ctx.principal)),
    removeSession: staff
      .meta({ summary: "Drops a session (its registrations go with it).", errors: ["404 if the session does not exist", "409 on a concurrent change"] })
      .input(removeSessionInput)
      .mutation(async ({ ctx, input }) => versionOut(await removeSession(deps, input, ctx.principal))),
    reorderSessions: staff
      .meta({ summary: "Puts the sessions in a new order (every session id once).", errors: ["409 if the ids are not the sessions, or on a concurrent change"] })
      .input(reorderInput)
      .mutation(async ({ ctx, input }) => versionOut(await reorderSessions(deps, input, ctx.principal))),
    addParticipant: staff
      .meta({ summary: "Adds an associated participant (DDT, Région, hub…)." })
      .input(addParticipantInput)
      .mutation(async ({ ctx, input }) => addParticipant(deps, input, ctx.principal)),
    register: staff
      .meta({ summary: "Sets the sessions a participant registered to (no version needed: it sets that participant only).", errors: ["404 if the participant or a session does not exist"] })
      .input(registrationInput)
      .mutation(async ({ ctx, input }) => {
        await setParticipant(deps, input, ctx.principal);
        return { participantId: input.participantId, sessionIds: input.sessionIds };
      }),
    attendance: staff
      .meta({ summary: "Marks a participant present or absent on the day.", errors: ["404 if the participant does not exist", "409 once the workshop is completed"] })
      .input(attendanceInput)
      .mutation(async ({ ctx, input }) => {
        await setParticipant(deps, input, ctx.principal);
        return { participantId: input.participantId, present: input.present };
      }),
    complete: staff
      .meta({
        summary: "Freezes the workshop and emits one CandidateProjectProposed per candidate (with needs, evidence and votes), then WorkshopCompleted.",
        errors: ["409 if already completed or changed since `expectedVersion`"],
      })
      .input(z.object({ workshopId: id, expectedVersion: z.number().int().positive() }))
      .mutation(async ({ ctx, input }) => completeWorkshop(deps, input.workshopId, input.expectedVersion, ctx.principal, ctx.correlationId)),
  });
}
