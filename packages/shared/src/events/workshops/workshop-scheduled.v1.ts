import { z } from "zod";
import { isoDateSchema, themeCodeSchema } from "../common.js";
import { defineEvent } from "../envelope.js";

export const workshopScheduledV1 = defineEvent(
  "WorkshopScheduled",
  1,
  "workshops",
  z.object({
    workshopId: z.string().min(1),
    campaignId: z.string().min(1),
    date: isoDateSchema,
    venue: z.string().min(1),
    sessions: z.array(z.object({ sessionId: z.string().min(1), themeCode: themeCodeSchema, title: z.string().min(1) })),
  }),
);
