import { z } from "zod";
import { isoDateSchema } from "../common.js";
import { defineEvent } from "../envelope.js";

export const accompanimentPlannedV1 = defineEvent(
  "AccompanimentPlanned",
  1,
  "projects",
  z.object({
    projectId: z.string().min(1),
    referent: z.string().min(1),
    levers: z.array(z.string().min(1)),
    partners: z.array(z.string().min(1)),
    milestones: z.array(z.object({ milestoneId: z.string().min(1), title: z.string().min(1), dueDate: isoDateSchema })),
  }),
);
