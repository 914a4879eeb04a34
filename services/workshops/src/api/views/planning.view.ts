import { isoDateTimeSchema } from "@tetris/shared";
import { z } from "zod";

const count = z.number().int().nonnegative();
const version = z.number().int().positive().describe("The workshop's new version: send it as `expectedVersion` with the next edit.");

/** What a planning edit answers: the version it made. */
export const newVersionSchema = z.object({ version });

export const sessionAddedSchema = z.object({ sessionId: z.string().describe("Made by the server (`session-<8 hex digits>`)."), version });

export const participantAddedSchema = z.object({ participantId: z.string().describe("A UUID made by the server."), version });

export const registrationSetSchema = z.object({
  participantId: z.string(),
  sessionIds: z.array(z.string()).describe("The sessions the participant is now registered to, each once."),
});

export const attendanceSetSchema = z.object({ participantId: z.string(), present: z.boolean() });

export const workshopCompletedSchema = z.object({
  workshopId: z.string(),
  status: z.literal("completed"),
  completedAt: isoDateTimeSchema,
  candidates: count.describe("Candidate projects handed over (one `CandidateProjectProposed` each)."),
  needs: count.describe("Needs captured during the day."),
});
