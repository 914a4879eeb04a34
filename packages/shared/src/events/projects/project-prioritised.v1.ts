import { z } from "zod";
import { defineEvent } from "../envelope.js";

export const projectPrioritisedV1 = defineEvent(
  "ProjectPrioritised",
  1,
  "projects",
  z.object({
    projectId: z.string().min(1),
    weightedScore: z.number().nonnegative(),
    rank: z.number().int().positive(),
    criteria: z.array(
      z.object({ code: z.string().min(1), weight: z.number().nonnegative(), score: z.number().int().min(1).max(5) }),
    ),
  }),
);
