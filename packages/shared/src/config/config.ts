import { z } from "zod";

/**
 * Settings every service reads from the environment. Defaults suit the local
 * infrastructure started by infra/up.sh; production sets them all.
 */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  HOST: z.string().default("127.0.0.1"),
  MONGO_URL: z.string().startsWith("mongodb").default("mongodb://127.0.0.1:27017"),
  KAFKA_BROKERS: z
    .string()
    .default("127.0.0.1:9092")
    .transform((s) => s.split(",").map((b) => b.trim()).filter(Boolean)),
  KAFKA_CLIENT_ID_SUFFIX: z.string().default(""),
  TOPIC_PREFIX: z.string().regex(/^[a-zA-Z0-9._-]*$/).default("tetris."),
  TOPIC_PARTITIONS: z.coerce.number().int().positive().default(3),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET doit faire au moins 32 caractères").optional(),
  OUTBOX_POLL_MS: z.coerce.number().int().positive().default(250),
  // Requests per minute per caller (a signed-in user, or an address), in bursts of as many: 600
  // is ten a second sustained, far beyond a facilitator at the capture screen; 0 turns the
  // limit off (load tests: `RATE_LIMIT_PER_MINUTE=0 npm run bench`).
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
});
export type BaseConfig = z.infer<typeof baseConfigSchema>;

/** The secret the local tools and tests share; refused when NODE_ENV=production. */
export const DEVELOPMENT_AUTH_SECRET = "tetris-local-development-secret-not-for-production";

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the environment; names every variable at fault in one message. */
export function loadConfig<T extends z.ZodType>(schema: T, env: NodeJS.ProcessEnv = process.env): z.infer<T> {
  const result = schema.safeParse(env);
  if (!result.success) {
    const details = result.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n  ");
    throw new ConfigError(`Configuration invalide :\n  ${details}`);
  }
  return result.data;
}

export function authSecretOf(config: Pick<BaseConfig, "AUTH_SECRET" | "NODE_ENV">): string {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  if (config.NODE_ENV === "production") throw new ConfigError("AUTH_SECRET est obligatoire en production");
  return DEVELOPMENT_AUTH_SECRET;
}

/** The settings of one service: the shared ones plus its port and database name. */
export function serviceConfigSchema(defaults: { port: number; dbName: string }) {
  return baseConfigSchema.extend({
    PORT: z.coerce.number().int().min(0).max(65535).default(defaults.port),
    DB_NAME: z.string().regex(/^[A-Za-z0-9_-]{1,60}$/).default(defaults.dbName),
  });
}
