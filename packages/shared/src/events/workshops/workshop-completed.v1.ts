import { z } from "zod";
import { isoDateTimeSchema } from "../common.js";
import { defineEvent } from "../envelope.js";

const countSchema = z.number().int().nonnegative();

export const workshopCompletedV1 = defineEvent(
  "WorkshopCompleted",
  1,
  "workshops",
  z.object({
    workshopId: z.string().min(1),
    completedAt: isoDateTimeSchema,
    attendance: z.object({ registered: countSchema, present: countSchema }),
    needCount: countSchema,
    candidateIds: z.array(z.string().min(1)),
  }),
);
