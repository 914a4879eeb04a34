import { z } from "zod";
import { isoDateSchema } from "../common.js";
import { defineEvent } from "../envelope.js";

export const milestoneUpdatedV1 = defineEvent(
  "MilestoneUpdated",
  1,
  "projects",
  z.object({
    projectId: z.string().min(1),
    milestoneId: z.string().min(1),
    title: z.string().min(1),
    dueDate: isoDateSchema,
    status: z.enum(["planned", "done", "cancelled"]),
    doneOn: isoDateSchema.nullable(),
  }),
);
