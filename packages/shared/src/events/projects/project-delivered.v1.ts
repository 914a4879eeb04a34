import { z } from "zod";
import { isoDateTimeSchema } from "../common.js";
import { defineEvent } from "../envelope.js";

export const projectDeliveredV1 = defineEvent(
  "ProjectDelivered",
  1,
  "projects",
  z.object({ projectId: z.string().min(1), deliveredAt: isoDateTimeSchema }),
);
