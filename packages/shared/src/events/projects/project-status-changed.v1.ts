import { z } from "zod";
import { defineEvent } from "../envelope.js";

const accompanimentStatus = z.enum(["selected", "in-accompaniment", "paused", "abandoned", "delivered"]);

/** A selected project moved in its accompaniment (paused and abandoned always say why). */
export const projectStatusChangedV1 = defineEvent(
  "ProjectStatusChanged",
  1,
  "projects",
  z.object({
    projectId: z.string().min(1),
    from: accompanimentStatus,
    to: accompanimentStatus,
    reason: z.string().max(2000).nullable(),
    changedBy: z.string().min(1),
  }),
);
