import { serviceConfigSchema } from "@tetris/shared";
import { z } from "zod";

/**
 * How long a session lives: 2 h without use, 12 h at most (ProConnect's own session). Use is
 * written at most once a minute, so an idle time under a minute only serves tests of expiry.
 */
export const sessionSettingsSchema = z.object({
  SESSION_IDLE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(7200),
  SESSION_MAX_SECONDS: z.coerce.number().int().min(60).max(7 * 86_400).default(43_200),
});

export const accessConfigSchema = serviceConfigSchema({ port: 4104, dbName: "tetris_access" }).extend(sessionSettingsSchema.shape);
